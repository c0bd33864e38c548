package dev.lanekit.blas;

import java.util.Objects;

/**
 * Argument validation shared by every {@link BlasKernels} implementation, including the native binding
 * in another module, so that each one rejects exactly the same inputs before it reads anything or makes
 * a downcall. Lengths are in elements and taken as {@code long}, so that off-heap segments fit too; all
 * index arithmetic is done in {@code long}.
 */
public final class BlasChecks {

    private BlasChecks() {}

    /**
     * Checks a vector of {@code n} elements read from {@code offset} with increment {@code inc}.
     *
     * @throws IllegalArgumentException when {@code n < 0} or {@code inc < 1}
     * @throws IndexOutOfBoundsException when an element lies outside {@code [0, length)}
     */
    public static void vector(String name, long length, long offset, long n, long inc) {
        if (n < 0) {
            throw new IllegalArgumentException("n = " + n + " is negative; it must be >= 0");
        }
        if (inc < 1 || inc > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("inc" + name + " = " + inc
                    + " is invalid; lanekit supports increments from 1 to " + Integer.MAX_VALUE + " only");
        }
        // An empty vector reads nothing, so its offset only has to be non-negative.
        if (offset < 0 || (n > 0 && offset >= length)) {
            throw new IndexOutOfBoundsException(name + "Offset = " + offset + " lies outside " + name
                    + " of " + length + " elements");
        }
        if (n > 0) {
            long last = offset + (n - 1) * inc;
            if (n - 1 > (Long.MAX_VALUE - offset) / inc || last >= length) {
                throw new IndexOutOfBoundsException(name + " needs element " + name + "Offset + (n - 1)·inc"
                        + name + " = " + offset + " + " + (n - 1) + "·" + inc + ", past its " + length
                        + " elements");
            }
        }
    }

    /**
     * Checks a row-major matrix of {@code rows × cols} elements stored from {@code offset} with leading
     * dimension {@code ld}: {@code ld >= max(1, cols)} even when {@code rows = 0}, as the CBLAS row-major
     * rule states, and the last element {@code offset + (rows - 1)·ld + cols - 1} lies inside the array.
     *
     * @throws IllegalArgumentException when {@code ld} is too small
     * @throws IndexOutOfBoundsException when an element lies outside {@code [0, length)}
     */
    public static void matrix(String name, long length, long offset, long rows, long cols, long ld) {
        String ldName = "ld" + name.toLowerCase(java.util.Locale.ROOT);
        if (ld < Math.max(1, cols) || ld > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(ldName + " = " + ld + " is invalid for " + name + " with " + cols
                    + " stored columns; it must be >= max(1, " + cols + ") and <= " + Integer.MAX_VALUE);
        }
        // An empty matrix reads nothing, so its offset only has to be non-negative.
        if (offset < 0 || (rows > 0 && cols > 0 && offset >= length)) {
            throw new IndexOutOfBoundsException(name.toLowerCase(java.util.Locale.ROOT) + "Offset = " + offset
                    + " lies outside " + name + " of " + length + " elements");
        }
        if (rows > 0 && cols > 0) {
            long last = offset + (rows - 1) * ld + cols - 1;
            if (rows - 1 > (Long.MAX_VALUE - offset - cols) / ld || last >= length) {
                throw new IndexOutOfBoundsException(name + " (" + rows + "×" + cols + ", " + ldName + " = " + ld
                        + ", offset " + offset + ") needs element " + (offset + (rows - 1) * ld + cols - 1)
                        + ", past its " + length + " elements");
            }
        }
    }

    /** Checks the dimensions and vectors of a dot, axpy or nrm2 call ({@code yLength < 0} when there is no y). */
    public static void level1(long n, long xLength, long xOffset, long incx, long yLength, long yOffset, long incy) {
        dimension("n", n);
        vector("x", xLength, xOffset, n, incx);
        if (yLength >= 0) {
            vector("y", yLength, yOffset, n, incy);
        }
    }

    /** Checks every argument of a gemv call; see {@link BlasKernels#sgemv}. */
    public static void gemv(Trans trans, long m, long n, long aLength, long aOffset, long lda,
                            long xLength, long xOffset, long incx, long yLength, long yOffset, long incy) {
        Objects.requireNonNull(trans, "trans");
        dimension("m", m);
        dimension("n", n);
        matrix("A", aLength, aOffset, m, n, lda);
        boolean noTrans = trans == Trans.NO_TRANS;
        vector("x", xLength, xOffset, noTrans ? n : m, incx);
        vector("y", yLength, yOffset, noTrans ? m : n, incy);
    }

    /** Checks every argument of a gemm call; see {@link BlasKernels#sgemm}. */
    public static void gemm(Trans transA, Trans transB, long m, long n, long k,
                            long aLength, long aOffset, long lda, long bLength, long bOffset, long ldb,
                            long cLength, long cOffset, long ldc) {
        Objects.requireNonNull(transA, "transA");
        Objects.requireNonNull(transB, "transB");
        dimension("m", m);
        dimension("n", n);
        dimension("k", k);
        if (transA == Trans.NO_TRANS) {
            matrix("A", aLength, aOffset, m, k, lda);
        } else {
            matrix("A", aLength, aOffset, k, m, lda);
        }
        if (transB == Trans.NO_TRANS) {
            matrix("B", bLength, bOffset, k, n, ldb);
        } else {
            matrix("B", bLength, bOffset, n, k, ldb);
        }
        matrix("C", cLength, cOffset, m, n, ldc);
    }

    /**
     * Rejects a dimension that is negative or does not fit a C {@code int}, the type of every CBLAS
     * dimension in the LP64 interface.
     */
    public static void dimension(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " = " + value + " is negative; it must be >= 0");
        }
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " = " + value + " is too large; it must be <= "
                    + Integer.MAX_VALUE);
        }
    }
}
