package dev.lanekit.provider;

import java.util.List;

/**
 * The facts behind the provider choice, for applications that log or display them.
 *
 * @param implementation the implementation the dispatching entry points use
 * @param speciesBits the float species width of the SIMD kernels in bits, or 0 when they are not in use
 * @param maxHardwareBits the widest float species this JVM offers on this CPU, or 0 when the Vector
 *     API is unavailable
 * @param fma whether the CPU has fused multiply-add, as far as the JVM reports it
 * @param jdk the runtime version, for example {@code 25+36-LTS}
 * @param vm the VM name
 * @param fallbackReasons why SIMD was not chosen, one sentence each with the fix; empty when SIMD runs
 */
public record ProviderInfo(
        Implementation implementation,
        int speciesBits,
        int maxHardwareBits,
        boolean fma,
        String jdk,
        String vm,
        List<String> fallbackReasons) {

    /** Copies {@code fallbackReasons}, so the record stays immutable. */
    public ProviderInfo {
        fallbackReasons = List.copyOf(fallbackReasons);
    }

    /** {@return a one-line summary such as {@code SIMD, 512-bit species, FMA, JDK 25+36-LTS}} */
    public String summary() {
        String width = implementation == Implementation.SIMD ? speciesBits + "-bit species" : "no species";
        return implementation + ", " + width + ", " + (fma ? "FMA" : "no FMA") + ", JDK " + jdk;
    }
}
