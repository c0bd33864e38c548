/**
 * Property-based checks that pin every lanekit kernel to a reference, for any provider and vector width.
 * Start with {@link dev.lanekit.proofs.PropertySuite}: each capability has one suite of
 * {@link dev.lanekit.proofs.Property} values, found through {@link java.util.ServiceLoader}, which both the
 * JUnit tests and {@code lanekit check} run; {@link dev.lanekit.proofs.Theories#qt(int)} is the shared
 * QuickTheories entry point. To test kernels of your own, use {@code dev.lanekit.proofs.kit}.
 */
package dev.lanekit.proofs;
