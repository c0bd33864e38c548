package dev.lanekit.proofs.taylor;

import java.util.Random;

/**
 * One attention input: n tokens, {@code heads} heads, q and k {@code [heads][n][d]}, v
 * {@code [heads][n][dv]}, and an optional key mask shared by the heads (false removes the key).
 *
 * @param q the queries, {@code [heads][n][d]}
 * @param k the keys, {@code [heads][n][d]}
 * @param v the values, {@code [heads][n][dv]}
 * @param keyMask which keys take part, or null for all
 * @param n the number of tokens
 * @param heads the number of heads
 * @param d the query and key dimension
 * @param dv the value dimension
 */
public record AttentionCase(float[] q, float[] k, float[] v, boolean[] keyMask, int n, int heads, int d, int dv) {

    /**
     * {@return a random case: q, k and v uniform in [−1, 1], then q and k of every head scaled by one
     * common factor so that max|q·k|/√d over all pairs equals {@code radius} (up to float rounding)} Each
     * key is masked with probability {@code maskRate}, and masked rows of k and v hold NaN, so a leak shows.
     *
     * @param random the source of randomness
     * @param n the number of tokens
     * @param heads the number of heads
     * @param d the query and key dimension
     * @param dv the value dimension
     * @param radius the target of max|q·k|/√d
     * @param maskRate the probability that a key is masked
     */
    public static AttentionCase random(Random random, int n, int heads, int d, int dv, double radius,
            double maskRate) {
        float[] q = uniform(random, n * heads * d);
        float[] k = uniform(random, n * heads * d);
        float[] v = uniform(random, n * heads * dv);
        boolean[] keyMask = null;
        if (maskRate > 0) {
            keyMask = new boolean[n];
            for (int j = 0; j < n; j++) {
                keyMask[j] = random.nextDouble() >= maskRate;
            }
        }
        AttentionCase unscaled = new AttentionCase(q, k, v, null, n, heads, d, dv);
        double current = unscaled.radius();
        if (current > 0) {
            float factor = (float) Math.sqrt(radius / current);
            for (int i = 0; i < q.length; i++) {
                q[i] *= factor;
                k[i] *= factor;
            }
        }
        if (keyMask != null) {
            for (int h = 0; h < heads; h++) {
                for (int j = 0; j < n; j++) {
                    if (!keyMask[j]) {
                        java.util.Arrays.fill(k, (h * n + j) * d, (h * n + j + 1) * d, Float.NaN);
                        java.util.Arrays.fill(v, (h * n + j) * dv, (h * n + j + 1) * dv, Float.NaN);
                    }
                }
            }
        }
        return new AttentionCase(q, k, v, keyMask, n, heads, d, dv);
    }

    private static float[] uniform(Random random, int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = 2 * random.nextFloat() - 1;
        }
        return x;
    }

    /**
     * {@return whether key j takes part}
     *
     * @param j the key row
     */
    public boolean kept(int j) {
        return keyMask == null || keyMask[j];
    }

    /**
     * {@return the scaled score q_i·k_j/√d of head h, in double}
     *
     * @param h the head
     * @param i the query row
     * @param j the key row
     */
    public double score(int h, int i, int j) {
        double s = 0;
        for (int r = 0; r < d; r++) {
            s += (double) q[(h * n + i) * d + r] * k[(h * n + j) * d + r];
        }
        return s / Math.sqrt(d);
    }

    /**
     * {@return Σ_r |q_r·k_r|/√d of head h, the score with every term made positive}
     *
     * @param h the head
     * @param i the query row
     * @param j the key row
     */
    public double absoluteScore(int h, int i, int j) {
        double s = 0;
        for (int r = 0; r < d; r++) {
            s += Math.abs((double) q[(h * n + i) * d + r] * k[(h * n + j) * d + r]);
        }
        return s / Math.sqrt(d);
    }

    /**
     * {@return v of key j, head h, column c}
     *
     * @param h the head
     * @param j the key row
     * @param c the value column
     */
    public double value(int h, int j, int c) {
        return v[(h * n + j) * dv + c];
    }

    /** {@return R = max|q_i·k_j|/√d over all heads and pairs with a kept key} */
    public double radius() {
        double max = 0;
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (kept(j)) {
                        max = Math.max(max, Math.abs(score(h, i, j)));
                    }
                }
            }
        }
        return max;
    }

    /** {@return max|v| over the kept keys} */
    public double valueMax() {
        double max = 0;
        for (int h = 0; h < heads; h++) {
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < dv && kept(j); c++) {
                    max = Math.max(max, Math.abs(value(h, j, c)));
                }
            }
        }
        return max;
    }
}
