package dev.lanekit.vector;

/**
 * The vector primitives, implemented twice: {@link Vectors#scalar()} in plain Java and
 * {@link Vectors#simd()} with the Vector API. {@link Vectors} dispatches to the one the provider chose.
 *
 * <p>Every method validates its arguments before reading anything: a negative length or mismatched
 * lengths raise {@link IllegalArgumentException}, an offset range outside an array raises
 * {@link IndexOutOfBoundsException}. Implementations are stateless and safe to call from any thread.
 */
public interface VectorKernels {

    /**
     * Returns {@code Σ a[aOffset + i]·b[bOffset + i]} for {@code i < n}, accumulated in float.
     * Empty input gives 0; a NaN anywhere gives NaN; ∞·0 gives NaN.
     */
    float dot(float[] a, int aOffset, float[] b, int bOffset, int n);
}
