/**
 * The properties of the matrix-vector kernels and structured operators of {@code dev.lanekit.matvec}.
 * Start with {@link dev.lanekit.proofs.matvec.MatvecProperties}.
 */
package dev.lanekit.proofs.matvec;
