package dev.lanekit.bench.matvec;

import dev.lanekit.bench.Agreement;
import dev.lanekit.matvec.LinearOperator;
import java.util.SplittableRandom;

/** Benchmark inputs from fixed seeds, and the agreement check every matvec benchmark runs in its setup. */
final class MatvecData {

    /** Seed of every matvec benchmark input. */
    static final long SEED = 20261204L;

    private MatvecData() {}

    /** Returns {@code n} floats uniform in [-1, 1). */
    static float[] uniform(int n, SplittableRandom random) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (2 * random.nextDouble() - 1);
        }
        return values;
    }

    /**
     * Throws unless {@code got} is within γₖ·Σⱼ|aᵢⱼxⱼ| of the double-precision product of {@code reference}
     * (k the largest number of terms per output, here bounded by n), for every output.
     */
    static void checkAgainst(String what, float[] got, LinearOperator reference, float[] x, int terms) {
        int m = reference.rows();
        double[] exact = new double[m];
        double[] magnitude = new double[m];
        float[] unit = new float[reference.cols()];
        float[] column = new float[m];

        // Column by column from exact unit-vector products, so the reference needs no dense copy of A.
        for (int j = 0; j < reference.cols(); j++) {
            unit[j] = 1f;
            reference.apply(unit, column);
            unit[j] = 0f;
            for (int i = 0; i < m; i++) {
                exact[i] += (double) column[i] * x[j];
                magnitude[i] += Math.abs((double) column[i] * x[j]);
            }
        }
        double gamma = Agreement.gamma(terms, Agreement.FLOAT_UNIT_ROUNDOFF);
        for (int i = 0; i < m; i++) {
            Agreement.check(what + " output " + i, got[i], exact[i], gamma * magnitude[i] + Double.MIN_NORMAL);
        }
    }
}
