/**
 * The {@code lanekit-spark} command-line tool: {@code invert} on Spark, and {@code overhead} and
 * {@code throughput}, which measure the fixed cost of a Spark task and the search rate. Start with
 * {@link dev.lanekit.spark.cli.LanekitSparkCommand}.
 */
package dev.lanekit.spark.cli;
