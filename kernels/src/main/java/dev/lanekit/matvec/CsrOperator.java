package dev.lanekit.matvec;

import dev.lanekit.internal.Checks;
import java.util.Arrays;

/**
 * An {@code m × n} sparse matrix in compressed sparse row form. Rows may be empty, the trailing ones
 * included ({@code rowPointers[i] == rowPointers[i + 1]}); an all-empty matrix has
 * {@code rowPointers} all zero. Products cost nnz fused multiply-adds.
 *
 * <p>Duplicate entries: {@link #fromCoordinates} sums every entry given for the same (i, j), the
 * Matrix Market and SciPy convention, and stores one entry per position. The constructor takes CSR
 * arrays as they are. A duplicate column inside one row then contributes to the products once per
 * copy, which again amounts to the sum.
 */
public final class CsrOperator implements LinearOperator {

    private final int m;
    private final int n;
    private final int[] rowPointers;
    private final int[] columns;
    private final float[] values;

    /**
     * Wraps CSR arrays after checking them in O(m + nnz): {@code rowPointers} has m + 1 non-decreasing
     * entries starting at 0, and every column index is inside {@code 0 .. n−1}. The arrays are not copied.
     *
     * @param m number of rows
     * @param n number of columns
     * @param rowPointers {@code m + 1} non-decreasing offsets into {@code columns} and {@code values}, starting at
     *        0
     * @param columns the column index of each entry
     * @param values the entries, row by row
     * @throws IllegalArgumentException when m or n is negative, or the row pointers have the wrong length,
     *     decrease, or do not fit {@code columns} and {@code values}
     * @throws IndexOutOfBoundsException when a column index is outside {@code 0 .. n−1}
     */
    public CsrOperator(int m, int n, int[] rowPointers, int[] columns, float[] values) {
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        MatvecChecks.csrStructure(m, n, rowPointers, columns, values);
        this.m = m;
        this.n = n;
        this.rowPointers = rowPointers;
        this.columns = columns;
        this.values = values;
    }

    /**
     * Builds a CSR matrix from coordinate triplets in any order, summing duplicates. Columns inside a
     * row come out sorted. Summation of duplicates is in float, in the order given.
     *
     * @param m number of rows
     * @param n number of columns
     * @param rowIndices the row of each entry
     * @param columnIndices the column of each entry
     * @param entries the value of each entry
     * @return the CSR matrix
     */
    public static CsrOperator fromCoordinates(int m, int n, int[] rowIndices, int[] columnIndices, float[] entries) {
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        Checks.sameLength("rowIndices", rowIndices.length, "columnIndices", columnIndices.length);
        Checks.sameLength("rowIndices", rowIndices.length, "entries", entries.length);
        int count = rowIndices.length;
        for (int k = 0; k < count; k++) {
            if (rowIndices[k] < 0 || rowIndices[k] >= m) {
                throw new IndexOutOfBoundsException("rowIndices[" + k + "] = " + rowIndices[k] + " is outside 0.." + (m - 1));
            }
            if (columnIndices[k] < 0 || columnIndices[k] >= n) {
                throw new IndexOutOfBoundsException("columnIndices[" + k + "] = " + columnIndices[k]
                        + " is outside 0.." + (n - 1));
            }
        }

        // Counting sort by row keeps the input order within a row, so duplicates add in the order given.
        int[] rowStart = new int[m + 1];
        for (int k = 0; k < count; k++) {
            rowStart[rowIndices[k] + 1]++;
        }
        for (int i = 0; i < m; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] next = Arrays.copyOf(rowStart, m);
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[next[rowIndices[k]]++] = k;
        }

        // Per row: sort by column (stable), then merge equal columns by summing.
        int[] rowPointers = new int[m + 1];
        int[] columns = new int[count];
        float[] values = new float[count];
        int nnz = 0;
        for (int i = 0; i < m; i++) {
            Integer[] row = new Integer[rowStart[i + 1] - rowStart[i]];
            for (int p = 0; p < row.length; p++) {
                row[p] = order[rowStart[i] + p];
            }
            Arrays.sort(row, (p, q) -> Integer.compare(columnIndices[p], columnIndices[q]));
            for (int p = 0; p < row.length; p++) {
                int k = row[p];
                if (nnz > rowPointers[i] && columns[nnz - 1] == columnIndices[k]) {
                    values[nnz - 1] += entries[k];
                } else {
                    columns[nnz] = columnIndices[k];
                    values[nnz] = entries[k];
                    nnz++;
                }
            }
            rowPointers[i + 1] = nnz;
        }
        return new CsrOperator(m, n, rowPointers, Arrays.copyOf(columns, nnz), Arrays.copyOf(values, nnz));
    }

    /**
     * Builds a CSR matrix from the nonzero entries of a dense row-major {@code m × n} array.
     *
     * @param m number of rows
     * @param n number of columns
     * @param a the dense row-major {@code m × n} array
     * @return the CSR matrix
     */
    public static CsrOperator fromDense(int m, int n, float[] a) {
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        Checks.elementCount("a", a.length, "m·n", (long) m * n);
        int[] rowPointers = new int[m + 1];
        int nnz = 0;
        for (float value : a) {
            if (value != 0f) {
                nnz++;
            }
        }
        int[] columns = new int[nnz];
        float[] values = new float[nnz];
        int k = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float value = a[i * n + j];
                if (value != 0f) {
                    columns[k] = j;
                    values[k] = value;
                    k++;
                }
            }
            rowPointers[i + 1] = k;
        }
        return new CsrOperator(m, n, rowPointers, columns, values);
    }

    @Override
    public int rows() {
        return m;
    }

    @Override
    public int cols() {
        return n;
    }

    /** {@return the number of stored entries} */
    public int nonZeros() {
        return rowPointers[m];
    }

    /** {@return the row pointers (not a copy)} */
    public int[] rowPointers() {
        return rowPointers;
    }

    /** {@return the column indices (not a copy)} */
    public int[] columns() {
        return columns;
    }

    /** {@return the stored values (not a copy)} */
    public float[] values() {
        return values;
    }

    @Override
    public void apply(float[] x, float[] y) {
        Matvec.kernels().csrmv(m, n, rowPointers, columns, values, x, y);
    }

    @Override
    public void applyTranspose(float[] x, float[] y) {
        Matvec.kernels().csrmvTranspose(m, n, rowPointers, columns, values, x, y);
    }
}
