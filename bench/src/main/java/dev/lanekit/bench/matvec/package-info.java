/**
 * JMH benchmarks of the dense, band and CSR matrix-vector kernels, and the runs behind
 * {@code lanekit learn}.
 */
package dev.lanekit.bench.matvec;
