/**
 * Structured matrices as linear operators (dense, band, CSR, diagonal, low-rank, circulant, Toeplitz) with
 * their matrix-vector kernels, Matrix Market input and output, and a query-counting oracle. Start with
 * {@link dev.lanekit.matvec.LinearOperator} and its implementations; {@link dev.lanekit.matvec.Matvec}
 * returns the kernels chosen for this JVM, and {@link dev.lanekit.matvec.MatvecOracle} counts the queries
 * that the learners of {@code dev.lanekit.matvec.learn} make.
 */
package dev.lanekit.matvec;
