/**
 * The {@code lanekit} command-line tool: {@code info}, {@code bench}, {@code check} and the commands that
 * run each capability on real data. Start with {@link dev.lanekit.bench.cli.LanekitCommand}, the entry
 * point of {@code bench/target/lanekit.jar}.
 */
package dev.lanekit.bench.cli;
