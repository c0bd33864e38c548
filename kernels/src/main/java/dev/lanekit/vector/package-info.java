/**
 * Vector primitives on {@code float[]}, {@code double[]} and {@link java.lang.foreign.MemorySegment}: dot
 * product, axpy, scale, sum, max and argmax, cosine similarity, ℓp norms and distances, batched distances
 * and the k nearest rows, softmax, log-sum-exp and exp. Start with {@link dev.lanekit.vector.Vectors},
 * whose static methods run the implementation chosen for this JVM; {@link dev.lanekit.vector.VectorKernels}
 * states the cost, accuracy, special values and thread safety of every kernel, for the scalar and the
 * SIMD implementation alike.
 */
package dev.lanekit.vector;
