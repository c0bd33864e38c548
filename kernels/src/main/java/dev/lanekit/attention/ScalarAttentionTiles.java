package dev.lanekit.attention;

/**
 * Plain-Java tile operations: the tiled attention kernel for the scalar provider. Products accumulate
 * in float with fused multiply-add in index order; exp is {@link Math#exp} rounded to float. Allocates
 * nothing.
 */
final class ScalarAttentionTiles extends TileOps {

    static final ScalarAttentionTiles INSTANCE = new ScalarAttentionTiles();

    private ScalarAttentionTiles() {}

    @Override
    void multiply(int m, int n, int k, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb, float[] c,
            int cOffset, int ldc, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int cRow = cOffset + i * ldc;
            if (!accumulate) {
                java.util.Arrays.fill(c, cRow, cRow + n, 0f);
            }

            // Row of C updated by one row of B per step: the inner loop runs over contiguous memory.
            for (int p = 0; p < k; p++) {
                float x = a[aOffset + i * lda + p];
                int bRow = bOffset + p * ldb;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] = Math.fma(x, b[bRow + j], c[cRow + j]);
                }
            }
        }
    }

    @Override
    void transpose(int rows, int cols, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                b[bOffset + j * ldb + i] = a[aOffset + i * lda + j];
            }
        }
    }

    @Override
    void dotRows(int rows, int depth, float[] x, int xOffset, float[] a, int aOffset, int lda, float[] y,
            int yOffset) {
        for (int i = 0; i < rows; i++) {
            float sum = 0f;
            int row = aOffset + i * lda;
            for (int p = 0; p < depth; p++) {
                sum = Math.fma(x[xOffset + p], a[row + p], sum);
            }
            y[yOffset + i] = sum;
        }
    }

    @Override
    float max(float[] x, int offset, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, x[offset + i]);
        }
        return max;
    }

    @Override
    boolean allAtMost(float[] x, int offset, int n, float bound) {
        for (int i = 0; i < n; i++) {
            if (!(x[offset + i] <= bound)) {
                return false;
            }
        }
        return true;
    }

    @Override
    float expShiftSum(float[] x, int offset, int n, float shift) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            float e = (float) Math.exp(x[offset + i] - shift);
            x[offset + i] = e;
            sum += e;
        }
        return sum;
    }

    @Override
    void scale(float[] x, int offset, int n, float alpha) {
        for (int i = 0; i < n; i++) {
            x[offset + i] *= alpha;
        }
    }

    @Override
    void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n) {
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
        }
    }
}
