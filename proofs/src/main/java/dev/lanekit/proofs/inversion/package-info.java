/**
 * The properties of the exhaustive inversion search of {@code dev.lanekit.inversion}, against brute
 * force, and of the hardness reductions, against solvers of their source problems. Start with
 * {@link dev.lanekit.proofs.inversion.InversionProperties}.
 */
package dev.lanekit.proofs.inversion;
