package dev.lanekit.blas;

import java.util.Objects;

/**
 * A {@link BlasKernels} that passes every call to another one. Subclasses override the routines they
 * route or split differently.
 */
abstract class ForwardingBlas implements BlasKernels {

    /** The implementation that receives every call a subclass does not override. */
    protected final BlasKernels base;

    ForwardingBlas(BlasKernels base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public float sdot(int n, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        return base.sdot(n, x, xOffset, incx, y, yOffset, incy);
    }

    @Override
    public double ddot(int n, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        return base.ddot(n, x, xOffset, incx, y, yOffset, incy);
    }

    @Override
    public void saxpy(int n, float alpha, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        base.saxpy(n, alpha, x, xOffset, incx, y, yOffset, incy);
    }

    @Override
    public void daxpy(int n, double alpha, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        base.daxpy(n, alpha, x, xOffset, incx, y, yOffset, incy);
    }

    @Override
    public float snrm2(int n, float[] x, int xOffset, int incx) {
        return base.snrm2(n, x, xOffset, incx);
    }

    @Override
    public double dnrm2(int n, double[] x, int xOffset, int incx) {
        return base.dnrm2(n, x, xOffset, incx);
    }

    @Override
    public void sgemv(Trans trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
                      float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy) {
        base.sgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    @Override
    public void dgemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                      double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        base.dgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    @Override
    public void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        base.sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    @Override
    public void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
                      double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        base.dgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }
}
