package dev.lanekit.proofs.blas;

import dev.lanekit.blas.Trans;

/**
 * Reference BLAS in double, with the magnitude sums that the error bounds need. Every routine applies
 * lanekit's rules for special scalars: {@code beta = 0} ignores the old output and {@code alpha = 0}
 * ignores the products, so NaN there does not reach the reference either.
 */
final class BlasReference {

    private BlasReference() {}

    /** A reference result: {@code value[i]} and {@code magnitude[i]}, the sum of the absolute terms. */
    record Result(double[] value, double[] magnitude) {}

    /** Returns {@code alpha·op(A)·op(B) + beta·C} as a dense m×n row-major result. */
    static Result gemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset,
                       int lda, double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        double[] value = new double[m * n];
        double[] magnitude = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double abs = 0;
                if (alpha != 0) {
                    for (int p = 0; p < k; p++) {
                        double ap = transA == Trans.NO_TRANS ? a[aOffset + i * lda + p] : a[aOffset + p * lda + i];
                        double bp = transB == Trans.NO_TRANS ? b[bOffset + p * ldb + j] : b[bOffset + j * ldb + p];
                        sum += ap * bp;
                        abs += Math.abs(ap * bp);
                    }
                }
                double old = beta == 0 ? 0 : beta * c[cOffset + i * ldc + j];
                value[i * n + j] = alpha * sum + old;
                magnitude[i * n + j] = Math.abs(alpha) * abs + Math.abs(old);
            }
        }
        return new Result(value, magnitude);
    }

    /** Returns {@code alpha·op(A)·x + beta·y} for the m×n row-major A, as a dense vector. */
    static Result gemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                       double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        int outputs = trans == Trans.NO_TRANS ? m : n;
        int inputs = trans == Trans.NO_TRANS ? n : m;
        double[] value = new double[outputs];
        double[] magnitude = new double[outputs];
        for (int i = 0; i < outputs; i++) {
            double sum = 0;
            double abs = 0;
            if (alpha != 0) {
                for (int j = 0; j < inputs; j++) {
                    double aij = trans == Trans.NO_TRANS ? a[aOffset + i * lda + j] : a[aOffset + j * lda + i];
                    double term = aij * x[xOffset + j * incx];
                    sum += term;
                    abs += Math.abs(term);
                }
            }
            double old = beta == 0 ? 0 : beta * y[yOffset + i * incy];
            value[i] = alpha * sum + old;
            magnitude[i] = Math.abs(alpha) * abs + Math.abs(old);
        }
        return new Result(value, magnitude);
    }

    /**
     * Returns the bound γ_terms·magnitude with γ_t = t·u/(1 − t·u), plus a floor of {@code terms}
     * smallest subnormals for products that underflow, where u is the unit roundoff of the type.
     */
    static double bound(int terms, double magnitude, boolean isDouble) {
        double u = isDouble ? 0x1p-53 : 0x1p-24;
        double gamma = terms * u / (1 - terms * u);
        // A double result is compared with a double reference that carries the same kind of error.
        double factor = isDouble ? 2 : 1;
        double floor = terms * (isDouble ? Double.MIN_VALUE : Float.MIN_VALUE);
        return factor * gamma * magnitude + floor;
    }
}
