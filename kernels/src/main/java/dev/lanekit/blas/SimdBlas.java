package dev.lanekit.blas;

import dev.lanekit.internal.Species;
import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API BLAS. Level 1 and gemv are here; gemm is in {@link SimdSgemm} and {@link SimdDgemm}.
 *
 * <p>Cost: dot, axpy and gemv make one pass over their inputs at the species width
 * ({@code -Dlanekit.vectorBits}); gemv reads each row of A once and, without a transpose, shares every
 * load of x among four rows. Calls with increments other than 1 (x for gemv without a transpose, y with
 * one) run the scalar loops of {@link ScalarBlas}. Accuracy: lane-parallel accumulation, within the same
 * γₙ·Σ|terms| bound as {@link ScalarBlas} but not bit-identical to it. nrm2 neither overflows nor
 * underflows in between. NaN and ±∞ follow {@link BlasKernels}. Allocates nothing once C2 has compiled
 * the loops.
 */
final class SimdBlas implements BlasKernels {

    static final SimdBlas INSTANCE = new SimdBlas();

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final VectorSpecies<Double> D = Species.DOUBLE;
    private static final int LANES = F.length();
    private static final int DLANES = D.length();

    // The float dot product is the vector capability's kernel; a static final field keeps it inlinable.
    private static final VectorKernels VECTOR = Vectors.simd();

    private SimdBlas() {}

    @Override
    public float sdot(int n, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        if (incx != 1 || incy != 1) {
            return ScalarBlas.INSTANCE.sdot(n, x, xOffset, incx, y, yOffset, incy);
        }
        return VECTOR.dot(x, xOffset, y, yOffset, n);
    }

    @Override
    public double ddot(int n, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        if (incx != 1 || incy != 1) {
            return ScalarBlas.INSTANCE.ddot(n, x, xOffset, incx, y, yOffset, incy);
        }

        // Four independent accumulators hide the FMA latency; one reduction after the loop.
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = DoubleVector.zero(D);
        DoubleVector acc2 = DoubleVector.zero(D);
        DoubleVector acc3 = DoubleVector.zero(D);
        int i = 0;
        for (; i <= n - 4 * DLANES; i += 4 * DLANES) {
            acc0 = DoubleVector.fromArray(D, x, xOffset + i).fma(DoubleVector.fromArray(D, y, yOffset + i), acc0);
            acc1 = DoubleVector.fromArray(D, x, xOffset + i + DLANES)
                    .fma(DoubleVector.fromArray(D, y, yOffset + i + DLANES), acc1);
            acc2 = DoubleVector.fromArray(D, x, xOffset + i + 2 * DLANES)
                    .fma(DoubleVector.fromArray(D, y, yOffset + i + 2 * DLANES), acc2);
            acc3 = DoubleVector.fromArray(D, x, xOffset + i + 3 * DLANES)
                    .fma(DoubleVector.fromArray(D, y, yOffset + i + 3 * DLANES), acc3);
        }
        for (; i <= n - DLANES; i += DLANES) {
            acc0 = DoubleVector.fromArray(D, x, xOffset + i).fma(DoubleVector.fromArray(D, y, yOffset + i), acc0);
        }
        double sum = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum = Math.fma(x[xOffset + i], y[yOffset + i], sum);
        }
        return sum;
    }

    @Override
    public float snrm2(int n, float[] x, int xOffset, int incx) {
        BlasChecks.level1(n, x.length, xOffset, incx, -1, 0, 1);
        if (incx != 1) {
            return ScalarBlas.INSTANCE.snrm2(n, x, xOffset, incx);
        }

        // Every float squared fits a double without overflow or underflow, so each vector of floats is
        // widened into two vectors of doubles and summed without scaling.
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = DoubleVector.zero(D);
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            FloatVector v = FloatVector.fromArray(F, x, xOffset + i);
            DoubleVector low = (DoubleVector) v.convertShape(VectorOperators.F2D, D, 0);
            DoubleVector high = (DoubleVector) v.convertShape(VectorOperators.F2D, D, 1);
            acc0 = low.fma(low, acc0);
            acc1 = high.fma(high, acc1);
        }
        double sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            double v = x[xOffset + i];
            sum = Math.fma(v, v, sum);
        }
        return (float) Math.sqrt(sum);
    }

    @Override
    public double dnrm2(int n, double[] x, int xOffset, int incx) {
        BlasChecks.level1(n, x.length, xOffset, incx, -1, 0, 1);
        if (incx != 1) {
            return ScalarBlas.INSTANCE.dnrm2(n, x, xOffset, incx);
        }

        // First pass: the largest magnitude. MAX propagates NaN as Math.max does, so NaN anywhere ends
        // here as NaN, and ±∞ without NaN as +∞.
        DoubleVector maxV = DoubleVector.zero(D);
        int i = 0;
        for (; i <= n - DLANES; i += DLANES) {
            maxV = maxV.max(DoubleVector.fromArray(D, x, xOffset + i).abs());
        }
        double max = maxV.reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            max = Math.max(max, Math.abs(x[xOffset + i]));
        }
        if (max == 0 || !Double.isFinite(max)) {
            return max;
        }

        // Second pass: squares of x·2^-e with 2^e near max lie in [0, 4), so the sum cannot overflow,
        // and a power-of-two scale adds no rounding error of its own.
        int exponent = Math.getExponent(max);
        double scale = Math.scalb(1.0, -exponent);
        DoubleVector scaleV = DoubleVector.broadcast(D, scale);
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = DoubleVector.zero(D);
        i = 0;
        for (; i <= n - 2 * DLANES; i += 2 * DLANES) {
            DoubleVector v0 = DoubleVector.fromArray(D, x, xOffset + i).mul(scaleV);
            DoubleVector v1 = DoubleVector.fromArray(D, x, xOffset + i + DLANES).mul(scaleV);
            acc0 = v0.fma(v0, acc0);
            acc1 = v1.fma(v1, acc1);
        }
        double sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            double v = x[xOffset + i] * scale;
            sum = Math.fma(v, v, sum);
        }
        return Math.scalb(Math.sqrt(sum), exponent);
    }

    @Override
    public void saxpy(int n, float alpha, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        if (alpha == 0f) {
            return;
        }
        if (incx != 1 || incy != 1) {
            ScalarBlas.INSTANCE.saxpy(n, alpha, x, xOffset, incx, y, yOffset, incy);
            return;
        }

        // Each element is one independent fused multiply-add, so one vector per step keeps the FMA
        // units busy without extra accumulators. The scalar tail never touches past n.
        FloatVector alphaV = FloatVector.broadcast(F, alpha);
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            FloatVector.fromArray(F, x, xOffset + i)
                    .fma(alphaV, FloatVector.fromArray(F, y, yOffset + i))
                    .intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
        }
    }

    @Override
    public void sgemv(Trans trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
                      float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy) {
        BlasChecks.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx, y.length, yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy);
        boolean noTrans = trans == Trans.NO_TRANS;
        if (noTrans ? incx != 1 : incy != 1) {
            ScalarBlas.INSTANCE.sgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
            return;
        }
        ScalarBlas.scale(noTrans ? m : n, beta, y, yOffset, incy);
        if (alpha == 0f || (noTrans ? n : m) == 0) {
            return;
        }
        if (noTrans) {
            sgemvRows(m, n, alpha, a, aOffset, lda, x, xOffset, y, yOffset, incy);
        } else {
            sgemvColumns(m, n, alpha, a, aOffset, lda, x, xOffset, incx, y, yOffset);
        }
    }

    /** y[i] += alpha · (row i of A) · x, with unit-stride x. */
    private static void sgemvRows(int m, int n, float alpha, float[] a, int aOffset, int lda,
                                  float[] x, int xOffset, float[] y, int yOffset, int incy) {
        // Four rows at a time share every load of x, with one accumulator per row. In a timing loop on
        // an AVX-512 machine this streamed A about 25% faster than two vectors per step with eight
        // accumulators, because the loop is bound by memory, not by FMA latency. Each row is read once.
        int i = 0;
        for (; i <= m - 4; i += 4) {
            int r0 = aOffset + i * lda;
            int r1 = r0 + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            FloatVector s0 = FloatVector.zero(F);
            FloatVector s1 = FloatVector.zero(F);
            FloatVector s2 = FloatVector.zero(F);
            FloatVector s3 = FloatVector.zero(F);
            int j = 0;
            for (; j <= n - LANES; j += LANES) {
                FloatVector x0 = FloatVector.fromArray(F, x, xOffset + j);
                s0 = FloatVector.fromArray(F, a, r0 + j).fma(x0, s0);
                s1 = FloatVector.fromArray(F, a, r1 + j).fma(x0, s1);
                s2 = FloatVector.fromArray(F, a, r2 + j).fma(x0, s2);
                s3 = FloatVector.fromArray(F, a, r3 + j).fma(x0, s3);
            }
            float sum0 = s0.reduceLanes(VectorOperators.ADD);
            float sum1 = s1.reduceLanes(VectorOperators.ADD);
            float sum2 = s2.reduceLanes(VectorOperators.ADD);
            float sum3 = s3.reduceLanes(VectorOperators.ADD);

            // Scalar tail: reads no element of a row past column n, so padding beyond n is never used.
            for (; j < n; j++) {
                float xj = x[xOffset + j];
                sum0 = Math.fma(a[r0 + j], xj, sum0);
                sum1 = Math.fma(a[r1 + j], xj, sum1);
                sum2 = Math.fma(a[r2 + j], xj, sum2);
                sum3 = Math.fma(a[r3 + j], xj, sum3);
            }
            int yi = yOffset + i * incy;
            y[yi] = Math.fma(alpha, sum0, y[yi]);
            y[yi + incy] = Math.fma(alpha, sum1, y[yi + incy]);
            y[yi + 2 * incy] = Math.fma(alpha, sum2, y[yi + 2 * incy]);
            y[yi + 3 * incy] = Math.fma(alpha, sum3, y[yi + 3 * incy]);
        }

        // Up to three rows remain: one dot product each.
        for (; i < m; i++) {
            int yi = yOffset + i * incy;
            y[yi] = Math.fma(alpha, INSTANCE.sdot(n, a, aOffset + i * lda, 1, x, xOffset, 1), y[yi]);
        }
    }

    /** y += alpha · Aᵀ · x, with unit-stride y: row i of A, scaled by alpha·x[i], is added to y. */
    private static void sgemvColumns(int m, int n, float alpha, float[] a, int aOffset, int lda,
                                     float[] x, int xOffset, int incx, float[] y, int yOffset) {
        // Four rows per pass over y, so y is loaded and stored once for every four rows of A.
        int i = 0;
        for (; i <= m - 4; i += 4) {
            int r0 = aOffset + i * lda;
            int r1 = r0 + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            float w0 = alpha * x[xOffset + i * incx];
            float w1 = alpha * x[xOffset + (i + 1) * incx];
            float w2 = alpha * x[xOffset + (i + 2) * incx];
            float w3 = alpha * x[xOffset + (i + 3) * incx];
            FloatVector w0v = FloatVector.broadcast(F, w0);
            FloatVector w1v = FloatVector.broadcast(F, w1);
            FloatVector w2v = FloatVector.broadcast(F, w2);
            FloatVector w3v = FloatVector.broadcast(F, w3);
            int j = 0;
            for (; j <= n - LANES; j += LANES) {
                FloatVector acc = FloatVector.fromArray(F, y, yOffset + j);
                acc = FloatVector.fromArray(F, a, r0 + j).fma(w0v, acc);
                acc = FloatVector.fromArray(F, a, r1 + j).fma(w1v, acc);
                acc = FloatVector.fromArray(F, a, r2 + j).fma(w2v, acc);
                acc = FloatVector.fromArray(F, a, r3 + j).fma(w3v, acc);
                acc.intoArray(y, yOffset + j);
            }
            for (; j < n; j++) {
                float acc = y[yOffset + j];
                acc = Math.fma(a[r0 + j], w0, acc);
                acc = Math.fma(a[r1 + j], w1, acc);
                acc = Math.fma(a[r2 + j], w2, acc);
                acc = Math.fma(a[r3 + j], w3, acc);
                y[yOffset + j] = acc;
            }
        }

        // Up to three rows remain: one axpy each.
        for (; i < m; i++) {
            float w = alpha * x[xOffset + i * incx];
            int row = aOffset + i * lda;
            FloatVector wv = FloatVector.broadcast(F, w);
            int j = 0;
            for (; j <= n - LANES; j += LANES) {
                FloatVector.fromArray(F, a, row + j)
                        .fma(wv, FloatVector.fromArray(F, y, yOffset + j))
                        .intoArray(y, yOffset + j);
            }
            for (; j < n; j++) {
                y[yOffset + j] = Math.fma(a[row + j], w, y[yOffset + j]);
            }
        }
    }

    @Override
    public void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        SimdSgemm.sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    @Override
    public void daxpy(int n, double alpha, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        if (alpha == 0.0) {
            return;
        }
        if (incx != 1 || incy != 1) {
            ScalarBlas.INSTANCE.daxpy(n, alpha, x, xOffset, incx, y, yOffset, incy);
            return;
        }

        // Each element is one independent fused multiply-add, so one vector per step keeps the FMA
        // units busy without extra accumulators. The scalar tail never touches past n.
        DoubleVector alphaV = DoubleVector.broadcast(D, alpha);
        int i = 0;
        for (; i <= n - DLANES; i += DLANES) {
            DoubleVector.fromArray(D, x, xOffset + i)
                    .fma(alphaV, DoubleVector.fromArray(D, y, yOffset + i))
                    .intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
        }
    }

    @Override
    public void dgemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                      double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        BlasChecks.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx, y.length, yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy);
        boolean noTrans = trans == Trans.NO_TRANS;
        if (noTrans ? incx != 1 : incy != 1) {
            ScalarBlas.INSTANCE.dgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
            return;
        }
        ScalarBlas.scale(noTrans ? m : n, beta, y, yOffset, incy);
        if (alpha == 0.0 || (noTrans ? n : m) == 0) {
            return;
        }
        if (noTrans) {
            dgemvRows(m, n, alpha, a, aOffset, lda, x, xOffset, y, yOffset, incy);
        } else {
            dgemvColumns(m, n, alpha, a, aOffset, lda, x, xOffset, incx, y, yOffset);
        }
    }

    /** y[i] += alpha · (row i of A) · x, with unit-stride x. */
    private static void dgemvRows(int m, int n, double alpha, double[] a, int aOffset, int lda,
                                  double[] x, int xOffset, double[] y, int yOffset, int incy) {
        // Four rows at a time share every load of x, with one accumulator per row. In a timing loop on
        // an AVX-512 machine this streamed A about 25% faster than two vectors per step with eight
        // accumulators, because the loop is bound by memory, not by FMA latency. Each row is read once.
        int i = 0;
        for (; i <= m - 4; i += 4) {
            int r0 = aOffset + i * lda;
            int r1 = r0 + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            DoubleVector s0 = DoubleVector.zero(D);
            DoubleVector s1 = DoubleVector.zero(D);
            DoubleVector s2 = DoubleVector.zero(D);
            DoubleVector s3 = DoubleVector.zero(D);
            int j = 0;
            for (; j <= n - DLANES; j += DLANES) {
                DoubleVector x0 = DoubleVector.fromArray(D, x, xOffset + j);
                s0 = DoubleVector.fromArray(D, a, r0 + j).fma(x0, s0);
                s1 = DoubleVector.fromArray(D, a, r1 + j).fma(x0, s1);
                s2 = DoubleVector.fromArray(D, a, r2 + j).fma(x0, s2);
                s3 = DoubleVector.fromArray(D, a, r3 + j).fma(x0, s3);
            }
            double sum0 = s0.reduceLanes(VectorOperators.ADD);
            double sum1 = s1.reduceLanes(VectorOperators.ADD);
            double sum2 = s2.reduceLanes(VectorOperators.ADD);
            double sum3 = s3.reduceLanes(VectorOperators.ADD);

            // Scalar tail: reads no element of a row past column n, so padding beyond n is never used.
            for (; j < n; j++) {
                double xj = x[xOffset + j];
                sum0 = Math.fma(a[r0 + j], xj, sum0);
                sum1 = Math.fma(a[r1 + j], xj, sum1);
                sum2 = Math.fma(a[r2 + j], xj, sum2);
                sum3 = Math.fma(a[r3 + j], xj, sum3);
            }
            int yi = yOffset + i * incy;
            y[yi] = Math.fma(alpha, sum0, y[yi]);
            y[yi + incy] = Math.fma(alpha, sum1, y[yi + incy]);
            y[yi + 2 * incy] = Math.fma(alpha, sum2, y[yi + 2 * incy]);
            y[yi + 3 * incy] = Math.fma(alpha, sum3, y[yi + 3 * incy]);
        }

        // Up to three rows remain: one dot product each.
        for (; i < m; i++) {
            int yi = yOffset + i * incy;
            y[yi] = Math.fma(alpha, INSTANCE.ddot(n, a, aOffset + i * lda, 1, x, xOffset, 1), y[yi]);
        }
    }

    /** y += alpha · Aᵀ · x, with unit-stride y: row i of A, scaled by alpha·x[i], is added to y. */
    private static void dgemvColumns(int m, int n, double alpha, double[] a, int aOffset, int lda,
                                     double[] x, int xOffset, int incx, double[] y, int yOffset) {
        // Four rows per pass over y, so y is loaded and stored once for every four rows of A.
        int i = 0;
        for (; i <= m - 4; i += 4) {
            int r0 = aOffset + i * lda;
            int r1 = r0 + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            double w0 = alpha * x[xOffset + i * incx];
            double w1 = alpha * x[xOffset + (i + 1) * incx];
            double w2 = alpha * x[xOffset + (i + 2) * incx];
            double w3 = alpha * x[xOffset + (i + 3) * incx];
            DoubleVector w0v = DoubleVector.broadcast(D, w0);
            DoubleVector w1v = DoubleVector.broadcast(D, w1);
            DoubleVector w2v = DoubleVector.broadcast(D, w2);
            DoubleVector w3v = DoubleVector.broadcast(D, w3);
            int j = 0;
            for (; j <= n - DLANES; j += DLANES) {
                DoubleVector acc = DoubleVector.fromArray(D, y, yOffset + j);
                acc = DoubleVector.fromArray(D, a, r0 + j).fma(w0v, acc);
                acc = DoubleVector.fromArray(D, a, r1 + j).fma(w1v, acc);
                acc = DoubleVector.fromArray(D, a, r2 + j).fma(w2v, acc);
                acc = DoubleVector.fromArray(D, a, r3 + j).fma(w3v, acc);
                acc.intoArray(y, yOffset + j);
            }
            for (; j < n; j++) {
                double acc = y[yOffset + j];
                acc = Math.fma(a[r0 + j], w0, acc);
                acc = Math.fma(a[r1 + j], w1, acc);
                acc = Math.fma(a[r2 + j], w2, acc);
                acc = Math.fma(a[r3 + j], w3, acc);
                y[yOffset + j] = acc;
            }
        }

        // Up to three rows remain: one axpy each.
        for (; i < m; i++) {
            double w = alpha * x[xOffset + i * incx];
            int row = aOffset + i * lda;
            DoubleVector wv = DoubleVector.broadcast(D, w);
            int j = 0;
            for (; j <= n - DLANES; j += DLANES) {
                DoubleVector.fromArray(D, a, row + j)
                        .fma(wv, DoubleVector.fromArray(D, y, yOffset + j))
                        .intoArray(y, yOffset + j);
            }
            for (; j < n; j++) {
                y[yOffset + j] = Math.fma(a[row + j], w, y[yOffset + j]);
            }
        }
    }

    @Override
    public void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
                      double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        SimdDgemm.dgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }
}
