/**
 * The once-per-JVM choice between the SIMD and the scalar kernels, which every capability's entry point
 * follows. Start with {@link dev.lanekit.provider.Providers}: {@link dev.lanekit.provider.Providers#info()}
 * reports what was chosen and why, for logs and diagnostics, and the {@code lanekit.provider} and
 * {@code lanekit.vectorBits} properties override the choice.
 */
package dev.lanekit.provider;
