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

    /** Returns the band {@code −kl ≤ j − i ≤ ku} of an {@code m × n} matrix. */
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

    /** Returns the pattern whose row i contains the columns {@code perRow[i]} (sorted and deduplicated here). */
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

    /** Returns the positions of the stored entries of {@code csr}, zeros included. */
    public static SparsityPattern of(CsrOperator csr) {
        int[][] perRow = new int[csr.rows()][];
        int[] pointers = csr.rowPointers();
        for (int i = 0; i < csr.rows(); i++) {
            perRow[i] = Arrays.copyOfRange(csr.columns(), pointers[i], pointers[i + 1]);
        }
        return ofRows(csr.rows(), csr.cols(), perRow);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Returns the number of positions in the pattern. */
    public int size() {
        return rowPointers[rows];
    }

    /** Returns the number of positions s_i of row i. */
    public int rowSize(int i) {
        return rowPointers[i + 1] - rowPointers[i];
    }

    /** Returns the largest row size s = max_i s_i (0 for a matrix without rows). */
    public int maxRowSize() {
        int max = 0;
        for (int i = 0; i < rows; i++) {
            max = Math.max(max, rowSize(i));
        }
        return max;
    }

    /** Returns the columns of row i (a copy). */
    public int[] rowColumns(int i) {
        return Arrays.copyOfRange(columns, rowPointers[i], rowPointers[i + 1]);
    }

    /** Returns whether (i, j) is in the pattern. */
    public boolean contains(int i, int j) {
        return Arrays.binarySearch(columns, rowPointers[i], rowPointers[i + 1], j) >= 0;
    }

    /** Returns the row pointers (a copy). */
    public int[] rowPointers() {
        return rowPointers.clone();
    }

    /** Returns the column indices of all rows (a copy). */
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
