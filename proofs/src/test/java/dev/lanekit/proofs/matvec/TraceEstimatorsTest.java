package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.learn.TraceEstimators;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hutchinson and Hutch++ over 400 seeded trials. The means lie within four standard errors of the true
 * diagonal and trace, and every run uses exactly the requested queries. On a positive semidefinite
 * matrix with a decaying spectrum, Hutch++ has the smaller mean squared error.
 */
class TraceEstimatorsTest {

    private static final int TRIALS = 400;
    private static final int N = 12;

    private static Matrix decayingPsd(SplittableRandom random) {
        Matrix g = Matrix.gaussian(N, N, 1, random);
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                g.set(i, j, g.get(i, j) / (1 + j));
            }
        }
        return g.times(g.transpose());
    }

    private static DenseOperator operator(Matrix a) {
        return DenseOperator.of(a.rows(), a.cols(), a.toFloats());
    }

    @Test
    void hutchinsonDiagonalUnbiased() {
        Matrix a = Matrix.gaussian(N, N, 1, new SplittableRandom(41));
        double[] sum = new double[N];
        double[] sumSquares = new double[N];
        for (int t = 0; t < TRIALS; t++) {
            MatvecOracle oracle = new MatvecOracle(operator(a));
            double[] estimate = TraceEstimators.hutchinsonDiagonal(oracle, 4, new SplittableRandom(t)).diagonal();
            assertEquals(4, oracle.rightQueries());
            for (int i = 0; i < N; i++) {
                sum[i] += estimate[i];
                sumSquares[i] += estimate[i] * estimate[i];
            }
        }
        for (int i = 0; i < N; i++) {
            double mean = sum[i] / TRIALS;
            double standardError = Math.sqrt((sumSquares[i] / TRIALS - mean * mean) / TRIALS);
            assertTrue(Math.abs(mean - a.get(i, i)) <= 4 * standardError + 1e-6,
                    "entry " + i + ": mean " + mean + ", true " + a.get(i, i));
        }
    }

    @Test
    void hutchPlusPlusUnbiasedAndSharper() {
        Matrix a = decayingPsd(new SplittableRandom(42));
        double trace = 0;
        for (int i = 0; i < N; i++) {
            trace += a.get(i, i);
        }
        int queries = 9;
        double sum = 0;
        double sumSquares = 0;
        double plusPlusSquaredError = 0;
        double hutchinsonSquaredError = 0;
        for (int t = 0; t < TRIALS; t++) {
            MatvecOracle oracle = new MatvecOracle(operator(a));
            double estimate = TraceEstimators.hutchPlusPlus(oracle, queries, new SplittableRandom(t)).value();
            assertEquals(queries, oracle.rightQueries());
            assertEquals(0, oracle.leftQueries());
            sum += estimate;
            sumSquares += estimate * estimate;
            plusPlusSquaredError += (estimate - trace) * (estimate - trace);
            double plain = TraceEstimators.hutchinsonTrace(new MatvecOracle(operator(a)), queries,
                    new SplittableRandom(t + TRIALS)).value();
            hutchinsonSquaredError += (plain - trace) * (plain - trace);
        }
        double mean = sum / TRIALS;
        double standardError = Math.sqrt((sumSquares / TRIALS - mean * mean) / TRIALS);
        assertTrue(Math.abs(mean - trace) <= 4 * standardError + 1e-6, "mean " + mean + ", trace " + trace);
        assertTrue(plusPlusSquaredError < hutchinsonSquaredError,
                "Hutch++ " + plusPlusSquaredError / TRIALS + " vs Hutchinson " + hutchinsonSquaredError / TRIALS);
    }

    @Test
    void hutchPlusPlusNeedsThreeQueries() {
        MatvecOracle oracle = new MatvecOracle(DenseOperator.of(3, 3, new float[9]));
        assertThrows(IllegalArgumentException.class, () -> TraceEstimators.hutchPlusPlus(oracle, 2, new SplittableRandom(1)));
    }

    @Test
    void nonSquareRejected() {
        MatvecOracle oracle = new MatvecOracle(DenseOperator.of(3, 2, new float[6]));
        assertThrows(IllegalArgumentException.class,
                () -> TraceEstimators.hutchinsonDiagonal(oracle, 2, new SplittableRandom(1)));
    }
}
