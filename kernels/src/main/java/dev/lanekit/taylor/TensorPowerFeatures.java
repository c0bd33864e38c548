package dev.lanekit.taylor;

import dev.lanekit.internal.Checks;

/**
 * The full tensor-power feature map of order p: for each degree z ≤ p, all d^z ordered products
 * x_{r1}·…·x_{rz} (the tensor power x^{⊗z}, flattened row-major, so degree 2 is vec(x·xᵀ)). This is the
 * map of Lemma 8 in "On the Computational Complexity of Self-Attention" (Keles, Wijewardena, Hegde,
 * ALT 2023), with (q·k)^z = q^{⊗z}·k^{⊗z}. Its dimension Σ_{z≤p} d^z is larger than the C(d+p, p) of
 * {@link MonomialBasis}, so it serves only as a cross-check at small d.
 *
 * <p>Double precision, O(Σ d^z) time, allocates its result.
 */
public final class TensorPowerFeatures {

    private TensorPowerFeatures() {}

    /**
     * {@return [x^{⊗z}/z!]_{z≤p}, the query side of T_p(q·k) = φ_Q(q)·φ_K(k)}
     *
     * @param x the input vector
     * @param order the Taylor order p, at least 0
     */
    public static double[] query(double[] x, int order) {
        return map(x, order, 1, false, true);
    }

    /**
     * {@return [x^{⊗z}]_{z≤p}, the key side of T_p(q·k) = φ_Q(q)·φ_K(k)}
     *
     * @param x the input vector
     * @param order the Taylor order p, at least 0
     */
    public static double[] key(double[] x, int order) {
        return map(x, order, 1, false, false);
    }

    /**
     * {@return [(scale·x)^{⊗z}/√(z!)]_{z≤p}, one map for both sides: φ(q)·φ(k) = T_p(scale²·q·k)} With
     * scale = d^{−1/4} and p = 2 this is [1, x/d^{1/4}, vec(x·xᵀ)/(√2·√d)], whose inner product is
     * 1 + s + s²/2 with s = q·k/√d.
     *
     * @param x the input vector
     * @param order the Taylor order p, at least 0
     * @param scale the factor applied to x before the tensor powers
     */
    public static double[] symmetric(double[] x, int order, double scale) {
        return map(x, order, scale, true, true);
    }

    private static double[] map(double[] x, int order, double scale, boolean squareRootWeights, boolean weighted) {
        Checks.nonNegative("p", order);
        int d = x.length;
        long size = MonomialBasis.fullDimension(d, order);
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the full tensor map at d = " + d + ", p = " + order + " has " + size
                    + " features, more than an array holds; it is meant for small d");
        }
        double[] out = new double[(int) size];

        // Degree z is degree z − 1 (previous block) times each coordinate, in row-major order.
        out[0] = 1;
        int previous = 0;
        int previousSize = 1;
        int next = 1;
        for (int z = 1; z <= order; z++) {
            // The weights 1/z! (or 1/√(z!)) accumulate one factor 1/z (or 1/√z) per degree.
            double stepWeight = 1;
            if (weighted) {
                stepWeight = squareRootWeights ? Math.sqrt(1.0 / z) : 1.0 / z;
            }
            int start = next;
            for (int i = 0; i < previousSize; i++) {
                for (int r = 0; r < d; r++) {
                    out[next++] = out[previous + i] * scale * x[r] * stepWeight;
                }
            }
            previous = start;
            previousSize = next - start;
        }
        return out;
    }
}
