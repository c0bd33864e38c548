package dev.lanekit.bench.vector;

import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;

/**
 * The SIMD vector kernels, in a class of their own so that they load only in the benchmark forks that
 * call them: a fork that measures the scalar kernel runs even where the Vector API cannot load.
 */
final class SimdKernels {

    static final VectorKernels INSTANCE = Vectors.simd();

    private SimdKernels() {}
}
