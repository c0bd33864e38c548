package dev.lanekit.taylor;

/**
 * Plain-Java block kernels of Taylor attention: the reference order of operations, and the fallback when
 * the Vector API is unusable.
 *
 * <p>Cost per chunk of c tokens with D features and w value columns: features O(c·D), state update and
 * state application O(c·D·w) each, the causal chunk O(c²·(d + w)). Accuracy: float arithmetic, each
 * feature within γ_{p+1} relative of its exact value (one rounding per multiplication) and each sum of m
 * terms within γ_m·Σ|terms|, with γ_m = m·u/(1 − m·u), u = 2⁻²⁴. NaN and ±∞: a NaN or ±∞
 * coordinate propagates to every feature, state entry and output it enters (∞·0 gives NaN), while a
 * masked token's row is never read. Allocates nothing.
 */
final class ScalarTaylorKernels implements TaylorKernels {

    static final ScalarTaylorKernels INSTANCE = new ScalarTaylorKernels();

    private ScalarTaylorKernels() {}

    @Override
    public void features(MonomialBasis basis, boolean query, float[] x, int xOffset, int ldx, float scale,
            boolean[] keyMask, int maskOffset, int tokens, float[] phi, int ldphi) {
        int d = basis.d();
        int size = basis.dimension();
        writeLowDegrees(basis, x, xOffset, ldx, scale, keyMask, maskOffset, tokens, phi, ldphi);

        // Degrees 2..p: each feature is its parent times one coordinate (times 1/α_r on the query side).
        int[] parent = basis.parents();
        int[] coordinate = basis.coordinates();
        float[] step = basis.querySteps();
        for (int f = d + 1; f < size; f++) {
            int out = f * ldphi;
            int from = parent[f] * ldphi;
            int by = (1 + coordinate[f]) * ldphi;
            float weight = query ? step[f] : 1f;
            for (int t = 0; t < ldphi; t++) {
                phi[out + t] = phi[from + t] * phi[by + t] * weight;
            }
        }
    }

    @Override
    public void accumulateState(float[] phiK, int ldphi, int features, int tokens, float[] v, int width,
            float[] state, float[] z) {
        for (int f = 0; f < features; f++) {
            int row = f * width;
            float sum = 0f;
            for (int t = 0; t < tokens; t++) {
                float w = phiK[f * ldphi + t];
                sum += w;
                for (int c = 0; c < width; c++) {
                    state[row + c] = Math.fma(w, v[t * width + c], state[row + c]);
                }
            }
            z[f] += sum;
        }
    }

    @Override
    public void applyState(float[] phiQ, int ldphi, int features, int tokens, float[] state, int width, float[] z,
            float[] num, float[] den) {
        java.util.Arrays.fill(num, 0, tokens * width, 0f);
        java.util.Arrays.fill(den, 0, tokens, 0f);
        for (int f = 0; f < features; f++) {
            int row = f * width;
            float zf = z[f];
            for (int t = 0; t < tokens; t++) {
                float w = phiQ[f * ldphi + t];
                den[t] = Math.fma(w, zf, den[t]);
                for (int c = 0; c < width; c++) {
                    num[t * width + c] = Math.fma(w, state[row + c], num[t * width + c]);
                }
            }
        }
    }

    @Override
    public void causalChunk(float[] phiQ, float[] phiK, int ldphi, int d, int order, int tokens, float[] v,
            int width, float[] scores, float[] num, float[] den) {
        for (int t = 0; t < tokens; t++) {
            float rowSum = 0f;
            for (int j = 0; j <= t; j++) {
                float keyValid = phiK[j];
                float s = 0f;
                if (order >= 1) {
                    for (int r = 1; r <= d; r++) {
                        s = Math.fma(phiQ[r * ldphi + t], phiK[r * ldphi + j], s);
                    }
                }
                float w = truncatedExp(s, order) * keyValid;
                scores[t * ldphi + j] = w;
                rowSum += w;
            }
            den[t] += rowSum;
            for (int j = 0; j <= t; j++) {
                float w = scores[t * ldphi + j];
                for (int c = 0; c < width; c++) {
                    num[t * width + c] = Math.fma(w, v[j * width + c], num[t * width + c]);
                }
            }
        }
    }

    /**
     * Writes degrees 0 and 1 of a feature block: the constant (1 for a kept token, 0 for a masked one or
     * a column past {@code tokens}) and the scaled coordinates, transposed to feature-major. Shared by both
     * implementations because it is O(c·d) work against the O(c·D) of the higher degrees.
     */
    static void writeLowDegrees(MonomialBasis basis, float[] x, int xOffset, int ldx, float scale,
            boolean[] keyMask, int maskOffset, int tokens, float[] phi, int ldphi) {
        int d = basis.d();
        boolean linear = basis.order() >= 1;
        for (int t = 0; t < ldphi; t++) {
            boolean valid = t < tokens && (keyMask == null || keyMask[maskOffset + t]);
            phi[t] = valid ? 1f : 0f;
            if (linear) {
                int row = xOffset + t * ldx;
                for (int r = 0; r < d; r++) {
                    phi[(1 + r) * ldphi + t] = valid ? scale * x[row + r] : 0f;
                }
            }
        }
    }

    /** Returns T_p(s) = Σ_{z≤p} s^z/z! by Horner's rule, 1 + s·(1 + s/2·(1 + s/3·(…))). */
    static float truncatedExp(float s, int order) {
        float h = 1f;
        for (int z = order; z >= 1; z--) {
            h = Math.fma(s / z, h, 1f);
        }
        return h;
    }
}
