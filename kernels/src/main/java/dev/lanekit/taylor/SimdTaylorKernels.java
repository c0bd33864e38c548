package dev.lanekit.taylor;

import dev.lanekit.internal.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API block kernels of Taylor attention.
 *
 * <p>Cost: the same operation counts as {@link ScalarTaylorKernels}, at the species width
 * ({@code -Dlanekit.vectorBits}). The feature products run across tokens, because a feature row is
 * contiguous. The two GEMM-shaped kernels keep eight accumulators of one vector each in registers and
 * broadcast the feature values. Accuracy: within the same γ_m·Σ|terms| bounds as the scalar kernels, but
 * not bit-identical to them, because the summation order differs. NaN and ±∞ propagate as in the scalar
 * kernels, and a masked token's row is never read. Allocates nothing once C2 has compiled the loops.
 */
final class SimdTaylorKernels implements TaylorKernels {

    static final SimdTaylorKernels INSTANCE = new SimdTaylorKernels();

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int LANES = F.length();

    private SimdTaylorKernels() {}

    @Override
    public void features(MonomialBasis basis, boolean query, float[] x, int xOffset, int ldx, float scale,
            boolean[] keyMask, int maskOffset, int tokens, float[] phi, int ldphi) {
        ScalarTaylorKernels.writeLowDegrees(basis, x, xOffset, ldx, scale, keyMask, maskOffset, tokens, phi,
                ldphi);

        // One elementwise product per feature row; ldphi is a multiple of LANES, so there is no tail.
        int[] parent = basis.parents();
        int[] coordinate = basis.coordinates();
        float[] step = basis.querySteps();
        int size = basis.dimension();
        for (int f = basis.d() + 1; f < size; f++) {
            int out = f * ldphi;
            int from = parent[f] * ldphi;
            int by = (1 + coordinate[f]) * ldphi;
            float weight = query ? step[f] : 1f;
            for (int t = 0; t < ldphi; t += LANES) {
                FloatVector.fromArray(F, phi, from + t)
                        .mul(FloatVector.fromArray(F, phi, by + t))
                        .mul(weight)
                        .intoArray(phi, out + t);
            }
        }
    }

    @Override
    public void accumulateState(float[] phiK, int ldphi, int features, int tokens, float[] v, int width,
            float[] state, float[] z) {
        // NOTE: this is the GEMM state += Φ_K·V, (D × c)·(c × w). Blas.simd().sgemm computes it too, but
        // measured here (n = 4096, p = 2, one thread) a whole call took 1.93 ms through sgemm against
        // 0.50 ms with these loops at d = 16, and was within 10% at d = 64, so the loops stay until
        // sgemm's small calls get cheaper.
        int f = 0;
        for (; f <= features - 8; f += 8) {
            for (int c = 0; c < width; c += LANES) {
                accumulateBlock8(phiK, ldphi, f, tokens, v, width, c, state);
            }
        }
        for (; f < features; f++) {
            for (int c = 0; c < width; c += LANES) {
                FloatVector acc = FloatVector.fromArray(F, state, f * width + c);
                for (int t = 0; t < tokens; t++) {
                    acc = FloatVector.broadcast(F, phiK[f * ldphi + t])
                            .fma(FloatVector.fromArray(F, v, t * width + c), acc);
                }
                acc.intoArray(state, f * width + c);
            }
        }

        // Row sums over the tokens; columns past `tokens` are zero, so whole vectors are safe.
        int vectors = roundUp(tokens);
        for (int g = 0; g < features; g++) {
            FloatVector sum = FloatVector.zero(F);
            for (int t = 0; t < vectors; t += LANES) {
                sum = sum.add(FloatVector.fromArray(F, phiK, g * ldphi + t));
            }
            z[g] += sum.reduceLanes(VectorOperators.ADD);
        }
    }

    /** Eight feature rows times one column vector of the state: eight independent FMA chains over the tokens. */
    private static void accumulateBlock8(float[] phiK, int ldphi, int f, int tokens, float[] v, int width, int c,
            float[] state) {
        FloatVector a0 = FloatVector.fromArray(F, state, f * width + c);
        FloatVector a1 = FloatVector.fromArray(F, state, (f + 1) * width + c);
        FloatVector a2 = FloatVector.fromArray(F, state, (f + 2) * width + c);
        FloatVector a3 = FloatVector.fromArray(F, state, (f + 3) * width + c);
        FloatVector a4 = FloatVector.fromArray(F, state, (f + 4) * width + c);
        FloatVector a5 = FloatVector.fromArray(F, state, (f + 5) * width + c);
        FloatVector a6 = FloatVector.fromArray(F, state, (f + 6) * width + c);
        FloatVector a7 = FloatVector.fromArray(F, state, (f + 7) * width + c);
        int base = f * ldphi;
        for (int t = 0; t < tokens; t++) {
            FloatVector row = FloatVector.fromArray(F, v, t * width + c);
            int at = base + t;
            a0 = FloatVector.broadcast(F, phiK[at]).fma(row, a0);
            a1 = FloatVector.broadcast(F, phiK[at + ldphi]).fma(row, a1);
            a2 = FloatVector.broadcast(F, phiK[at + 2 * ldphi]).fma(row, a2);
            a3 = FloatVector.broadcast(F, phiK[at + 3 * ldphi]).fma(row, a3);
            a4 = FloatVector.broadcast(F, phiK[at + 4 * ldphi]).fma(row, a4);
            a5 = FloatVector.broadcast(F, phiK[at + 5 * ldphi]).fma(row, a5);
            a6 = FloatVector.broadcast(F, phiK[at + 6 * ldphi]).fma(row, a6);
            a7 = FloatVector.broadcast(F, phiK[at + 7 * ldphi]).fma(row, a7);
        }
        a0.intoArray(state, f * width + c);
        a1.intoArray(state, (f + 1) * width + c);
        a2.intoArray(state, (f + 2) * width + c);
        a3.intoArray(state, (f + 3) * width + c);
        a4.intoArray(state, (f + 4) * width + c);
        a5.intoArray(state, (f + 5) * width + c);
        a6.intoArray(state, (f + 6) * width + c);
        a7.intoArray(state, (f + 7) * width + c);
    }

    @Override
    public void applyState(float[] phiQ, int ldphi, int features, int tokens, float[] state, int width, float[] z,
            float[] num, float[] den) {
        // The GEMM num = Φ_Qᵀ·S, (c × D)·(D × w); the NOTE in accumulateState covers sgemm. Eight tokens per block. The last block may run past `tokens` into the zero columns of phiQ, and
        // then it only writes zeros into rows of num below ldphi.
        for (int t = 0; t < tokens; t += 8) {
            for (int c = 0; c < width; c += LANES) {
                applyBlock8(phiQ, ldphi, features, t, state, width, c, num);
            }
        }

        // Denominators across tokens: one FMA per feature and token vector.
        int vectors = roundUp(tokens);
        for (int t = 0; t < vectors; t += LANES) {
            FloatVector acc0 = FloatVector.zero(F);
            FloatVector acc1 = FloatVector.zero(F);
            int f = 0;
            for (; f <= features - 2; f += 2) {
                acc0 = FloatVector.fromArray(F, phiQ, f * ldphi + t).fma(FloatVector.broadcast(F, z[f]), acc0);
                acc1 = FloatVector.fromArray(F, phiQ, (f + 1) * ldphi + t).fma(FloatVector.broadcast(F, z[f + 1]), acc1);
            }
            if (f < features) {
                acc0 = FloatVector.fromArray(F, phiQ, f * ldphi + t).fma(FloatVector.broadcast(F, z[f]), acc0);
            }
            acc0.add(acc1).intoArray(den, t);
        }
    }

    /** Eight tokens times one column vector of the output: eight independent FMA chains over the features. */
    private static void applyBlock8(float[] phiQ, int ldphi, int features, int t, float[] state, int width, int c,
            float[] num) {
        FloatVector a0 = FloatVector.zero(F);
        FloatVector a1 = FloatVector.zero(F);
        FloatVector a2 = FloatVector.zero(F);
        FloatVector a3 = FloatVector.zero(F);
        FloatVector a4 = FloatVector.zero(F);
        FloatVector a5 = FloatVector.zero(F);
        FloatVector a6 = FloatVector.zero(F);
        FloatVector a7 = FloatVector.zero(F);
        for (int f = 0; f < features; f++) {
            FloatVector row = FloatVector.fromArray(F, state, f * width + c);
            int at = f * ldphi + t;
            a0 = FloatVector.broadcast(F, phiQ[at]).fma(row, a0);
            a1 = FloatVector.broadcast(F, phiQ[at + 1]).fma(row, a1);
            a2 = FloatVector.broadcast(F, phiQ[at + 2]).fma(row, a2);
            a3 = FloatVector.broadcast(F, phiQ[at + 3]).fma(row, a3);
            a4 = FloatVector.broadcast(F, phiQ[at + 4]).fma(row, a4);
            a5 = FloatVector.broadcast(F, phiQ[at + 5]).fma(row, a5);
            a6 = FloatVector.broadcast(F, phiQ[at + 6]).fma(row, a6);
            a7 = FloatVector.broadcast(F, phiQ[at + 7]).fma(row, a7);
        }
        a0.intoArray(num, t * width + c);
        a1.intoArray(num, (t + 1) * width + c);
        a2.intoArray(num, (t + 2) * width + c);
        a3.intoArray(num, (t + 3) * width + c);
        a4.intoArray(num, (t + 4) * width + c);
        a5.intoArray(num, (t + 5) * width + c);
        a6.intoArray(num, (t + 6) * width + c);
        a7.intoArray(num, (t + 7) * width + c);
    }

    @Override
    public void causalChunk(float[] phiQ, float[] phiK, int ldphi, int d, int order, int tokens, float[] v,
            int width, float[] scores, float[] num, float[] den) {
        int vectors = roundUp(tokens);

        // Scores: w[t][j] = T_p(q_t·k_j)·valid_j for j ≤ t, zero above the diagonal and past `tokens`.
        for (int t = 0; t < tokens; t++) {
            FloatVector rowSum = FloatVector.zero(F);
            for (int j = 0; j < vectors; j += LANES) {
                FloatVector w = FloatVector.zero(F);
                if (j <= t) {
                    FloatVector s = FloatVector.zero(F);
                    for (int r = 1; r <= d && order >= 1; r++) {
                        s = FloatVector.broadcast(F, phiQ[r * ldphi + t])
                                .fma(FloatVector.fromArray(F, phiK, r * ldphi + j), s);
                    }
                    FloatVector h = FloatVector.broadcast(F, 1f);
                    for (int z = order; z >= 1; z--) {
                        h = s.mul(1f / z).fma(h, FloatVector.broadcast(F, 1f));
                    }
                    VectorMask<Float> causal = F.indexInRange(j, t + 1);
                    w = FloatVector.zero(F).blend(h.mul(FloatVector.fromArray(F, phiK, j)), causal);
                    rowSum = rowSum.add(w);
                }
                w.intoArray(scores, t * ldphi + j);
            }
            den[t] += rowSum.reduceLanes(VectorOperators.ADD);
        }

        // num += W·V over the lower triangle, four tokens per block: the block's rows are zero past their
        // own diagonal, so the shared key loop runs to the block's last token.
        int t = 0;
        for (; t <= tokens - 4; t += 4) {
            for (int c = 0; c < width; c += LANES) {
                FloatVector a0 = FloatVector.fromArray(F, num, t * width + c);
                FloatVector a1 = FloatVector.fromArray(F, num, (t + 1) * width + c);
                FloatVector a2 = FloatVector.fromArray(F, num, (t + 2) * width + c);
                FloatVector a3 = FloatVector.fromArray(F, num, (t + 3) * width + c);
                for (int j = 0; j <= t + 3; j++) {
                    FloatVector row = FloatVector.fromArray(F, v, j * width + c);
                    a0 = FloatVector.broadcast(F, scores[t * ldphi + j]).fma(row, a0);
                    a1 = FloatVector.broadcast(F, scores[(t + 1) * ldphi + j]).fma(row, a1);
                    a2 = FloatVector.broadcast(F, scores[(t + 2) * ldphi + j]).fma(row, a2);
                    a3 = FloatVector.broadcast(F, scores[(t + 3) * ldphi + j]).fma(row, a3);
                }
                a0.intoArray(num, t * width + c);
                a1.intoArray(num, (t + 1) * width + c);
                a2.intoArray(num, (t + 2) * width + c);
                a3.intoArray(num, (t + 3) * width + c);
            }
        }
        for (; t < tokens; t++) {
            for (int c = 0; c < width; c += LANES) {
                FloatVector acc = FloatVector.fromArray(F, num, t * width + c);
                for (int j = 0; j <= t; j++) {
                    acc = FloatVector.broadcast(F, scores[t * ldphi + j])
                            .fma(FloatVector.fromArray(F, v, j * width + c), acc);
                }
                acc.intoArray(num, t * width + c);
            }
        }
    }

    private static int roundUp(int tokens) {
        return (tokens + LANES - 1) / LANES * LANES;
    }
}
