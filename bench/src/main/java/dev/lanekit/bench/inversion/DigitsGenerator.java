package dev.lanekit.bench.inversion;

import dev.lanekit.bench.data.Digits;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.learn.LowRankApproximation;
import dev.lanekit.matvec.learn.LowRankLearner;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.SplittableRandom;

/**
 * The linear generator {@code G(z) = μ + W·z} of the bundled digits: μ is the mean image (pixels divided
 * by 16) and column j of W is the j-th principal direction scaled by the standard deviation of the data
 * along it, so z_j = ±1 moves one standard deviation. The directions come from the matvec package's
 * randomized low-rank learner applied to the centred 1797 × 64 data matrix.
 */
public final class DigitsGenerator {

    private static final long SEED = 64;

    private DigitsGenerator() {}

    /**
     * {@return the generator with the top {@code rank} principal directions}
     *
     * @param digits the data set
     * @param rank the number of principal directions, in {@code 1 … 64}
     * @throws IllegalArgumentException when rank is outside 1 … 64
     */
    public static ReluNetwork build(Digits digits, int rank) {
        int rows = Digits.ROWS;
        int cols = Digits.COLUMNS;
        if (rank < 1 || rank > cols) {
            throw new IllegalArgumentException("rank = " + rank + " must be in 1.." + cols);
        }
        float[] centred = digits.centeredTokens();
        float[] raw = digits.rawPixels();
        float[] mean = new float[cols];
        for (int j = 0; j < cols; j++) {
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += raw[i * cols + j] / 16.0;
            }
            mean[j] = (float) (sum / rows);
        }

        // Right singular vectors of the centred data are the principal directions; σ_j/√rows is the
        // standard deviation along direction j. Four power iterations separate the leading directions well.
        LowRankApproximation svd = LowRankLearner.learn(new MatvecOracle(DenseOperator.of(rows, cols, centred)),
                rank, 10, 4, new SplittableRandom(SEED));
        Matrix v = svd.v();
        float[] w = new float[cols * rank];
        for (int k = 0; k < rank; k++) {
            double scale = svd.singularValues()[k] / Math.sqrt(rows);
            for (int j = 0; j < cols; j++) {
                w[j * rank + k] = (float) (v.get(j, k) * scale);
            }
        }
        return ReluNetwork.linear(mean, w, rank);
    }
}
