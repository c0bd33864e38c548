package dev.lanekit.blas;

/**
 * Plain-Java BLAS: the reference order of operations, and the fallback when the Vector API is unusable.
 *
 * <p>Cost: dot, axpy and nrm2 make one pass over x (nrm2 in double two passes); gemv reads A once;
 * gemm takes m·n·k fused multiply-adds in i-p-j order, without blocking, so it slows down once B leaves
 * the cache. Accuracy: sequential accumulation with fused multiply-add, so a sum of k products is
 * within γₖ·Σ|terms| of the exact value, γₖ = k·u/(1 − k·u) with u the unit roundoff of the type.
 * snrm2 accumulates in double and dnrm2 scales by a power of two, so neither overflows nor underflows
 * in between. NaN and ±∞ follow {@link BlasKernels}. Allocates nothing.
 */
final class ScalarBlas implements BlasKernels {

    static final ScalarBlas INSTANCE = new ScalarBlas();

    private ScalarBlas() {}

    @Override
    public float sdot(int n, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum = Math.fma(x[xOffset + i * incx], y[yOffset + i * incy], sum);
        }
        return sum;
    }

    @Override
    public void saxpy(int n, float alpha, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        if (alpha == 0f) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int yi = yOffset + i * incy;
            y[yi] = Math.fma(alpha, x[xOffset + i * incx], y[yi]);
        }
    }

    @Override
    public float snrm2(int n, float[] x, int xOffset, int incx) {
        BlasChecks.level1(n, x.length, xOffset, incx, -1, 0, 1);

        // Every float squared fits a double without overflow or underflow, so a double sum needs no scaling.
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double v = x[xOffset + i * incx];
            sum = Math.fma(v, v, sum);
        }
        return (float) Math.sqrt(sum);
    }

    @Override
    public void sgemv(Trans trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
                      float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy) {
        BlasChecks.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx, y.length, yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy);
        int yLength = trans == Trans.NO_TRANS ? m : n;
        scale(yLength, beta, y, yOffset, incy);
        if (alpha == 0f || (trans == Trans.NO_TRANS ? n : m) == 0) {
            return;
        }

        if (trans == Trans.NO_TRANS) {
            // y[i] += alpha · (row i of A) · x, one sequential dot product per row.
            for (int i = 0; i < m; i++) {
                int row = aOffset + i * lda;
                float sum = 0f;
                for (int j = 0; j < n; j++) {
                    sum = Math.fma(a[row + j], x[xOffset + j * incx], sum);
                }
                int yi = yOffset + i * incy;
                y[yi] = Math.fma(alpha, sum, y[yi]);
            }
        } else {
            // y += (alpha · x[i]) · (row i of A): each stored row is read once, in order.
            for (int i = 0; i < m; i++) {
                int row = aOffset + i * lda;
                float scaledX = alpha * x[xOffset + i * incx];
                for (int j = 0; j < n; j++) {
                    int yj = yOffset + j * incy;
                    y[yj] = Math.fma(scaledX, a[row + j], y[yj]);
                }
            }
        }
    }

    @Override
    public void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        for (int i = 0; i < m; i++) {
            scale(n, beta, c, cOffset + i * ldc, 1);
        }
        if (alpha == 0f || k == 0) {
            return;
        }

        // i-p-j order: C's row i gathers (alpha·A[i][p]) · (row p of op(B)), so the inner loop runs
        // along a row of C and, without a transposed B, along a row of B.
        int aRowStride = transA == Trans.NO_TRANS ? lda : 1;
        int aColStride = transA == Trans.NO_TRANS ? 1 : lda;
        int bRowStride = transB == Trans.NO_TRANS ? ldb : 1;
        int bColStride = transB == Trans.NO_TRANS ? 1 : ldb;
        for (int i = 0; i < m; i++) {
            int cRow = cOffset + i * ldc;
            for (int p = 0; p < k; p++) {
                float scaledA = alpha * a[aOffset + i * aRowStride + p * aColStride];
                int bRow = bOffset + p * bRowStride;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] = Math.fma(scaledA, b[bRow + j * bColStride], c[cRow + j]);
                }
            }
        }
    }

    /** Sets {@code y = beta·y}, writing zeros when {@code beta = 0} and leaving y untouched when it is 1. */
    static void scale(int n, float beta, float[] y, int yOffset, int incy) {
        if (beta == 1f) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int yi = yOffset + i * incy;
            y[yi] = beta == 0f ? 0f : beta * y[yi];
        }
    }

    @Override
    public double ddot(int n, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum = Math.fma(x[xOffset + i * incx], y[yOffset + i * incy], sum);
        }
        return sum;
    }

    @Override
    public void daxpy(int n, double alpha, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        if (alpha == 0.0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int yi = yOffset + i * incy;
            y[yi] = Math.fma(alpha, x[xOffset + i * incx], y[yi]);
        }
    }

    @Override
    public double dnrm2(int n, double[] x, int xOffset, int incx) {
        BlasChecks.level1(n, x.length, xOffset, incx, -1, 0, 1);

        // First pass: the largest magnitude. Math.max propagates NaN, so NaN anywhere ends here as NaN,
        // and ±∞ without NaN as +∞.
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(x[xOffset + i * incx]));
        }
        if (max == 0 || !Double.isFinite(max)) {
            return max;
        }

        // Second pass: squares of x·2^-e with 2^e near max lie in [0, 4), so the sum cannot overflow,
        // and scaling by a power of two adds no rounding error of its own.
        int exponent = Math.getExponent(max);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double v = Math.scalb(x[xOffset + i * incx], -exponent);
            sum = Math.fma(v, v, sum);
        }
        return Math.scalb(Math.sqrt(sum), exponent);
    }

    @Override
    public void dgemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                      double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        BlasChecks.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx, y.length, yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy);
        int yLength = trans == Trans.NO_TRANS ? m : n;
        scale(yLength, beta, y, yOffset, incy);
        if (alpha == 0.0 || (trans == Trans.NO_TRANS ? n : m) == 0) {
            return;
        }

        if (trans == Trans.NO_TRANS) {
            // y[i] += alpha · (row i of A) · x, one sequential dot product per row.
            for (int i = 0; i < m; i++) {
                int row = aOffset + i * lda;
                double sum = 0.0;
                for (int j = 0; j < n; j++) {
                    sum = Math.fma(a[row + j], x[xOffset + j * incx], sum);
                }
                int yi = yOffset + i * incy;
                y[yi] = Math.fma(alpha, sum, y[yi]);
            }
        } else {
            // y += (alpha · x[i]) · (row i of A): each stored row is read once, in order.
            for (int i = 0; i < m; i++) {
                int row = aOffset + i * lda;
                double scaledX = alpha * x[xOffset + i * incx];
                for (int j = 0; j < n; j++) {
                    int yj = yOffset + j * incy;
                    y[yj] = Math.fma(scaledX, a[row + j], y[yj]);
                }
            }
        }
    }

    @Override
    public void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
                      double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        for (int i = 0; i < m; i++) {
            scale(n, beta, c, cOffset + i * ldc, 1);
        }
        if (alpha == 0.0 || k == 0) {
            return;
        }

        // i-p-j order: C's row i gathers (alpha·A[i][p]) · (row p of op(B)), so the inner loop runs
        // along a row of C and, without a transposed B, along a row of B.
        int aRowStride = transA == Trans.NO_TRANS ? lda : 1;
        int aColStride = transA == Trans.NO_TRANS ? 1 : lda;
        int bRowStride = transB == Trans.NO_TRANS ? ldb : 1;
        int bColStride = transB == Trans.NO_TRANS ? 1 : ldb;
        for (int i = 0; i < m; i++) {
            int cRow = cOffset + i * ldc;
            for (int p = 0; p < k; p++) {
                double scaledA = alpha * a[aOffset + i * aRowStride + p * aColStride];
                int bRow = bOffset + p * bRowStride;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] = Math.fma(scaledA, b[bRow + j * bColStride], c[cRow + j]);
                }
            }
        }
    }

    /** Sets {@code y = beta·y}, writing zeros when {@code beta = 0} and leaving y untouched when it is 1. */
    static void scale(int n, double beta, double[] y, int yOffset, int incy) {
        if (beta == 1.0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int yi = yOffset + i * incy;
            y[yi] = beta == 0.0 ? 0.0 : beta * y[yi];
        }
    }
}
