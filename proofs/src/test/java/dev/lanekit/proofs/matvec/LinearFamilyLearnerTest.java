package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.learn.LinearFamilyLearner;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Sketched least squares over span{P₁ … P_q}, with the Toeplitz basis of an n × n matrix (q = 2n − 1). */
class LinearFamilyLearnerTest {

    private static final int N = 6;

    private static List<Matrix> toeplitzBasis() {
        List<Matrix> basis = new ArrayList<>();
        for (int offset = -(N - 1); offset <= N - 1; offset++) {
            Matrix p = new Matrix(N, N);
            for (int i = 0; i < N; i++) {
                int j = i + offset;
                if (j >= 0 && j < N) {
                    p.set(i, j, 1);
                }
            }
            basis.add(p);
        }
        return basis;
    }

    @Test
    void memberOfSpanRecovered() {
        List<Matrix> basis = toeplitzBasis();
        SplittableRandom random = new SplittableRandom(51);
        double[] coefficients = new double[basis.size()];
        Matrix a = new Matrix(N, N);
        for (int i = 0; i < basis.size(); i++) {
            coefficients[i] = (float) random.nextGaussian();
            a = a.plus(basis.get(i).scale(coefficients[i]));
        }
        for (int width : new int[] {2, 3, 8}) {
            MatvecOracle oracle = new MatvecOracle(DenseOperator.of(N, N, a.toFloats()));
            LinearFamilyLearner.Fit fit = LinearFamilyLearner.sketchedLeastSquares(oracle, basis, width,
                    new SplittableRandom(width));
            assertEquals(width, oracle.rightQueries());
            assertEquals(0, oracle.leftQueries());
            assertEquals(basis.size(), fit.sketchRank());
            assertTrue(fit.approximation().frobeniusDistance(a) <= 1e-4 * a.frobeniusNorm(),
                    "width " + width + ": error " + fit.approximation().frobeniusDistance(a));
        }
    }
}
