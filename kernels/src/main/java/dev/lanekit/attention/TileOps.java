package dev.lanekit.attention;

/**
 * The tile operations the tiled attention driver is built from, implemented once in plain Java and
 * once with the Vector API. Every operation works on arrays the driver owns or has validated, so the
 * implementations do not re-check ranges beyond what their building blocks do.
 */
abstract class TileOps {

    /** Computes {@code C (+)= A·B} for row-major A (m × k), B (k × n) and C (m × n). */
    abstract void multiply(int m, int n, int k, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
            float[] c, int cOffset, int ldc, boolean accumulate);

    /** Writes {@code B[j][i] = A[i][j]} for the rows × cols block A. */
    abstract void transpose(int rows, int cols, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb);

    /** Writes {@code y[i] = Σ_p A[i][p]·x[p]} for the rows × depth block A. */
    abstract void dotRows(int rows, int depth, float[] x, int xOffset, float[] a, int aOffset, int lda, float[] y,
            int yOffset);

    /** Returns the maximum of {@code x[offset … offset + n)}; −∞ when n = 0, NaN when any element is NaN. */
    abstract float max(float[] x, int offset, int n);

    /** Returns whether every element of {@code x[offset … offset + n)} is ≤ bound; false when any is NaN. */
    abstract boolean allAtMost(float[] x, int offset, int n, float bound);

    /** Replaces each {@code x[i]} by {@code exp(x[i] − shift)} and returns their float sum. */
    abstract float expShiftSum(float[] x, int offset, int n, float shift);

    /** Multiplies {@code x[offset … offset + n)} by alpha. */
    abstract void scale(float[] x, int offset, int n, float alpha);

    /** Adds {@code alpha·x} to {@code y} over n elements. */
    abstract void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n);
}
