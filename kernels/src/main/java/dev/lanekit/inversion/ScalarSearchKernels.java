package dev.lanekit.inversion;

/**
 * Plain-Java search kernels: the reference order of operations, and the fallback when the Vector API
 * is unusable.
 *
 * <p>Cost: one pass over the operands. Accuracy: sequential float sums with fused multiply-add, within
 * γₙ·Σ|terms| of the exact value (γₙ = n·u/(1 − n·u), u = 2⁻²⁴); the search's admission slack is derived
 * from that bound. NaN propagates through every kernel. Allocates nothing.
 */
final class ScalarSearchKernels implements SearchKernels {

    static final ScalarSearchKernels INSTANCE = new ScalarSearchKernels();

    private ScalarSearchKernels() {}

    @Override
    public void addScaled(float[] y, float[] x, int xOffset, float alpha, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = Math.fma(alpha, x[xOffset + i], y[i]);
        }
    }

    @Override
    public void stepsRelu(float[] y, float[] x, int[] coordinates, int[] deltas, int from, int count, float[] dst, int n) {
        for (int s = 0; s < count; s++) {
            if (s >= from) {
                addScaled(y, x, coordinates[s] * n, deltas[s], n);
            }
            relu(y, dst, s * n, n);
        }
    }

    @Override
    public void relu(float[] src, float[] dst, int dstOffset, int n) {
        for (int i = 0; i < n; i++) {
            float v = src[i];
            // v < 0 is false for NaN, so NaN passes through instead of becoming 0.
            dst[dstOffset + i] = v < 0f ? 0f : v;
        }
    }

    @Override
    public void matvecRows(float[] w, float[] bias, int cols, float[] x, float[] y, int firstRow, int rowCount) {
        for (int r = firstRow; r < firstRow + rowCount; r++) {
            int base = r * cols;
            float sum = 0f;
            for (int j = 0; j < cols; j++) {
                sum = Math.fma(w[base + j], x[j], sum);
            }
            y[r] = sum + bias[r];
        }
    }

    @Override
    public void outputTile(float[] h, int cols, int[] candidates, int count, float[] panel, int tile, float[] bias, int first,
            float[] y) {
        int panelBase = first * cols;
        for (int i = 0; i < count; i++) {
            int base = candidates[i] * cols;
            for (int r = 0; r < tile; r++) {
                float sum = 0f;
                for (int k = 0; k < cols; k++) {
                    sum = Math.fma(h[base + k], panel[panelBase + k * tile + r], sum);
                }
                y[i * tile + r] = sum + bias[first + r];
            }
        }
    }

    @Override
    public float distance(Norm norm, float[] y, int yOffset, float[] target, int targetOffset, int length, float scale) {
        return distanceScalar(norm, y, yOffset, target, targetOffset, length, scale);
    }

    @Override
    public float distanceBlock(Norm norm, float[] y, float[] target, int from, int to, float scale) {
        return distanceScalar(norm, y, from, target, from, to - from, scale);
    }

    /**
     * Computes the distance of {@code length} elements in plain Java; the SIMD kernels call it for orders
     * other than 1, 2 and ∞, and for blocks shorter than one vector.
     */
    static float distanceScalar(Norm norm, float[] y, int yOffset, float[] target, int targetOffset, int length,
            float scale) {
        if (norm.isInfinite()) {
            float max = 0f;
            for (int i = 0; i < length; i++) {
                float d = Math.abs(y[yOffset + i] - target[targetOffset + i]) * scale;
                if (!(d <= max)) {
                    // Taken for a larger value and for NaN, so NaN is sticky.
                    max = Float.isNaN(max) ? max : d;
                }
            }
            return max;
        }
        if (norm.p() == 1) {
            float sum = 0f;
            for (int i = 0; i < length; i++) {
                sum = Math.fma(Math.abs(y[yOffset + i] - target[targetOffset + i]), scale, sum);
            }
            return sum;
        }
        if (norm.p() == 2) {
            float sum = 0f;
            for (int i = 0; i < length; i++) {
                float d = (y[yOffset + i] - target[targetOffset + i]) * scale;
                sum = Math.fma(d, d, sum);
            }
            return sum;
        }
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += norm.scaledTerm((double) Math.abs(y[yOffset + i] - target[targetOffset + i]) * scale);
        }
        return (float) sum;
    }
}
