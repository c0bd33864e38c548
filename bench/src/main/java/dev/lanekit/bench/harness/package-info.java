/**
 * The JMH harness behind {@code lanekit bench}: the catalogue of benchmarked kernels, read from JMH's
 * benchmark list, the plan of one run, and the runner that turns JMH's output into results. Start with
 * {@link dev.lanekit.bench.harness.BenchRunner}.
 */
package dev.lanekit.bench.harness;
