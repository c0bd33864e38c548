/**
 * Learning a structured approximation of a matrix A that is only reachable through products A·x and
 * Aᵀ·x: low rank, a fixed sparsity pattern, the diagonal and trace, circulant and Toeplitz matrices, and
 * the nearest member of a finite or linear family. Each learner takes a
 * {@link dev.lanekit.matvec.MatvecOracle} and returns its result with the queries it used; start with
 * {@link dev.lanekit.matvec.learn.LowRankLearner} or {@link dev.lanekit.matvec.learn.FiniteFamilyLearner}.
 */
package dev.lanekit.matvec.learn;
