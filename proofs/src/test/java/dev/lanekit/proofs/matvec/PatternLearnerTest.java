package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.learn.PatternApproximation;
import dev.lanekit.matvec.learn.PatternLearner;
import dev.lanekit.matvec.learn.SparsityPattern;
import dev.lanekit.matvec.linalg.JacobiSvd;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Learning a matrix on a fixed sparsity pattern: coloring counts, exact recovery and the expected error. */
class PatternLearnerTest {

    private static final double U = 0x1p-24;

    /** Returns a float-valued m × n matrix that is zero outside {@code pattern}. */
    private static float[] supportedOn(SparsityPattern pattern, SplittableRandom random) {
        float[] a = new float[pattern.rows() * pattern.cols()];
        for (int i = 0; i < pattern.rows(); i++) {
            for (int j : pattern.rowColumns(i)) {
                a[i * pattern.cols() + j] = (float) random.nextGaussian();
            }
        }
        return a;
    }

    @Test
    void bandNeedsTwoBPlusOneColors() {
        for (int b = 0; b <= 5; b++) {
            assertEquals(2 * b + 1, PatternLearner.colorCount(SparsityPattern.banded(40, 40, b, b)), "bandwidth " + b);
        }
    }

    @Test
    void nonSquareBandColors() {
        assertEquals(6, PatternLearner.colorCount(SparsityPattern.banded(20, 25, 2, 3)));
        assertEquals(6, PatternLearner.colorCount(SparsityPattern.banded(25, 20, 3, 2)));
    }

    @Test
    void coloringSeparatesSharedRows() {
        SplittableRandom random = new SplittableRandom(21);
        int[][] perRow = new int[15][];
        for (int i = 0; i < perRow.length; i++) {
            perRow[i] = random.ints(random.nextInt(5), 0, 18).toArray();
        }
        SparsityPattern pattern = SparsityPattern.ofRows(15, 18, perRow);
        int[] color = PatternLearner.colorColumns(pattern);
        for (int i = 0; i < 15; i++) {
            int[] columns = pattern.rowColumns(i);
            for (int p = 0; p < columns.length; p++) {
                for (int q = p + 1; q < columns.length; q++) {
                    assertTrue(color[columns[p]] != color[columns[q]], "row " + i + " has two columns of one color");
                }
            }
        }
    }

    @Test
    void coloringRecoversBandExactly() {
        SplittableRandom random = new SplittableRandom(22);
        for (int[] shape : new int[][] {{30, 30, 2, 2}, {20, 25, 2, 3}, {25, 20, 3, 1}, {10, 10, 0, 0}}) {
            SparsityPattern pattern = SparsityPattern.banded(shape[0], shape[1], shape[2], shape[3]);
            float[] a = supportedOn(pattern, random);
            MatvecOracle oracle = new MatvecOracle(DenseOperator.of(shape[0], shape[1], a));
            PatternApproximation result = PatternLearner.byColoring(oracle, pattern);
            assertEquals(0.0, result.toMatrix().frobeniusDistance(Matrix.fromFloats(shape[0], shape[1], a)));
            assertEquals(shape[2] + shape[3] + 1, oracle.rightQueries());
            assertEquals(0, oracle.leftQueries());
            assertEquals(oracle.rightQueries(), result.queries().right());
        }
    }

    @Test
    void leastSquaresExactWithSQueries() {
        SplittableRandom random = new SplittableRandom(23);
        SparsityPattern pattern = SparsityPattern.banded(24, 24, 2, 2);
        int s = pattern.maxRowSize();
        float[] a = supportedOn(pattern, random);
        for (int queries = s; queries <= s + 2; queries++) {
            MatvecOracle oracle = new MatvecOracle(DenseOperator.of(24, 24, a));
            SplittableRandom sketchRandom = new SplittableRandom(100 + queries);
            PatternApproximation result = PatternLearner.leastSquares(oracle, pattern, queries, sketchRandom);
            assertEquals(queries, oracle.rightQueries());
            assertEquals(queries, result.queries().right());

            // Rounding bound per row: the oracle rounds G to float and sums in float, so ‖δzᵢ‖ ≤ 2·γₙ₊₁·‖|aᵢ|·|G|‖,
            // and least squares amplifies it by at most 1/σ_min(G[Sᵢ, :]).
            Matrix g = Matrix.gaussian(24, queries, 1, new SplittableRandom(100 + queries));
            Matrix exact = Matrix.fromFloats(24, 24, a);
            Matrix learned = result.toMatrix();
            for (int i = 0; i < 24; i++) {
                int[] columns = pattern.rowColumns(i);
                Matrix rows = new Matrix(columns.length, queries);
                double[] perturbation = new double[queries];
                for (int p = 0; p < columns.length; p++) {
                    for (int r = 0; r < queries; r++) {
                        rows.set(p, r, g.get(columns[p], r));
                        perturbation[r] += Math.abs(exact.get(i, columns[p]) * g.get(columns[p], r));
                    }
                }
                double[] sigma = JacobiSvd.of(rows).singularValues();
                double noise = 2 * 25 * U * Matrix.fromFloats(1, queries, toFloats(perturbation)).frobeniusNorm();
                double bound = 1.01 * noise / sigma[sigma.length - 1];
                double error = 0;
                for (int j : columns) {
                    error += Math.pow(learned.get(i, j) - exact.get(i, j), 2);
                }
                assertTrue(Math.sqrt(error) <= bound, "row " + i + " error " + Math.sqrt(error) + " > " + bound);
            }
        }
    }

    @Test
    void tooFewQueriesRejected() {
        SparsityPattern pattern = SparsityPattern.banded(10, 10, 1, 1);
        MatvecOracle oracle = new MatvecOracle(DenseOperator.of(10, 10, new float[100]));
        assertThrows(IllegalArgumentException.class,
                () -> PatternLearner.leastSquares(oracle, pattern, 2, new SplittableRandom(1)));
        assertEquals(0, oracle.queries());
    }

    /**
     * The mean of ‖S∘A − Ã‖_F² over 300 seeded trials matches Σᵢ offᵢ²·sᵢ/(q − sᵢ − 1) within four standard
     * errors. With q ≥ s + 4 the squared error has a finite variance, so the standard error is meaningful.
     */
    @Test
    void leastSquaresExpectedError() {
        int n = 24;
        SparsityPattern pattern = SparsityPattern.banded(n, n, 1, 1);
        SplittableRandom random = new SplittableRandom(24);
        float[] a = new float[n * n];
        for (int k = 0; k < a.length; k++) {
            a[k] = (float) random.nextGaussian();
        }
        Matrix exact = Matrix.fromFloats(n, n, a);
        Matrix onPattern = new Matrix(n, n);
        double[] offSquared = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (pattern.contains(i, j)) {
                    onPattern.set(i, j, exact.get(i, j));
                } else {
                    offSquared[i] += exact.get(i, j) * exact.get(i, j);
                }
            }
        }
        int trials = 300;
        for (int queries : new int[] {pattern.maxRowSize() + 4, 12}) {
            double expected = PatternLearner.expectedSquaredError(pattern, offSquared, queries);
            double sum = 0;
            double sumSquares = 0;
            for (int t = 0; t < trials; t++) {
                MatvecOracle oracle = new MatvecOracle(DenseOperator.of(n, n, a));
                double error = PatternLearner.leastSquares(oracle, pattern, queries, new SplittableRandom(1000L * queries + t))
                        .toMatrix().frobeniusDistance(onPattern);
                sum += error * error;
                sumSquares += error * error * error * error;
            }
            double mean = sum / trials;
            double standardError = Math.sqrt((sumSquares / trials - mean * mean) / trials);
            assertTrue(Math.abs(mean - expected) <= 4 * standardError,
                    "q = " + queries + ": mean " + mean + ", expected " + expected + ", standard error " + standardError);
        }
    }

    private static float[] toFloats(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }
}
