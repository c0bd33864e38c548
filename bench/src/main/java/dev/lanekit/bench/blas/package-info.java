/**
 * JMH benchmarks of the BLAS routines sdot, sgemv and sgemm: lanekit's scalar and SIMD kernels against
 * the native cblas library and netlib's VectorBLAS.
 */
package dev.lanekit.bench.blas;
