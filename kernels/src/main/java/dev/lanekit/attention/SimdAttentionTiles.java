package dev.lanekit.attention;

import dev.lanekit.blas.Tiles;
import dev.lanekit.internal.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API tile operations: the products run on the register-blocked GEMM tiles of
 * {@link Tiles}, exp on the Vector API's lanewise {@code EXP} (within about 1 ulp of
 * {@link Math#exp} on x86). Allocates nothing once C2 has compiled the loops; no method takes or
 * returns a vector, so nothing is boxed when C2 declines to inline.
 */
final class SimdAttentionTiles extends TileOps {

    static final SimdAttentionTiles INSTANCE = new SimdAttentionTiles();

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int LANES = F.length();

    private SimdAttentionTiles() {}

    @Override
    void multiply(int m, int n, int k, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb, float[] c,
            int cOffset, int ldc, boolean accumulate) {
        Tiles.multiply(m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc, accumulate);
    }

    @Override
    void transpose(int rows, int cols, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb) {
        Tiles.transpose(rows, cols, a, aOffset, lda, b, bOffset, ldb);
    }

    @Override
    void dotRows(int rows, int depth, float[] x, int xOffset, float[] a, int aOffset, int lda, float[] y,
            int yOffset) {
        Tiles.dotRows(rows, depth, x, xOffset, a, aOffset, lda, y, yOffset);
    }

    @Override
    float max(float[] x, int offset, int n) {
        // Lanes start at −∞, so a short row or a masked tail can never raise the maximum.
        FloatVector acc0 = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        FloatVector acc1 = acc0;
        int i = 0;
        for (; i + 2 * LANES <= n; i += 2 * LANES) {
            acc0 = acc0.max(FloatVector.fromArray(F, x, offset + i));
            acc1 = acc1.max(FloatVector.fromArray(F, x, offset + i + LANES));
        }
        float max = acc0.max(acc1).reduceLanes(VectorOperators.MAX);

        for (; i < n; i++) {
            max = Math.max(max, x[offset + i]);
        }
        return max;
    }

    @Override
    boolean allAtMost(float[] x, int offset, int n, float bound) {
        // One mask AND per vector and one test at the end: no lane reduction, which is what makes
        // this cheaper than max. NaN compares false, so it clears its lane.
        VectorMask<Float> atMost = F.maskAll(true);
        int i = 0;
        for (; i + LANES <= n; i += LANES) {
            atMost = atMost.and(FloatVector.fromArray(F, x, offset + i).compare(VectorOperators.LE, bound));
        }
        boolean all = atMost.allTrue();

        for (; i < n; i++) {
            all &= x[offset + i] <= bound;
        }
        return all;
    }

    @Override
    float expShiftSum(float[] x, int offset, int n, float shift) {
        FloatVector shiftVector = FloatVector.broadcast(F, shift);
        FloatVector sum0 = FloatVector.zero(F);
        FloatVector sum1 = FloatVector.zero(F);
        int i = 0;
        for (; i + 2 * LANES <= n; i += 2 * LANES) {
            FloatVector e0 = FloatVector.fromArray(F, x, offset + i).sub(shiftVector).lanewise(VectorOperators.EXP);
            FloatVector e1 = FloatVector.fromArray(F, x, offset + i + LANES).sub(shiftVector)
                    .lanewise(VectorOperators.EXP);
            e0.intoArray(x, offset + i);
            e1.intoArray(x, offset + i + LANES);
            sum0 = sum0.add(e0);
            sum1 = sum1.add(e1);
        }
        for (; i + LANES <= n; i += LANES) {
            FloatVector e0 = FloatVector.fromArray(F, x, offset + i).sub(shiftVector).lanewise(VectorOperators.EXP);
            e0.intoArray(x, offset + i);
            sum0 = sum0.add(e0);
        }
        float sum = sum0.add(sum1).reduceLanes(VectorOperators.ADD);

        // Scalar tail with the same exp rounding as the vector lanes would give up to 1 ulp.
        for (; i < n; i++) {
            float e = (float) Math.exp(x[offset + i] - shift);
            x[offset + i] = e;
            sum += e;
        }
        return sum;
    }

    @Override
    void scale(float[] x, int offset, int n, float alpha) {
        int i = 0;
        for (; i + LANES <= n; i += LANES) {
            FloatVector.fromArray(F, x, offset + i).mul(alpha).intoArray(x, offset + i);
        }
        for (; i < n; i++) {
            x[offset + i] *= alpha;
        }
    }

    @Override
    void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n) {
        FloatVector alphaVector = FloatVector.broadcast(F, alpha);
        int i = 0;
        for (; i + LANES <= n; i += LANES) {
            FloatVector.fromArray(F, x, xOffset + i)
                    .fma(alphaVector, FloatVector.fromArray(F, y, yOffset + i))
                    .intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
        }
    }
}
