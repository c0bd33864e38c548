package dev.lanekit.matvec.learn;

import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.linalg.HouseholderQr;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.random.RandomGenerator;

/**
 * Diagonal and trace of a square A from right queries with Rademacher (±1) vectors.
 *
 * <ul>
 *   <li>Hutchinson's diagonal estimator (Bekas, Kokiopoulou and Saad 2007): {@code d̂ = (1/q)·Σ z ⊙ A·z},
 *       unbiased, with {@code Var d̂ᵢ = (1/q)·Σ_{j≠i} Aᵢⱼ²}. Uses q right queries.</li>
 *   <li>Hutchinson's trace estimator {@code (1/q)·Σ zᵀ·A·z}: unbiased, q right queries.</li>
 *   <li>Hutch++ (Meyer, Musco, Musco and Woodruff, SOSA 2021): with {@code w = ⌊q/3⌋}, the exact trace of
 *       A on the range Q of {@code A·S} ({@code S} of w columns) plus Hutchinson on the rest with
 *       {@code q − 2w} vectors. Unbiased; for symmetric positive semidefinite A its relative error falls
 *       as 1/q rather than 1/√q. Uses exactly q right queries.</li>
 * </ul>
 */
public final class TraceEstimators {

    private TraceEstimators() {}

    /**
     * An estimate and the queries spent on it.
     *
     * @param value the estimate
     * @param queries the queries used
     */
    public record Estimate(double value, QueryCount queries) {}

    /**
     * A diagonal estimate and the queries spent on it.
     *
     * @param diagonal the estimated diagonal of A
     * @param queries the queries used
     */
    public record DiagonalEstimate(double[] diagonal, QueryCount queries) {}

    /**
     * Estimates diag(A) from {@code queries ≥ 1} Rademacher right queries.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param queries the number of right queries
     * @param random the source of the random sketches
     * @return the diagonal estimate and the queries used
     */
    public static DiagonalEstimate hutchinsonDiagonal(MatvecOracle oracle, int queries, RandomGenerator random) {
        int n = checkSquare(oracle, queries, 1);
        QueryCount before = QueryCount.of(oracle);
        Matrix z = Matrix.rademacher(n, queries, 1, random);
        Matrix az = oracle.right(z);
        double[] diagonal = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int r = 0; r < queries; r++) {
                sum += z.get(i, r) * az.get(i, r);
            }
            diagonal[i] = sum / queries;
        }
        return new DiagonalEstimate(diagonal, QueryCount.since(oracle, before));
    }

    /**
     * Estimates tr(A) from {@code queries ≥ 1} Rademacher right queries.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param queries the number of right queries
     * @param random the source of the random sketches
     * @return the trace estimate and the queries used
     */
    public static Estimate hutchinsonTrace(MatvecOracle oracle, int queries, RandomGenerator random) {
        int n = checkSquare(oracle, queries, 1);
        QueryCount before = QueryCount.of(oracle);
        Matrix z = Matrix.rademacher(n, queries, 1, random);
        double trace = z.frobeniusDot(oracle.right(z)) / queries;
        return new Estimate(trace, QueryCount.since(oracle, before));
    }

    /**
     * Estimates tr(A) with Hutch++ from exactly {@code queries ≥ 3} right queries.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param queries the number of right queries
     * @param random the source of the random sketches
     * @return the trace estimate and the queries used
     */
    public static Estimate hutchPlusPlus(MatvecOracle oracle, int queries, RandomGenerator random) {
        int n = checkSquare(oracle, queries, 3);
        QueryCount before = QueryCount.of(oracle);
        int width = queries / 3;
        int rest = queries - 2 * width;

        // Exact part: tr(Qᵀ·A·Q) on an orthonormal basis of the sketched range.
        Matrix q = HouseholderQr.orthonormalBasis(oracle.right(Matrix.rademacher(n, width, 1, random)));
        double trace = q.frobeniusDot(oracle.right(q));

        // Hutchinson on the complement: G' = (I − Q·Qᵀ)·G, so E[tr(G'ᵀ·A·G')]/rest = tr((I − QQᵀ)·A·(I − QQᵀ)).
        Matrix g = Matrix.rademacher(n, rest, 1, random);
        Matrix projected = g.minus(q.times(q.transposeTimes(g)));
        trace += projected.frobeniusDot(oracle.right(projected)) / rest;
        return new Estimate(trace, QueryCount.since(oracle, before));
    }

    private static int checkSquare(MatvecOracle oracle, int queries, int minimum) {
        if (oracle.rows() != oracle.cols()) {
            throw new IllegalArgumentException("diagonal and trace need a square matrix, got " + oracle.rows() + " × "
                    + oracle.cols());
        }
        if (queries < minimum) {
            throw new IllegalArgumentException("queries = " + queries + " must be >= " + minimum);
        }
        return oracle.cols();
    }
}
