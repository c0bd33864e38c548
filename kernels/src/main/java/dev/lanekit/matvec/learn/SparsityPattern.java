package dev.lanekit.matvec.learn;

import dev.lanekit.internal.Checks;
import dev.lanekit.matvec.CsrOperator;
import java.util.Arrays;

/**
 * The positions S where a matrix may be nonzero, stored by rows: row i may be nonzero in columns
 * {@code columns[rowPointers[i] .. rowPointers[i + 1])}, sorted ascending and without repeats.
 * Immutable.
 */
public final class SparsityPattern {

    private final int rows;
    private final int cols;
    private final int[] rowPointers;
    private final int[] columns;

    private SparsityPattern(int rows, int cols, int[] rowPointers, int[] columns) {
        this.rows = rows;
        this.cols = cols;
        this.rowPointers = rowPointers;
        this.columns = columns;
    }

    /**
     * {@return the band {@code −kl ≤ j − i ≤ ku} of an {@code m × n} matrix}
     *
     * @param m the number of rows of A
     * @param n the number of columns of A
     * @param kl the number of subdiagonals
     * @param ku the number of superdiagonals
     */
    public static SparsityPattern banded(int m, int n, int kl, int ku) {
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        Checks.nonNegative("kl", kl);
        Checks.nonNegative("ku", ku);
        int[][] perRow = new int[m][];
        for (int i = 0; i < m; i++) {
            int first = Math.max(0, i - kl);
            int last = (int) Math.min(n - 1L, (long) i + ku);
            perRow[i] = new int[Math.max(0, last - first + 1)];
            for (int j = first; j <= last; j++) {
                perRow[i][j - first] = j;
            }
        }
        return ofRows(m, n, perRow);
    }

    /**
     * {@return the pattern whose row i contains the columns {@code perRow[i]} (sorted and deduplicated here)}
     *
     * @param m the number of rows of A
     * @param n the number of columns of A
     * @param perRow the column indices of each row
     */
    public static SparsityPattern ofRows(int m, int n, int[][] perRow) {
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        Checks.sameLength("perRow", perRow.length, "m", m);
        int[] rowPointers = new int[m + 1];
        int[][] cleaned = new int[m][];
        for (int i = 0; i < m; i++) {
            cleaned[i] = Arrays.stream(perRow[i]).sorted().distinct().toArray();
            for (int j : cleaned[i]) {
                if (j < 0 || j >= n) {
                    throw new IndexOutOfBoundsException("column " + j + " in row " + i + " is outside 0.." + (n - 1));
                }
            }
            rowPointers[i + 1] = Math.addExact(rowPointers[i], cleaned[i].length);
        }
        int[] columns = new int[rowPointers[m]];
        for (int i = 0; i < m; i++) {
            System.arraycopy(cleaned[i], 0, columns, rowPointers[i], cleaned[i].length);
        }
        return new SparsityPattern(m, n, rowPointers, columns);
    }

    /**
     * {@return the positions of the stored entries of {@code csr}, zeros included}
     *
     * @param csr the matrix whose stored positions form the pattern
     */
    public static SparsityPattern of(CsrOperator csr) {
        int[][] perRow = new int[csr.rows()][];
        int[] pointers = csr.rowPointers();
        for (int i = 0; i < csr.rows(); i++) {
            perRow[i] = Arrays.copyOfRange(csr.columns(), pointers[i], pointers[i + 1]);
        }
        return ofRows(csr.rows(), csr.cols(), perRow);
    }

    /** {@return the number of rows m} */
    public int rows() {
        return rows;
    }

    /** {@return the number of columns n} */
    public int cols() {
        return cols;
    }

    /** {@return the number of positions in the pattern} */
    public int size() {
        return rowPointers[rows];
    }

    /**
     * {@return the number of positions s_i of row i}
     *
     * @param i the row index
     */
    public int rowSize(int i) {
        return rowPointers[i + 1] - rowPointers[i];
    }

    /** {@return the largest row size s = max_i s_i (0 for a matrix without rows)} */
    public int maxRowSize() {
        int max = 0;
        for (int i = 0; i < rows; i++) {
            max = Math.max(max, rowSize(i));
        }
        return max;
    }

    /**
     * {@return the columns of row i (a copy)}
     *
     * @param i the row index
     */
    public int[] rowColumns(int i) {
        return Arrays.copyOfRange(columns, rowPointers[i], rowPointers[i + 1]);
    }

    /**
     * {@return whether (i, j) is in the pattern}
     *
     * @param i the row index
     * @param j the column index
     */
    public boolean contains(int i, int j) {
        return Arrays.binarySearch(columns, rowPointers[i], rowPointers[i + 1], j) >= 0;
    }

    /** {@return the row pointers (a copy)} */
    public int[] rowPointers() {
        return rowPointers.clone();
    }

    /** {@return the column indices of all rows (a copy)} */
    public int[] columns() {
        return columns.clone();
    }

    int[] rowPointersView() {
        return rowPointers;
    }

    int[] columnsView() {
        return columns;
    }
}
