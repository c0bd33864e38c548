package dev.lanekit.taylor;

/**
 * The block kernels of Taylor attention, implemented twice: {@link ScalarTaylorKernels} in plain Java and
 * {@link SimdTaylorKernels} with the Vector API. {@link TaylorAttention} validates every shape and
 * buffer before it calls them, so the kernels themselves do not check.
 *
 * <p>Layouts. A feature block {@code phi} is feature-major: feature f of token t is
 * {@code phi[f·ldphi + t]}, so building a feature from its parent is one elementwise product across
 * tokens. Values {@code v}, the state and the numerators are token-major with {@code width} columns
 * (the value dimension rounded up to the vector length, padding columns zero). {@code ldphi} is a
 * multiple of the vector length, and every column {@code t ≥ tokens} of a feature block is zero.
 */
interface TaylorKernels {

    /**
     * Writes the features of {@code tokens} rows of {@code x} (row t at {@code xOffset + t·ldx}, d values
     * multiplied by {@code scale}) into rows {@code 0..D−1} of {@code phi}, and zeros into the columns
     * {@code tokens..ldphi−1}. The query side carries the weights 1/α!, the key side does not. A key with
     * {@code keyMask[maskOffset + t]} false gets an all-zero column and its row of {@code x} is not read;
     * {@code keyMask} may be null (every token kept).
     */
    void features(MonomialBasis basis, boolean query, float[] x, int xOffset, int ldx, float scale,
            boolean[] keyMask, int maskOffset, int tokens, float[] phi, int ldphi);

    /**
     * Adds the chunk to the prefix state: {@code state[f][c] += Σ_t phiK[f][t]·v[t][c]} and
     * {@code z[f] += Σ_t phiK[f][t]}, over {@code features} rows and {@code tokens} tokens.
     */
    void accumulateState(float[] phiK, int ldphi, int features, int tokens, float[] v, int width,
            float[] state, float[] z);

    /**
     * Sets {@code num[t][c] = Σ_f phiQ[f][t]·state[f][c]} and {@code den[t] = Σ_f phiQ[f][t]·z[f]} for
     * {@code t < tokens}.
     */
    void applyState(float[] phiQ, int ldphi, int features, int tokens, float[] state, int width, float[] z,
            float[] num, float[] den);

    /**
     * Adds the causal part inside one chunk: for every query t and key j ≤ t of the chunk,
     * w = T_p(s) with s the dot product of the degree-1 features (the scaled q and k), times the key's
     * constant feature (0 for a masked key); {@code num[t] += w·v[j]} and {@code den[t] += w}.
     * {@code scores} is a workspace of at least {@code ldphi·ldphi} floats.
     */
    void causalChunk(float[] phiQ, float[] phiK, int ldphi, int d, int order, int tokens, float[] v, int width,
            float[] scores, float[] num, float[] den);
}
