/**
 * Benchmark results and their presentation: the text table, speedups over scalar, the SVG chart, the JSON
 * file that {@code lanekit bench --json} writes, and the comparison with a saved file that
 * {@code --compare} prints. Start with {@link dev.lanekit.bench.report.BenchResult}.
 */
package dev.lanekit.bench.report;
