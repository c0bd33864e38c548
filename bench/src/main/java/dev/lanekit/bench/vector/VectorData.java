package dev.lanekit.bench.vector;

import java.util.SplittableRandom;

/** Benchmark inputs: uniform floats from fixed seeds, so every run and fork measures the same data. */
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
}
