/**
 * lanekit's searches on an Apache Spark cluster. The index space of a search is cut into ranges, one
 * Spark task per range. The driver merges the range results in index order, so the result is the same
 * as that of a single-machine search. Start with {@link dev.lanekit.spark.SparkInversion} for the
 * exhaustive inversion search; {@link dev.lanekit.spark.SparkSearch} runs any
 * {@link dev.lanekit.spark.RangeSearch}, and {@link dev.lanekit.spark.SparkSetup} builds a configuration
 * with the JVM flags the executors need.
 */
package dev.lanekit.spark;
