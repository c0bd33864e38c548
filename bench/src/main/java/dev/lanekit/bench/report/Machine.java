package dev.lanekit.bench.report;

import java.util.Objects;

/**
 * The machine a set of results was measured on.
 *
 * @param jdk the runtime version, for example {@code 25.0.1+8-LTS}
 * @param cpu the CPU model name
 * @param speciesBits the float species width of lanekit's SIMD kernels, 0 when they do not run
 * @param provider the provider summary, for example {@code SIMD, 512-bit species, FMA, JDK 25+36-LTS}
 */
public record Machine(String jdk, String cpu, int speciesBits, String provider) {

    /** Validates that no field is null. */
    public Machine {
        Objects.requireNonNull(jdk, "jdk");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(provider, "provider");
    }
}
