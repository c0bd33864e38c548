package dev.lanekit.matvec.learn;

import dev.lanekit.internal.Checks;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.linalg.HouseholderQr;
import dev.lanekit.matvec.linalg.JacobiSvd;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.random.RandomGenerator;

/**
 * Rank-k approximation from matvec queries: the randomized range finder with oversampling and power
 * iterations (Halko, Martinsson and Tropp, "Finding structure with randomness", SIAM Review 2011), then
 * the best rank-k part of {@code Q·Qᵀ·A}.
 *
 * <p>With sketch width {@code w = min(rank + oversampling, m, n)} and q power iterations the learner uses
 * exactly {@code w·(q + 1)} right and {@code w·(q + 1)} left queries ({@link #expectedQueries}). Without
 * power iterations, {@code E‖A − Q·Qᵀ·A‖_F ≤ √(1 + rank/(p − 1))·‖A − A_rank‖_F} for
 * {@code p = w − rank ≥ 2} (Halko–Martinsson–Tropp, Theorem 10.5). Rank-deficient and zero input give
 * finite results: the QR of a deficient sketch still returns orthonormal columns, and zero singular
 * values come out as 0.
 */
public final class LowRankLearner {

    private LowRankLearner() {}

    /**
     * {@return the sketch width {@code min(rank + oversampling, m, n)}}
     *
     * @param m the number of rows of A
     * @param n the number of columns of A
     * @param rank the target rank k
     * @param oversampling extra sketch columns p, at least 0
     */
    public static int sketchWidth(int m, int n, int rank, int oversampling) {
        return (int) Math.min((long) rank + oversampling, Math.min(m, n));
    }

    /**
     * {@return the queries {@link #learn} uses: {@code w·(q + 1)} on each side}
     *
     * @param m the number of rows of A
     * @param n the number of columns of A
     * @param rank the target rank k
     * @param oversampling extra sketch columns p, at least 0
     * @param powerIterations the number of power iterations q, at least 0
     */
    public static QueryCount expectedQueries(int m, int n, int rank, int oversampling, int powerIterations) {
        long width = sketchWidth(m, n, rank, oversampling);
        return new QueryCount(width * (powerIterations + 1L), width * (powerIterations + 1L));
    }

    /**
     * {@return an orthonormal {@code m × width} basis Q whose range approximates the range of A, using
     * {@code width·(q + 1)} right and {@code width·q} left queries}
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param width the number of sketch columns
     * @param powerIterations the number of power iterations q, at least 0
     * @param random the source of the random sketches
     */
    public static Matrix rangeFinder(MatvecOracle oracle, int width, int powerIterations, RandomGenerator random) {
        Checks.nonNegative("width", width);
        Checks.nonNegative("powerIterations", powerIterations);
        Matrix omega = Matrix.gaussian(oracle.cols(), width, 1, random);
        Matrix q = HouseholderQr.orthonormalBasis(oracle.right(omega));

        // Each power iteration multiplies by A·Aᵀ, raising the singular values to the power 2q + 1, and
        // orthonormalizes in between so that the small singular directions do not drown in rounding.
        for (int iteration = 0; iteration < powerIterations; iteration++) {
            Matrix z = HouseholderQr.orthonormalBasis(oracle.left(q));
            q = HouseholderQr.orthonormalBasis(oracle.right(z));
        }
        return q;
    }

    /**
     * Learns a rank-{@code rank} approximation of A.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param rank the target rank k, in {@code 1 .. min(m, n)}
     * @param oversampling extra sketch columns p ≥ 0 (5 to 10 is usual)
     * @param powerIterations q ≥ 0; each costs w more queries of each side
     * @param random the source of the random sketches
     * @return the factors, singular values and queries used
     * @throws IllegalArgumentException when {@code rank} is 0, negative or above {@code min(m, n)}
     */
    public static LowRankApproximation learn(MatvecOracle oracle, int rank, int oversampling, int powerIterations,
            RandomGenerator random) {
        int m = oracle.rows();
        int n = oracle.cols();
        if (rank < 1 || rank > Math.min(m, n)) {
            throw new IllegalArgumentException("rank = " + rank + " must be in 1..min(m, n) = " + Math.min(m, n)
                    + " for a " + m + " × " + n + " matrix");
        }
        Checks.nonNegative("oversampling", oversampling);
        Checks.nonNegative("powerIterations", powerIterations);
        QueryCount before = QueryCount.of(oracle);

        int width = sketchWidth(m, n, rank, oversampling);
        Matrix q = rangeFinder(oracle, width, powerIterations, random);

        // B = Qᵀ·A from left queries (Aᵀ·Q = Bᵀ); the SVD of the small B gives Â = (Q·U_B)·Σ·Vᵀ.
        Matrix bTranspose = oracle.left(q);
        JacobiSvd svd = JacobiSvd.of(bTranspose.transpose());
        Matrix u = q.times(svd.u()).leadingColumns(rank);
        double[] sigma = java.util.Arrays.copyOf(svd.singularValues(), rank);
        Matrix v = svd.v().leadingColumns(rank);
        JacobiSvd.applySignConvention(u, v);
        return new LowRankApproximation(u, sigma, v, QueryCount.since(oracle, before));
    }
}
