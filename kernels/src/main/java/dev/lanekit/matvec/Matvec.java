package dev.lanekit.matvec;

import dev.lanekit.provider.Providers;

/**
 * Entry point for the matrix-vector kernels. {@link #kernels()} returns the implementation that
 * {@link Providers} chose for this JVM; {@link #scalar()} and {@link #simd()} return either one
 * explicitly, for benchmarks and tests.
 */
public final class Matvec {

    // A static final field of an exact class type lets C2 inline the chosen kernels at every call site.
    private static final MatvecKernels ACTIVE = Providers.simd() ? SimdHolder.INSTANCE : ScalarMatvecKernels.INSTANCE;

    private Matvec() {}

    /** {@return the implementation the operators of this package use} */
    public static MatvecKernels kernels() {
        return ACTIVE;
    }

    /** {@return the plain-Java implementation} */
    public static MatvecKernels scalar() {
        return ScalarMatvecKernels.INSTANCE;
    }

    /**
     * {@return the Vector API implementation, whatever the provider choice}
     *
     * @throws IllegalStateException when the Vector API is not usable in this JVM
     */
    public static MatvecKernels simd() {
        if (!Providers.simdLoadable()) {
            throw new IllegalStateException("the SIMD kernels cannot load: "
                    + String.join("; ", Providers.info().fallbackReasons()));
        }
        return SimdHolder.INSTANCE;
    }

    /** Keeps the SIMD class unloaded unless it is used, so a JVM without the Vector API never touches it. */
    private static final class SimdHolder {
        static final MatvecKernels INSTANCE = SimdMatvecKernels.INSTANCE;
    }
}
