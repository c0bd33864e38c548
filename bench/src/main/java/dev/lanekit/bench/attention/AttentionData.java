package dev.lanekit.bench.attention;

import dev.lanekit.bench.Agreement;
import java.util.SplittableRandom;

/** Fixed-seed inputs and agreement checks shared by the attention benchmarks. */
final class AttentionData {

    static final long SEED = 20261204L;

    private AttentionData() {}

    /** Returns n values drawn uniformly from [−1, 1). */
    static float[] uniform(long n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[Math.toIntExact(n)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return x;
    }

    /**
     * Checks rows 0, lq/2 and lq − 1 of one head's output against the double reference. Values lie in
     * [−1, 1), so outputs are convex combinations within [−1, 1] and 1e-4 is about a thousand ulps:
     * loose enough for every float order of summation, tight enough to catch a wrong kernel.
     */
    static void check(String what, float[] o, int oOffset, float[] q, int qOffset, float[] k, int kOffset, float[] v,
            int vOffset, int lq, int lk, int d, int dv) {
        double scale = 1 / Math.sqrt(d);
        for (int row : new int[] {0, lq / 2, lq - 1}) {
            double[] want = ThreePassAttention.referenceRow(q, qOffset, k, kOffset, v, vOffset, row, lk, d, dv, scale);
            for (int c = 0; c < dv; c++) {
                Agreement.check(what + " row " + row + " column " + c, o[oOffset + row * dv + c], want[c], 1e-4);
            }
        }
    }
}
