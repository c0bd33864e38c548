/**
 * JMH benchmarks of the vector primitives of {@code dev.lanekit.vector}, against netlib's VectorBLAS and
 * Lucene's {@code VectorUtil} where they offer the kernel.
 */
package dev.lanekit.bench.vector;
