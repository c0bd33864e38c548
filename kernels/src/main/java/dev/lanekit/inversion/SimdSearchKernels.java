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
    public void stepsRelu(float[] y, float[] x, int[] coordinates, int[] deltas, int from, int count, float[] dst, int n) {
        // Vectors of y stay in registers across all the steps, so each step costs one load of x and one
        // store of dst per vector. Stepping the whole row once per step would also load and store y.
        // Eight vectors at a time make eight independent FMA chains, and a remainder of four to seven
        // vectors takes four at a time.
        int i = 0;
        for (; i <= n - 8 * LANES; i += 8 * LANES) {
            FloatVector v0 = FloatVector.fromArray(F, y, i);
            FloatVector v1 = FloatVector.fromArray(F, y, i + LANES);
            FloatVector v2 = FloatVector.fromArray(F, y, i + 2 * LANES);
            FloatVector v3 = FloatVector.fromArray(F, y, i + 3 * LANES);
            FloatVector v4 = FloatVector.fromArray(F, y, i + 4 * LANES);
            FloatVector v5 = FloatVector.fromArray(F, y, i + 5 * LANES);
            FloatVector v6 = FloatVector.fromArray(F, y, i + 6 * LANES);
            FloatVector v7 = FloatVector.fromArray(F, y, i + 7 * LANES);
            for (int s = 0; s < count; s++) {
                if (s >= from) {
                    int column = coordinates[s] * n + i;
                    FloatVector a = FloatVector.broadcast(F, (float) deltas[s]);
                    v0 = FloatVector.fromArray(F, x, column).fma(a, v0);
                    v1 = FloatVector.fromArray(F, x, column + LANES).fma(a, v1);
                    v2 = FloatVector.fromArray(F, x, column + 2 * LANES).fma(a, v2);
                    v3 = FloatVector.fromArray(F, x, column + 3 * LANES).fma(a, v3);
                    v4 = FloatVector.fromArray(F, x, column + 4 * LANES).fma(a, v4);
                    v5 = FloatVector.fromArray(F, x, column + 5 * LANES).fma(a, v5);
                    v6 = FloatVector.fromArray(F, x, column + 6 * LANES).fma(a, v6);
                    v7 = FloatVector.fromArray(F, x, column + 7 * LANES).fma(a, v7);
                }
                int row = s * n + i;
                v0.max(0f).intoArray(dst, row);
                v1.max(0f).intoArray(dst, row + LANES);
                v2.max(0f).intoArray(dst, row + 2 * LANES);
                v3.max(0f).intoArray(dst, row + 3 * LANES);
                v4.max(0f).intoArray(dst, row + 4 * LANES);
                v5.max(0f).intoArray(dst, row + 5 * LANES);
                v6.max(0f).intoArray(dst, row + 6 * LANES);
                v7.max(0f).intoArray(dst, row + 7 * LANES);
            }
            v0.intoArray(y, i);
            v1.intoArray(y, i + LANES);
            v2.intoArray(y, i + 2 * LANES);
            v3.intoArray(y, i + 3 * LANES);
            v4.intoArray(y, i + 4 * LANES);
            v5.intoArray(y, i + 5 * LANES);
            v6.intoArray(y, i + 6 * LANES);
            v7.intoArray(y, i + 7 * LANES);
        }
        for (; i <= n - 4 * LANES; i += 4 * LANES) {
            FloatVector v0 = FloatVector.fromArray(F, y, i);
            FloatVector v1 = FloatVector.fromArray(F, y, i + LANES);
            FloatVector v2 = FloatVector.fromArray(F, y, i + 2 * LANES);
            FloatVector v3 = FloatVector.fromArray(F, y, i + 3 * LANES);
            for (int s = 0; s < count; s++) {
                if (s >= from) {
                    int column = coordinates[s] * n + i;
                    FloatVector a = FloatVector.broadcast(F, (float) deltas[s]);
                    v0 = FloatVector.fromArray(F, x, column).fma(a, v0);
                    v1 = FloatVector.fromArray(F, x, column + LANES).fma(a, v1);
                    v2 = FloatVector.fromArray(F, x, column + 2 * LANES).fma(a, v2);
                    v3 = FloatVector.fromArray(F, x, column + 3 * LANES).fma(a, v3);
                }
                int row = s * n + i;
                v0.max(0f).intoArray(dst, row);
                v1.max(0f).intoArray(dst, row + LANES);
                v2.max(0f).intoArray(dst, row + 2 * LANES);
                v3.max(0f).intoArray(dst, row + 3 * LANES);
            }
            v0.intoArray(y, i);
            v1.intoArray(y, i + LANES);
            v2.intoArray(y, i + 2 * LANES);
            v3.intoArray(y, i + 3 * LANES);
        }

        // Remaining whole vectors one at a time, then the elements that do not fill a vector.
        for (; i <= n - LANES; i += LANES) {
            FloatVector v = FloatVector.fromArray(F, y, i);
            for (int s = 0; s < count; s++) {
                if (s >= from) {
                    FloatVector a = FloatVector.broadcast(F, (float) deltas[s]);
                    v = FloatVector.fromArray(F, x, coordinates[s] * n + i).fma(a, v);
                }
                v.max(0f).intoArray(dst, s * n + i);
            }
            v.intoArray(y, i);
        }
        for (; i < n; i++) {
            float v = y[i];
            for (int s = 0; s < count; s++) {
                if (s >= from) {
                    v = Math.fma(deltas[s], x[coordinates[s] * n + i], v);
                }
                dst[s * n + i] = v < 0f ? 0f : v;
            }
            y[i] = v;
        }
    }

    @Override
    public void relu(float[] src, float[] dst, int dstOffset, int n) {
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            FloatVector.fromArray(F, src, i).max(0f).intoArray(dst, dstOffset + i);
        }
        for (; i < n; i++) {
            float v = src[i];
            dst[dstOffset + i] = v < 0f ? 0f : v;
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
    public void outputTile(float[] h, int cols, int[] candidates, int count, float[] panel, int tile, float[] bias, int first,
            float[] y) {
        // The panel stores each tile row by row, so one vector load of it serves every candidate. The loops
        // broadcast h[c·cols + k] and accumulate along k in the lanes: no lane reduction until the tile is done.
        int panelBase = first * cols;
        for (int strip = 0; strip < tile; strip += LANES) {
            int column = panelBase + strip;
            FloatVector b = FloatVector.fromArray(F, bias, first + strip);
            int i = 0;

            // Eight candidates at a time: eight independent FMA chains cover the FMA latency of two pipes,
            // and each panel vector is loaded once for eight FMAs.
            for (; i <= count - 8; i += 8) {
                int h0 = candidates[i] * cols;
                int h1 = candidates[i + 1] * cols;
                int h2 = candidates[i + 2] * cols;
                int h3 = candidates[i + 3] * cols;
                int h4 = candidates[i + 4] * cols;
                int h5 = candidates[i + 5] * cols;
                int h6 = candidates[i + 6] * cols;
                int h7 = candidates[i + 7] * cols;
                FloatVector a0 = FloatVector.zero(F);
                FloatVector a1 = FloatVector.zero(F);
                FloatVector a2 = FloatVector.zero(F);
                FloatVector a3 = FloatVector.zero(F);
                FloatVector a4 = FloatVector.zero(F);
                FloatVector a5 = FloatVector.zero(F);
                FloatVector a6 = FloatVector.zero(F);
                FloatVector a7 = FloatVector.zero(F);
                for (int k = 0; k < cols; k++) {
                    FloatVector w = FloatVector.fromArray(F, panel, column + k * tile);
                    a0 = w.fma(FloatVector.broadcast(F, h[h0 + k]), a0);
                    a1 = w.fma(FloatVector.broadcast(F, h[h1 + k]), a1);
                    a2 = w.fma(FloatVector.broadcast(F, h[h2 + k]), a2);
                    a3 = w.fma(FloatVector.broadcast(F, h[h3 + k]), a3);
                    a4 = w.fma(FloatVector.broadcast(F, h[h4 + k]), a4);
                    a5 = w.fma(FloatVector.broadcast(F, h[h5 + k]), a5);
                    a6 = w.fma(FloatVector.broadcast(F, h[h6 + k]), a6);
                    a7 = w.fma(FloatVector.broadcast(F, h[h7 + k]), a7);
                }
                int out = i * tile + strip;
                a0.add(b).intoArray(y, out);
                a1.add(b).intoArray(y, out + tile);
                a2.add(b).intoArray(y, out + 2 * tile);
                a3.add(b).intoArray(y, out + 3 * tile);
                a4.add(b).intoArray(y, out + 4 * tile);
                a5.add(b).intoArray(y, out + 5 * tile);
                a6.add(b).intoArray(y, out + 6 * tile);
                a7.add(b).intoArray(y, out + 7 * tile);
            }

            // Four candidates at a time, two chains each over alternate k: still eight independent FMA
            // chains, and each panel vector serves four FMAs. The survivors of a first tile are often fewer
            // than eight, and one at a time each panel vector would serve a single FMA.
            for (; i <= count - 4; i += 4) {
                int h0 = candidates[i] * cols;
                int h1 = candidates[i + 1] * cols;
                int h2 = candidates[i + 2] * cols;
                int h3 = candidates[i + 3] * cols;
                FloatVector a0 = FloatVector.zero(F);
                FloatVector a1 = FloatVector.zero(F);
                FloatVector a2 = FloatVector.zero(F);
                FloatVector a3 = FloatVector.zero(F);
                FloatVector c0 = FloatVector.zero(F);
                FloatVector c1 = FloatVector.zero(F);
                FloatVector c2 = FloatVector.zero(F);
                FloatVector c3 = FloatVector.zero(F);
                int k = 0;
                for (; k <= cols - 2; k += 2) {
                    FloatVector w = FloatVector.fromArray(F, panel, column + k * tile);
                    FloatVector v = FloatVector.fromArray(F, panel, column + (k + 1) * tile);
                    a0 = w.fma(FloatVector.broadcast(F, h[h0 + k]), a0);
                    a1 = w.fma(FloatVector.broadcast(F, h[h1 + k]), a1);
                    a2 = w.fma(FloatVector.broadcast(F, h[h2 + k]), a2);
                    a3 = w.fma(FloatVector.broadcast(F, h[h3 + k]), a3);
                    c0 = v.fma(FloatVector.broadcast(F, h[h0 + k + 1]), c0);
                    c1 = v.fma(FloatVector.broadcast(F, h[h1 + k + 1]), c1);
                    c2 = v.fma(FloatVector.broadcast(F, h[h2 + k + 1]), c2);
                    c3 = v.fma(FloatVector.broadcast(F, h[h3 + k + 1]), c3);
                }
                if (k < cols) {
                    FloatVector w = FloatVector.fromArray(F, panel, column + k * tile);
                    a0 = w.fma(FloatVector.broadcast(F, h[h0 + k]), a0);
                    a1 = w.fma(FloatVector.broadcast(F, h[h1 + k]), a1);
                    a2 = w.fma(FloatVector.broadcast(F, h[h2 + k]), a2);
                    a3 = w.fma(FloatVector.broadcast(F, h[h3 + k]), a3);
                }
                int out = i * tile + strip;
                a0.add(c0).add(b).intoArray(y, out);
                a1.add(c1).add(b).intoArray(y, out + tile);
                a2.add(c2).add(b).intoArray(y, out + 2 * tile);
                a3.add(c3).add(b).intoArray(y, out + 3 * tile);
            }

            // The remaining candidates one at a time, with four chains over interleaved k.
            for (; i < count; i++) {
                int base = candidates[i] * cols;
                FloatVector a0 = FloatVector.zero(F);
                FloatVector a1 = FloatVector.zero(F);
                FloatVector a2 = FloatVector.zero(F);
                FloatVector a3 = FloatVector.zero(F);
                int k = 0;
                for (; k <= cols - 4; k += 4) {
                    int at = column + k * tile;
                    a0 = FloatVector.fromArray(F, panel, at).fma(FloatVector.broadcast(F, h[base + k]), a0);
                    a1 = FloatVector.fromArray(F, panel, at + tile).fma(FloatVector.broadcast(F, h[base + k + 1]), a1);
                    a2 = FloatVector.fromArray(F, panel, at + 2 * tile).fma(FloatVector.broadcast(F, h[base + k + 2]), a2);
                    a3 = FloatVector.fromArray(F, panel, at + 3 * tile).fma(FloatVector.broadcast(F, h[base + k + 3]), a3);
                }
                for (; k < cols; k++) {
                    a0 = FloatVector.fromArray(F, panel, column + k * tile).fma(FloatVector.broadcast(F, h[base + k]), a0);
                }
                a0.add(a1).add(a2.add(a3)).add(b).intoArray(y, i * tile + strip);
            }
        }
    }

    @Override
    public float distance(Norm norm, float[] y, int yOffset, float[] target, int targetOffset, int length, float scale) {
        // A block shorter than one vector (the row blocks of the output layer) skips the lane reduction.
        if (length < LANES) {
            return ScalarSearchKernels.distanceScalar(norm, y, yOffset, target, targetOffset, length, scale);
        }
        if (norm.isInfinite()) {
            return maxBlock(y, yOffset, target, targetOffset, length, scale);
        }
        if (norm.p() == 1) {
            return sumAbsBlock(y, yOffset, target, targetOffset, length, scale);
        }
        if (norm.p() == 2) {
            return sumSquaresBlock(y, yOffset, target, targetOffset, length, scale);
        }
        return ScalarSearchKernels.distanceScalar(norm, y, yOffset, target, targetOffset, length, scale);
    }

    @Override
    public float distanceBlock(Norm norm, float[] y, float[] target, int from, int to, float scale) {
        return distance(norm, y, from, target, from, to - from, scale);
    }

    private static float sumAbsBlock(float[] y, int yOffset, float[] target, int targetOffset, int length, float scale) {
        FloatVector s = FloatVector.broadcast(F, scale);
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = 0;
        for (; i <= length - 2 * LANES; i += 2 * LANES) {
            acc0 = difference(y, yOffset + i, target, targetOffset + i).abs().fma(s, acc0);
            acc1 = difference(y, yOffset + i + LANES, target, targetOffset + i + LANES).abs().fma(s, acc1);
        }
        if (i <= length - LANES) {
            acc0 = difference(y, yOffset + i, target, targetOffset + i).abs().fma(s, acc0);
            i += LANES;
        }
        float sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < length; i++) {
            sum += Math.abs(y[yOffset + i] - target[targetOffset + i]) * scale;
        }
        return sum;
    }

    private static float sumSquaresBlock(float[] y, int yOffset, float[] target, int targetOffset, int length,
            float scale) {
        // The scale is applied before squaring, so a difference near Float.MAX_VALUE does not overflow
        // the square unless the scaled value itself exceeds about 1.8e19 (and then the candidate is far
        // beyond the bound anyway).
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = 0;
        for (; i <= length - 2 * LANES; i += 2 * LANES) {
            FloatVector d0 = difference(y, yOffset + i, target, targetOffset + i).mul(scale);
            FloatVector d1 = difference(y, yOffset + i + LANES, target, targetOffset + i + LANES).mul(scale);
            acc0 = d0.fma(d0, acc0);
            acc1 = d1.fma(d1, acc1);
        }
        if (i <= length - LANES) {
            FloatVector d0 = difference(y, yOffset + i, target, targetOffset + i).mul(scale);
            acc0 = d0.fma(d0, acc0);
            i += LANES;
        }
        float sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < length; i++) {
            float d = (y[yOffset + i] - target[targetOffset + i]) * scale;
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    private static float maxBlock(float[] y, int yOffset, float[] target, int targetOffset, int length, float scale) {
        FloatVector acc = FloatVector.zero(F);
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            acc = acc.max(difference(y, yOffset + i, target, targetOffset + i).abs());
        }
        float max = acc.reduceLanes(VectorOperators.MAX) * scale;
        for (; i < length; i++) {
            float d = Math.abs(y[yOffset + i] - target[targetOffset + i]) * scale;
            max = Math.max(max, d);
        }
        return max;
    }

    private static FloatVector difference(float[] y, int yOffset, float[] target, int targetOffset) {
        return FloatVector.fromArray(F, y, yOffset).sub(FloatVector.fromArray(F, target, targetOffset));
    }
}
