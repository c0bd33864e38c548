package dev.lanekit.matvec;

import dev.lanekit.internal.Checks;

/**
 * A dense row-major {@code m × n} matrix, {@code A[i][j] = a[i·lda + j]}. Products cost m·n fused
 * multiply-adds through {@link MatvecKernels#gemv} and {@link MatvecKernels#gemvTranspose}.
 * The array is used as given, not copied.
 */
public final class DenseOperator implements LinearOperator {

    private final int m;
    private final int n;
    private final float[] a;
    private final int lda;

    /**
     * Wraps a row-major array with leading dimension {@code lda ≥ max(1, n)}.
     *
     * @param m number of rows
     * @param n number of columns
     * @param a the row-major matrix
     * @param lda row stride of {@code a}, at least {@code max(1, n)}
     */
    public DenseOperator(int m, int n, float[] a, int lda) {
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        MatvecChecks.dense(m, n, a, lda);
        this.m = m;
        this.n = n;
        this.a = a;
        this.lda = lda;
    }

    /**
     * Wraps a packed row-major array of length {@code m·n}.
     *
     * @param m number of rows
     * @param n number of columns
     * @param a the row-major matrix
     * @return the operator, which reads {@code a} without copying it
     */
    public static DenseOperator of(int m, int n, float[] a) {
        if (a.length != (long) m * n) {
            throw new IllegalArgumentException("a.length = " + a.length + " but m·n = " + (long) m * n);
        }
        return new DenseOperator(m, n, a, Math.max(1, n));
    }

    /**
     * Builds the operator from rows given as arrays of equal length.
     *
     * @param rows the rows, all of one length
     * @return the operator
     */
    public static DenseOperator ofRows(float[][] rows) {
        int m = rows.length;
        int n = m == 0 ? 0 : rows[0].length;
        float[] a = new float[Checks.arrayLength("rows.length·rows[0].length", (long) m * n)];
        for (int i = 0; i < m; i++) {
            Checks.sameLength("rows[0]", n, "rows[" + i + "]", rows[i].length);
            System.arraycopy(rows[i], 0, a, i * n, n);
        }
        return of(m, n, a);
    }

    @Override
    public int rows() {
        return m;
    }

    @Override
    public int cols() {
        return n;
    }

    /** {@return the backing array (not a copy)} */
    public float[] array() {
        return a;
    }

    /** {@return the leading dimension} */
    public int lda() {
        return lda;
    }

    @Override
    public void apply(float[] x, float[] y) {
        Matvec.kernels().gemv(m, n, a, lda, x, y);
    }

    @Override
    public void applyTranspose(float[] x, float[] y) {
        Matvec.kernels().gemvTranspose(m, n, a, lda, x, y);
    }
}
