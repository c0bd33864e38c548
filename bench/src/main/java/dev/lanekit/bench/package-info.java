/**
 * The JMH benchmarks of every capability and the {@code lanekit} command-line tool that runs them. Each
 * capability's subpackage has one {@code <Kernel>Bench} class per kernel, whose methods are the
 * implementations compared ({@code scalar}, {@code simd}, {@code nativeBlas} and peer libraries). This
 * package has what they share: {@link dev.lanekit.bench.Shape} (the parameters of a run),
 * {@link dev.lanekit.bench.Work} (flops and bytes per call) and {@link dev.lanekit.bench.Agreement} (the
 * check that the variants agree before anything is timed). Start with {@code dev.lanekit.bench.cli}.
 */
package dev.lanekit.bench;
