package dev.lanekit.matvec;

import dev.lanekit.vector.Vectors;

/**
 * An {@code m × n} Toeplitz matrix, constant along each diagonal: {@code A[i][j] = column[i − j]} for
 * {@code i ≥ j} and {@code row[j − i]} for {@code j ≥ i}, with {@code column[0] == row[0]}.
 *
 * <p>Both products are m·n fused multiply-adds, one {@link Vectors#dot} per output, because every row
 * and every column of A is a contiguous slice of one stored vector. Allocates nothing per call.
 * NOTE: a product through the FFT would cost O((m + n)·log(m + n)); this direct form is the reference.
 */
public final class ToeplitzOperator implements LinearOperator {

    private final int m;
    private final int n;
    /** {@code byOffset[n − 1 + i − j] = A[i][j]}: column j of A is {@code byOffset[n − 1 − j ..]}. */
    private final float[] byOffset;
    /** {@code reversed[m − 1 − i + j] = A[i][j]}: row i of A is {@code reversed[m − 1 − i ..]}. */
    private final float[] reversed;

    /**
     * Builds the matrix from its first column (length m) and first row (length n), which must agree in
     * their first element, bit for bit.
     *
     * @param column the first column, of length m
     * @param row the first row, of length n
     */
    public ToeplitzOperator(float[] column, float[] row) {
        this.m = column.length;
        this.n = row.length;
        if (m == 0 || n == 0) {
            throw new IllegalArgumentException("column.length = " + m + " and row.length = " + n + " must both be >= 1");
        }
        if (Float.floatToRawIntBits(column[0]) != Float.floatToRawIntBits(row[0])) {
            throw new IllegalArgumentException("column[0] = " + column[0] + " and row[0] = " + row[0]
                    + " must be the same number, the diagonal entry A[0][0]");
        }
        int length = m + n - 1;
        byOffset = new float[length];
        for (int i = 0; i < m; i++) {
            byOffset[n - 1 + i] = column[i];
        }
        for (int j = 0; j < n; j++) {
            byOffset[n - 1 - j] = row[j];
        }
        reversed = new float[length];
        for (int k = 0; k < length; k++) {
            reversed[k] = byOffset[length - 1 - k];
        }
    }

    @Override
    public int rows() {
        return m;
    }

    @Override
    public int cols() {
        return n;
    }

    /** {@return the first column of A (a copy)} */
    public float[] firstColumn() {
        return java.util.Arrays.copyOfRange(byOffset, n - 1, n - 1 + m);
    }

    /** {@return the first row of A (a copy)} */
    public float[] firstRow() {
        float[] row = new float[n];
        for (int j = 0; j < n; j++) {
            row[j] = byOffset[n - 1 - j];
        }
        return row;
    }

    @Override
    public void apply(float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, false);
        for (int i = 0; i < m; i++) {
            y[i] = Vectors.dot(reversed, m - 1 - i, x, 0, n);
        }
    }

    @Override
    public void applyTranspose(float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, true);
        for (int j = 0; j < n; j++) {
            y[j] = Vectors.dot(byOffset, n - 1 - j, x, 0, m);
        }
    }
}
