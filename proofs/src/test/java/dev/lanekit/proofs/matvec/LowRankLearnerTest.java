package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.learn.LowRankApproximation;
import dev.lanekit.matvec.learn.LowRankLearner;
import dev.lanekit.matvec.learn.QueryCount;
import dev.lanekit.matvec.linalg.JacobiSvd;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Randomized low-rank learning on rank-deficient, full-rank and zero input, and its rank bounds. */
class LowRankLearnerTest {

    private static final int OVERSAMPLING = 5;
    private static final int POWER_ITERATIONS = 1;

    private static MatvecOracle oracle(float[][] rows) {
        return new MatvecOracle(DenseOperator.ofRows(rows));
    }

    private static Matrix dense(float[][] rows) {
        return Matrix.fromFloats(rows.length, rows[0].length, DenseOperator.ofRows(rows).array());
    }

    @Test
    void rankOneSingularValues() {
        float[][] a = {{1, 2}, {2, 4}, {3, 6}};
        MatvecOracle oracle = oracle(a);
        LowRankApproximation result = LowRankLearner.learn(oracle, 2, OVERSAMPLING, POWER_ITERATIONS, new SplittableRandom(1));
        double sigma1 = Math.sqrt(70);
        assertEquals(8.3666003, sigma1, 1e-7);
        assertEquals(sigma1, result.singularValues()[0], 1e-5 * sigma1);
        assertTrue(result.singularValues()[1] <= 1e-5 * sigma1, "σ₂ = " + result.singularValues()[1]);
        assertTrue(dense(a).frobeniusDistance(result.toMatrix()) <= 1e-5 * sigma1);
        assertFalse(result.toMatrix().hasNonFinite());
    }

    @Test
    void rankOneQueriesBounded() {
        MatvecOracle oracle = oracle(new float[][] {{1, 2}, {2, 4}, {3, 6}});
        LowRankApproximation result = LowRankLearner.learn(oracle, 2, OVERSAMPLING, POWER_ITERATIONS, new SplittableRandom(2));
        QueryCount expected = LowRankLearner.expectedQueries(3, 2, 2, OVERSAMPLING, POWER_ITERATIONS);
        assertEquals(new QueryCount(4, 4), expected);
        assertEquals(expected, result.queries());
        assertEquals(expected.right(), oracle.rightQueries());
        assertEquals(expected.left(), oracle.leftQueries());
    }

    @Test
    void rankAboveMinDimensionRejected() {
        MatvecOracle oracle = oracle(new float[][] {{1, 2}, {2, 4}, {3, 6}});
        assertThrows(IllegalArgumentException.class,
                () -> LowRankLearner.learn(oracle, 3, OVERSAMPLING, 0, new SplittableRandom(3)));
        assertEquals(0, oracle.queries());
    }

    @Test
    void rankZeroRejected() {
        MatvecOracle oracle = oracle(new float[][] {{1, 2}, {2, 4}, {3, 6}});
        assertThrows(IllegalArgumentException.class,
                () -> LowRankLearner.learn(oracle, 0, OVERSAMPLING, 0, new SplittableRandom(4)));
        assertEquals(0, oracle.queries());
    }

    @Test
    void fullRankReconstructedExactly() {
        float[][] a = {{1, 0}, {0, 2}, {1, 1}};
        LowRankApproximation result = LowRankLearner.learn(oracle(a), 2, OVERSAMPLING, 0, new SplittableRandom(5));
        Matrix exact = dense(a);
        assertTrue(exact.frobeniusDistance(result.toMatrix()) <= 1e-6 * exact.frobeniusNorm(),
                "error " + exact.frobeniusDistance(result.toMatrix()));
    }

    @Test
    void zeroMatrixGivesZero() {
        float[][] a = {{0, 0}, {0, 0}, {0, 0}};
        LowRankApproximation result = LowRankLearner.learn(oracle(a), 1, OVERSAMPLING, 1, new SplittableRandom(6));
        assertEquals(1, result.singularValues().length);
        assertEquals(0.0, result.singularValues()[0]);
        assertFalse(result.toMatrix().hasNonFinite());
        assertFalse(result.u().hasNonFinite());
        assertFalse(result.v().hasNonFinite());
        assertEquals(0.0, result.toMatrix().frobeniusNorm());
    }

    @Test
    void factorsAreOrthonormal() {
        SplittableRandom random = new SplittableRandom(7);
        Matrix a = Matrix.gaussian(30, 20, 1, random);
        LowRankApproximation result = LowRankLearner.learn(new MatvecOracle(DenseOperator.of(30, 20, a.toFloats())), 5,
                OVERSAMPLING, 1, random);
        Matrix utu = result.u().transposeTimes(result.u());
        Matrix vtv = result.v().transposeTimes(result.v());
        assertTrue(utu.frobeniusDistance(Matrix.identity(5, 5)) <= 1e-12, "UᵀU = " + utu);
        assertTrue(vtv.frobeniusDistance(Matrix.identity(5, 5)) <= 1e-12, "VᵀV = " + vtv);
    }

    @Test
    void operatorMatchesMatrix() {
        SplittableRandom random = new SplittableRandom(8);
        Matrix a = Matrix.gaussian(12, 9, 1, random);
        LowRankApproximation result = LowRankLearner.learn(new MatvecOracle(DenseOperator.of(12, 9, a.toFloats())), 3,
                2, 0, random);
        float[] fromOperator = result.toOperator().toDense();
        Matrix fromFactors = result.toMatrix();
        for (int k = 0; k < fromOperator.length; k++) {
            assertEquals(fromFactors.data()[k], fromOperator[k], 1e-5 * (1 + Math.abs(fromFactors.data()[k])));
        }
    }

    /**
     * Halko, Martinsson and Tropp (2011, Theorem 10.5): E‖A − Q·Qᵀ·A‖_F ≤ √(1 + k/(p − 1))·‖A − A_k‖_F for a
     * Gaussian range finder with k + p columns. The mean over 200 seeded trials must lie below the bound.
     */
    @Test
    void rangeFinderMeanErrorBound() {
        int m = 40;
        int n = 30;
        int k = 5;
        int p = 4;
        SplittableRandom random = new SplittableRandom(9);
        Matrix g = Matrix.gaussian(m, n, 1, random);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                g.set(i, j, g.get(i, j) * Math.pow(0.8, j));
            }
        }
        Matrix a = Matrix.fromFloats(m, n, g.toFloats());
        double bound = Math.sqrt(1 + k / (p - 1.0)) * JacobiSvd.of(a).tailNorm(k);
        double sum = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            MatvecOracle oracle = new MatvecOracle(DenseOperator.of(m, n, a.toFloats()));
            Matrix q = LowRankLearner.rangeFinder(oracle, k + p, 0, new SplittableRandom(t));
            assertEquals(k + p, oracle.rightQueries());
            assertEquals(0, oracle.leftQueries());
            sum += a.frobeniusDistance(q.times(q.transposeTimes(a)));
        }
        assertTrue(sum / trials <= bound, "mean " + sum / trials + " > bound " + bound);
    }
}
