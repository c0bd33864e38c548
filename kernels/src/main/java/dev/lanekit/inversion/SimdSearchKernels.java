package dev.lanekit.inversion;

import dev.lanekit.internal.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API search kernels.
 *
 * <p>Cost: one pass over the operands at the species width ({@code -Dlanekit.vectorBits}). Accuracy:
 * lane-parallel float sums, within the same γₙ·Σ|terms| bound as {@link ScalarSearchKernels} but not
 * bit-identical to them; the search never reports these values, it only uses them to abandon
 * candidates. NaN propagates (lanewise MAX follows {@link Math#max(float, float)}). Allocates nothing
 * once C2 has compiled the loops.
 */
final class SimdSearchKernels implements SearchKernels {

    static final SimdSearchKernels INSTANCE = new SimdSearchKernels();

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int LANES = F.length();

    private SimdSearchKernels() {}

    @Override
    public void addScaled(float[] y, float[] x, int xOffset, float alpha, int n) {
        // No reduction here, so one vector per iteration already saturates the load ports.
        FloatVector a = FloatVector.broadcast(F, alpha);
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            FloatVector.fromArray(F, x, xOffset + i)
                    .fma(a, FloatVector.fromArray(F, y, i))
                    .intoArray(y, i);
        }
        for (; i < n; i++) {
            y[i] = Math.fma(alpha, x[xOffset + i], y[i]);
        }
    }

    @Override
    public void relu(float[] src, float[] dst, int n) {
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            FloatVector.fromArray(F, src, i).max(0f).intoArray(dst, i);
        }
        for (; i < n; i++) {
            float v = src[i];
            dst[i] = v < 0f ? 0f : v;
        }
    }

    @Override
    public void matvecRows(float[] w, float[] bias, int cols, float[] x, float[] y, int firstRow, int rowCount) {
        int end = firstRow + rowCount;
        int r = firstRow;

        // Four rows at a time: each chunk of x is loaded once and feeds four independent accumulators.
        for (; r <= end - 4; r += 4) {
            int b0 = r * cols;
            int b1 = b0 + cols;
            int b2 = b1 + cols;
            int b3 = b2 + cols;
            FloatVector acc0 = FloatVector.zero(F);
            FloatVector acc1 = FloatVector.zero(F);
            FloatVector acc2 = FloatVector.zero(F);
            FloatVector acc3 = FloatVector.zero(F);
            int j = 0;
            for (; j <= cols - LANES; j += LANES) {
                FloatVector xv = FloatVector.fromArray(F, x, j);
                acc0 = FloatVector.fromArray(F, w, b0 + j).fma(xv, acc0);
                acc1 = FloatVector.fromArray(F, w, b1 + j).fma(xv, acc1);
                acc2 = FloatVector.fromArray(F, w, b2 + j).fma(xv, acc2);
                acc3 = FloatVector.fromArray(F, w, b3 + j).fma(xv, acc3);
            }
            float s0 = acc0.reduceLanes(VectorOperators.ADD);
            float s1 = acc1.reduceLanes(VectorOperators.ADD);
            float s2 = acc2.reduceLanes(VectorOperators.ADD);
            float s3 = acc3.reduceLanes(VectorOperators.ADD);

            // Scalar tail over the columns that do not fill a vector.
            for (; j < cols; j++) {
                float xj = x[j];
                s0 = Math.fma(w[b0 + j], xj, s0);
                s1 = Math.fma(w[b1 + j], xj, s1);
                s2 = Math.fma(w[b2 + j], xj, s2);
                s3 = Math.fma(w[b3 + j], xj, s3);
            }
            y[r] = s0 + bias[r];
            y[r + 1] = s1 + bias[r + 1];
            y[r + 2] = s2 + bias[r + 2];
            y[r + 3] = s3 + bias[r + 3];
        }

        // Remaining rows one at a time, with two accumulators to hide the FMA latency.
        for (; r < end; r++) {
            int base = r * cols;
            FloatVector acc0 = FloatVector.zero(F);
            FloatVector acc1 = FloatVector.zero(F);
            int j = 0;
            for (; j <= cols - 2 * LANES; j += 2 * LANES) {
                acc0 = FloatVector.fromArray(F, w, base + j).fma(FloatVector.fromArray(F, x, j), acc0);
                acc1 = FloatVector.fromArray(F, w, base + j + LANES).fma(FloatVector.fromArray(F, x, j + LANES), acc1);
            }
            for (; j <= cols - LANES; j += LANES) {
                acc0 = FloatVector.fromArray(F, w, base + j).fma(FloatVector.fromArray(F, x, j), acc0);
            }
            float sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
            for (; j < cols; j++) {
                sum = Math.fma(w[base + j], x[j], sum);
            }
            y[r] = sum + bias[r];
        }
    }

    @Override
    public float distanceBlock(Norm norm, float[] y, float[] target, int from, int to, float scale) {
        // A block shorter than one vector (the row blocks of the output layer) skips the lane reduction.
        if (to - from < LANES) {
            return ScalarSearchKernels.distanceBlockScalar(norm, y, target, from, to, scale);
        }
        if (norm.isInfinite()) {
            return maxBlock(y, target, from, to, scale);
        }
        if (norm.p() == 1) {
            return sumAbsBlock(y, target, from, to, scale);
        }
        if (norm.p() == 2) {
            return sumSquaresBlock(y, target, from, to, scale);
        }
        return ScalarSearchKernels.distanceBlockScalar(norm, y, target, from, to, scale);
    }

    private static float sumAbsBlock(float[] y, float[] target, int from, int to, float scale) {
        FloatVector s = FloatVector.broadcast(F, scale);
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = from;
        for (; i <= to - 2 * LANES; i += 2 * LANES) {
            acc0 = FloatVector.fromArray(F, y, i).sub(FloatVector.fromArray(F, target, i)).abs().fma(s, acc0);
            acc1 = FloatVector.fromArray(F, y, i + LANES).sub(FloatVector.fromArray(F, target, i + LANES)).abs().fma(s, acc1);
        }
        float sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) {
            sum += Math.abs(y[i] - target[i]) * scale;
        }
        return sum;
    }

    private static float sumSquaresBlock(float[] y, float[] target, int from, int to, float scale) {
        // The scale is applied before squaring, so a difference near Float.MAX_VALUE does not overflow
        // the square unless the scaled value itself exceeds about 1.8e19 (and then the candidate is far
        // beyond the bound anyway).
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = from;
        for (; i <= to - 2 * LANES; i += 2 * LANES) {
            FloatVector d0 = FloatVector.fromArray(F, y, i).sub(FloatVector.fromArray(F, target, i)).mul(scale);
            FloatVector d1 = FloatVector.fromArray(F, y, i + LANES).sub(FloatVector.fromArray(F, target, i + LANES)).mul(scale);
            acc0 = d0.fma(d0, acc0);
            acc1 = d1.fma(d1, acc1);
        }
        float sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) {
            float d = (y[i] - target[i]) * scale;
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    private static float maxBlock(float[] y, float[] target, int from, int to, float scale) {
        FloatVector acc = FloatVector.zero(F);
        int i = from;
        for (; i <= to - LANES; i += LANES) {
            acc = acc.max(FloatVector.fromArray(F, y, i).sub(FloatVector.fromArray(F, target, i)).abs());
        }
        float max = acc.reduceLanes(VectorOperators.MAX) * scale;
        for (; i < to; i++) {
            float d = Math.abs(y[i] - target[i]) * scale;
            max = Math.max(max, d);
        }
        return max;
    }
}
