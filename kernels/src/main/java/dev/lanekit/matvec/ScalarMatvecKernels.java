package dev.lanekit.matvec;

/**
 * Plain-Java matrix-vector kernels: the reference order of operations, and the fallback when the
 * Vector API is unusable.
 *
 * <p>Cost: one pass over the stored entries (m·n for dense, (kl + ku + 1)·m for band, nnz for CSR).
 * Accuracy: each output is a sequential float sum of fused multiply-adds, so it is within
 * γₖ·Σ|aᵢⱼxⱼ| of the exact value, where k is the number of terms and γₖ = k·u/(1 − k·u), u = 2⁻²⁴.
 * NaN or ±∞ in a stored entry or in x propagates to the outputs whose sums contain it (∞·0 gives NaN).
 * Allocates nothing.
 */
final class ScalarMatvecKernels implements MatvecKernels {

    static final ScalarMatvecKernels INSTANCE = new ScalarMatvecKernels();

    private ScalarMatvecKernels() {}

    @Override
    public void gemv(int m, int n, float[] a, int lda, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, false);
        MatvecChecks.dense(m, n, a, lda);
        for (int i = 0; i < m; i++) {
            int row = i * lda;
            float sum = 0f;
            for (int j = 0; j < n; j++) {
                sum = Math.fma(a[row + j], x[j], sum);
            }
            y[i] = sum;
        }
    }

    @Override
    public void gemvTranspose(int m, int n, float[] a, int lda, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, true);
        MatvecChecks.dense(m, n, a, lda);
        java.util.Arrays.fill(y, 0, n, 0f);
        for (int i = 0; i < m; i++) {
            int row = i * lda;
            float xi = x[i];
            for (int j = 0; j < n; j++) {
                y[j] = Math.fma(a[row + j], xi, y[j]);
            }
        }
    }

    @Override
    public void gbmv(int m, int n, int kl, int ku, float[] diagonals, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, false);
        MatvecChecks.band(m, n, kl, ku, diagonals);
        for (int i = 0; i < m; i++) {
            // Diagonal t contains column i − kl + t; only the t with a column inside 0..n−1 are read.
            int tFirst = Math.max(0, kl - i);
            int tLast = Math.min(kl + ku, n - 1 + kl - i);
            float sum = 0f;
            for (int t = tFirst; t <= tLast; t++) {
                sum = Math.fma(diagonals[t * m + i], x[i - kl + t], sum);
            }
            y[i] = sum;
        }
    }

    @Override
    public void gbmvTranspose(int m, int n, int kl, int ku, float[] diagonals, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, true);
        MatvecChecks.band(m, n, kl, ku, diagonals);
        for (int j = 0; j < n; j++) {
            // Column j meets diagonal t in row i = j + kl − t; only rows inside 0..m−1 are read.
            int tFirst = Math.max(0, j + kl - (m - 1));
            int tLast = Math.min(kl + ku, j + kl);
            float sum = 0f;
            for (int t = tFirst; t <= tLast; t++) {
                int i = j + kl - t;
                sum = Math.fma(diagonals[t * m + i], x[i], sum);
            }
            y[j] = sum;
        }
    }

    @Override
    public void csrmv(int m, int n, int[] rowPointers, int[] columns, float[] values, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, false);
        MatvecChecks.csr(m, rowPointers, columns, values);
        for (int i = 0; i < m; i++) {
            float sum = 0f;
            for (int k = rowPointers[i]; k < rowPointers[i + 1]; k++) {
                sum = Math.fma(values[k], x[columns[k]], sum);
            }
            y[i] = sum;
        }
    }

    @Override
    public void csrmvTranspose(int m, int n, int[] rowPointers, int[] columns, float[] values, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, true);
        MatvecChecks.csr(m, rowPointers, columns, values);
        java.util.Arrays.fill(y, 0, n, 0f);
        for (int i = 0; i < m; i++) {
            float xi = x[i];
            for (int k = rowPointers[i]; k < rowPointers[i + 1]; k++) {
                y[columns[k]] = Math.fma(values[k], xi, y[columns[k]]);
            }
        }
    }
}
