/**
 * JMH benchmarks of exact attention: lanekit's tiled kernels against the three-pass algorithm in plain
 * Java, over lanekit's sgemm and over the native sgemm, and one decoding step against a key/value cache.
 */
package dev.lanekit.bench.attention;
