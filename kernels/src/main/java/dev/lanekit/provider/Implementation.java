package dev.lanekit.provider;

/** The kernel implementations lanekit can run: plain Java loops, or the JDK Vector API. */
public enum Implementation {
    /** Plain Java loops: the reference, and the fallback wherever the Vector API is unusable. */
    SCALAR,
    /** Hand-vectorized kernels written with {@code jdk.incubator.vector}. */
    SIMD
}
