package dev.lanekit.vector;

import dev.lanekit.provider.Providers;

/**
 * Entry points for the vector primitives. The static methods dispatch to the implementation that
 * {@link Providers} chose for this JVM; {@link #scalar()} and {@link #simd()} return either one
 * explicitly, for benchmarks and tests.
 */
public final class Vectors {

    // A static final field of an exact class type lets C2 inline the chosen kernels at every call site.
    private static final VectorKernels ACTIVE = Providers.simd() ? SimdHolder.INSTANCE : ScalarVectorKernels.INSTANCE;

    private Vectors() {}

    /** Returns the implementation the static methods of this class use. */
    public static VectorKernels kernels() {
        return ACTIVE;
    }

    /** Returns the plain-Java implementation. */
    public static VectorKernels scalar() {
        return ScalarVectorKernels.INSTANCE;
    }

    /**
     * Returns the Vector API implementation, whatever the provider choice.
     *
     * @throws IllegalStateException when the Vector API is not usable in this JVM
     */
    public static VectorKernels simd() {
        if (!Providers.simdLoadable()) {
            throw new IllegalStateException("the SIMD kernels cannot load: "
                    + String.join("; ", Providers.info().fallbackReasons()));
        }
        return SimdHolder.INSTANCE;
    }

    /** Returns the dot product of two arrays of equal length. */
    public static float dot(float[] a, float[] b) {
        dev.lanekit.internal.Checks.sameLength("a", a.length, "b", b.length);
        return ACTIVE.dot(a, 0, b, 0, a.length);
    }

    /** Returns the dot product of {@code n} elements of {@code a} and {@code b} from the given offsets. */
    public static float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        return ACTIVE.dot(a, aOffset, b, bOffset, n);
    }

    /** Keeps the SIMD class unloaded unless it is used, so a JVM without the Vector API never touches it. */
    private static final class SimdHolder {
        static final VectorKernels INSTANCE = SimdVectorKernels.INSTANCE;
    }
}
