package dev.lanekit.matvec;

import dev.lanekit.internal.Checks;

/** Argument checks of the matvec kernels, shared by the scalar and SIMD implementations. */
final class MatvecChecks {

    private MatvecChecks() {}

    /** Checks the operand lengths of a product with an {@code m × n} matrix. */
    static void vectors(int m, int n, float[] x, float[] y, boolean transpose) {
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        int xLength = transpose ? m : n;
        int yLength = transpose ? n : m;
        if (x.length < xLength) {
            throw new IllegalArgumentException("x.length = " + x.length + " but " + (transpose ? "Aᵀ·x" : "A·x")
                    + " needs at least " + xLength);
        }
        if (y.length < yLength) {
            throw new IllegalArgumentException("y.length = " + y.length + " but " + (transpose ? "Aᵀ·x" : "A·x")
                    + " needs at least " + yLength);
        }
        // Row i of the product reads all of x after rows before it were written, so y over x gives wrong rows.
        if (x == y && xLength > 0 && yLength > 0) {
            throw new IllegalArgumentException("x and y are the same array; " + (transpose ? "Aᵀ·x" : "A·x")
                    + " reads x while it writes y, so pass a separate output array");
        }
    }

    static void dense(int m, int n, float[] a, int lda) {
        if (lda < Math.max(1, n)) {
            throw new IllegalArgumentException("lda = " + lda + " must be >= max(1, n) = " + Math.max(1, n));
        }
        long needed = m == 0 || n == 0 ? 0 : (long) (m - 1) * lda + n;
        if (a.length < needed) {
            throw new IllegalArgumentException("a.length = " + a.length + " but an " + m + " × " + n
                    + " matrix with lda = " + lda + " needs " + needed);
        }
    }

    static void band(int m, int n, int kl, int ku, float[] diagonals) {
        Checks.nonNegative("kl", kl);
        Checks.nonNegative("ku", ku);
        long needed = (long) (kl + ku + 1) * m;
        if (diagonals.length < needed) {
            throw new IllegalArgumentException("diagonals.length = " + diagonals.length + " but m = " + m
                    + ", kl = " + kl + ", ku = " + ku + " need (kl + ku + 1)·m = " + needed);
        }
    }

    /**
     * Checks the CSR array lengths in O(1). Column indices are not scanned per call: an index outside
     * the array raises {@link IndexOutOfBoundsException} from the access itself, and
     * {@link #csrStructure} checks them once when an operator is built.
     */
    static void csr(int m, int[] rowPointers, int[] columns, float[] values) {
        if (rowPointers.length != m + 1) {
            throw new IllegalArgumentException("rowPointers.length = " + rowPointers.length + " but m = " + m
                    + " needs m + 1 = " + (m + 1));
        }
        int nnz = rowPointers[m];
        if (rowPointers[0] != 0 || nnz < 0 || columns.length < nnz || values.length < nnz) {
            throw new IllegalArgumentException("rowPointers[0] = " + rowPointers[0] + " and rowPointers[m] = " + nnz
                    + " do not fit columns.length = " + columns.length + " and values.length = " + values.length);
        }
    }

    /** Checks the CSR arrays in O(m + nnz): monotone row pointers and column indices inside {@code 0 .. n−1}. */
    static void csrStructure(int m, int n, int[] rowPointers, int[] columns, float[] values) {
        csr(m, rowPointers, columns, values);
        for (int i = 0; i < m; i++) {
            if (rowPointers[i + 1] < rowPointers[i]) {
                throw new IllegalArgumentException("rowPointers[" + (i + 1) + "] = " + rowPointers[i + 1]
                        + " is below rowPointers[" + i + "] = " + rowPointers[i] + "; row pointers must not decrease");
            }
        }
        int nnz = rowPointers[m];
        for (int k = 0; k < nnz; k++) {
            if (columns[k] < 0 || columns[k] >= n) {
                throw new IndexOutOfBoundsException("columns[" + k + "] = " + columns[k] + " is outside 0.." + (n - 1));
            }
        }
    }
}
