package dev.lanekit.bench.vector;

import java.util.SplittableRandom;

/** Benchmark inputs: uniform floats and doubles from fixed seeds, so every run and fork measures the same data. */
final class VectorData {

    /** Seed of the first operand; the second uses the next seed. */
    static final long SEED = 20261204L;

    private VectorData() {}

    /** Returns {@code n} floats uniform in [-1, 1) from {@code seed}. */
    static float[] uniform(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (2 * random.nextDouble() - 1);
        }
        return values;
    }

    /** Returns {@code n} doubles uniform in [-1, 1) from {@code seed}. */
    static double[] uniformDouble(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 2 * random.nextDouble() - 1;
        }
        return values;
    }

    /**
     * Returns Σ aᵢbᵢ with each product split exactly by FMA (TwoProduct) and the sum compensated
     * (Kahan–Babuška), so the result is as accurate as if computed in about twice the precision.
     */
    static double compensatedDot(double[] a, double[] b) {
        double sum = 0;
        double compensation = 0;
        for (int i = 0; i < a.length; i++) {
            double product = a[i] * b[i];
            double productError = Math.fma(a[i], b[i], -product);
            double t = sum + product;
            compensation += Math.abs(sum) >= Math.abs(product) ? (sum - t) + product : (product - t) + sum;
            compensation += productError;
            sum = t;
        }
        return sum + compensation;
    }
}
