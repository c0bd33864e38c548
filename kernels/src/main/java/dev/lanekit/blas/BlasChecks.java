package dev.lanekit.blas;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Argument validation shared by every {@link BlasKernels} implementation, including the native binding
 * in another module, so that each one rejects exactly the same inputs before it reads anything or makes
 * a downcall. Lengths are in elements and taken as {@code long}, so that off-heap segments fit too; all
 * index arithmetic is done in {@code long}.
 */
public final class BlasChecks {

    /** Marker for off-heap memory, one address space, in place of a heap array in the aliasing checks. */
    private static final Object NATIVE_MEMORY = new Object();

    private BlasChecks() {}

    /**
     * Rejects a gemm call whose C is the same array as A or B with overlapping element ranges, because
     * every implementation writes C while it still reads A and B. Call it after {@link #gemm}.
     *
     * @param transA whether op(A) is A or Aᵀ
     * @param transB whether op(B) is B or Bᵀ
     * @param m number of rows of C
     * @param n number of columns of C
     * @param k the inner dimension: columns of op(A) and rows of op(B)
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A
     * @param b the matrix B, row-major
     * @param bOffset index of element (0, 0) of B
     * @param ldb leading dimension (row stride) of B
     * @param c the matrix C, row-major
     * @param cOffset index of element (0, 0) of C
     * @param ldc leading dimension (row stride) of C, at least {@code max(1, n)}
     * @throws IllegalArgumentException when the ranges of C and A, or of C and B, in one array overlap
     */
    public static void gemmAliasing(Trans transA, Trans transB, long m, long n, long k,
                                    Object a, long aOffset, long lda, Object b, long bOffset, long ldb,
                                    Object c, long cOffset, long ldc) {
        gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc, 1);
    }

    /**
     * As {@link #gemmAliasing(Trans, Trans, long, long, long, Object, long, long, Object, long, long, Object,
     * long, long)} for segments: two segments alias when they view one array, or both are off-heap, and
     * their byte ranges overlap.
     *
     * @param transA whether op(A) is A or Aᵀ
     * @param transB whether op(B) is B or Bᵀ
     * @param m number of rows of C
     * @param n number of columns of C
     * @param k the inner dimension: columns of op(A) and rows of op(B)
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A
     * @param b the matrix B, row-major
     * @param bOffset index of element (0, 0) of B
     * @param ldb leading dimension (row stride) of B
     * @param c the matrix C, row-major
     * @param cOffset index of element (0, 0) of C
     * @param ldc leading dimension (row stride) of C, at least {@code max(1, n)}
     * @param elementBytes the size of one element in bytes (4 or 8)
     */
    public static void gemmAliasing(Trans transA, Trans transB, long m, long n, long k,
                                    MemorySegment a, long aOffset, long lda, MemorySegment b, long bOffset, long ldb,
                                    MemorySegment c, long cOffset, long ldc, long elementBytes) {
        gemmAliasing(transA, transB, m, n, k, memory(a), start(a, aOffset, elementBytes), lda,
                memory(b), start(b, bOffset, elementBytes), ldb, memory(c), start(c, cOffset, elementBytes), ldc,
                elementBytes);
    }

    /** Checks ranges that start at the given positions and span extents in elements of {@code unit} positions. */
    private static void gemmAliasing(Trans transA, Trans transB, long m, long n, long k,
                                     Object a, long aStart, long lda, Object b, long bStart, long ldb,
                                     Object c, long cStart, long ldc, long unit) {
        if (c != a && c != b) {
            return;
        }
        long cEnd = cStart + unit * matrixExtent(m, n, ldc);
        if (c == a) {
            long aExtent = transA == Trans.NO_TRANS ? matrixExtent(m, k, lda) : matrixExtent(k, m, lda);
            separate("C", cStart, cEnd, "A", aStart, aStart + unit * aExtent);
        }
        if (c == b) {
            long bExtent = transB == Trans.NO_TRANS ? matrixExtent(k, n, ldb) : matrixExtent(n, k, ldb);
            separate("C", cStart, cEnd, "B", bStart, bStart + unit * bExtent);
        }
    }

    /**
     * Rejects a gemv call whose y is the same array as A or x with overlapping element ranges, because
     * every implementation writes y while it still reads A and x. Call it after {@link #gemv}.
     *
     * @param trans whether to use A or its transpose
     * @param m number of rows of A
     * @param n number of columns of A
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     * @throws IllegalArgumentException when the ranges of y and A, or of y and x, in one array overlap
     */
    public static void gemvAliasing(Trans trans, long m, long n, Object a, long aOffset, long lda,
                                    Object x, long xOffset, long incx, Object y, long yOffset, long incy) {
        gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy, 1);
    }

    /**
     * As {@link #gemvAliasing(Trans, long, long, Object, long, long, Object, long, long, Object, long, long)}
     * for segments.
     *
     * @param trans whether to use A or its transpose
     * @param m number of rows of A
     * @param n number of columns of A
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     * @param elementBytes the size of one element in bytes (4 or 8)
     */
    public static void gemvAliasing(Trans trans, long m, long n, MemorySegment a, long aOffset, long lda,
                                    MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset,
                                    long incy, long elementBytes) {
        gemvAliasing(trans, m, n, memory(a), start(a, aOffset, elementBytes), lda,
                memory(x), start(x, xOffset, elementBytes), incx, memory(y), start(y, yOffset, elementBytes), incy,
                elementBytes);
    }

    private static void gemvAliasing(Trans trans, long m, long n, Object a, long aStart, long lda,
                                     Object x, long xStart, long incx, Object y, long yStart, long incy, long unit) {
        if (y != a && y != x) {
            return;
        }
        boolean noTrans = trans == Trans.NO_TRANS;
        long yEnd = yStart + unit * vectorExtent(noTrans ? m : n, incy);
        if (y == a) {
            separate("y", yStart, yEnd, "A", aStart, aStart + unit * matrixExtent(m, n, lda));
        }
        if (y == x) {
            separate("y", yStart, yEnd, "x", xStart, xStart + unit * vectorExtent(noTrans ? n : m, incx));
        }
    }

    private static Object memory(MemorySegment segment) {
        return segment.heapBase().orElse(NATIVE_MEMORY);
    }

    private static long start(MemorySegment segment, long offset, long elementBytes) {
        return segment.address() + offset * elementBytes;
    }

    /** Returns the elements from the first to one past the last of a rows × cols matrix; 0 when it is empty. */
    private static long matrixExtent(long rows, long cols, long ld) {
        return rows == 0 || cols == 0 ? 0 : (rows - 1) * ld + cols;
    }

    /** Returns the elements from the first to one past the last of an n-vector with increment inc. */
    private static long vectorExtent(long n, long inc) {
        return n == 0 ? 0 : (n - 1) * inc + 1;
    }

    private static void separate(String outputName, long outputStart, long outputEnd,
                                 String inputName, long inputStart, long inputEnd) {
        if (outputStart < outputEnd && inputStart < inputEnd && outputStart < inputEnd && inputStart < outputEnd) {
            // The ranges count elements for arrays and byte addresses for segments.
            throw new IllegalArgumentException(outputName + " and " + inputName + " share memory and their ranges"
                    + " overlap: " + outputName + " covers [" + outputStart + ", " + outputEnd + "), " + inputName
                    + " covers [" + inputStart + ", " + inputEnd + ") (array elements, or segment addresses in"
                    + " bytes); pass " + outputName + " in memory that does not overlap " + inputName);
        }
    }

    /**
     * Checks a vector of {@code n} elements read from {@code offset} with increment {@code inc}.
     *
     * @param name the parameter name for the message
     * @param length the length of the array or segment, in elements
     * @param offset index of the first element
     * @param n number of elements
     * @param inc the increment, at least 1
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
     * @param name the parameter name for the message
     * @param length the length of the array or segment, in elements
     * @param offset index of the first element
     * @param rows the number of rows
     * @param cols the number of stored columns
     * @param ld the leading dimension
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

    /**
     * Checks the dimensions and vectors of a dot, axpy or nrm2 call ({@code yLength < 0} when there is no y).
     *
     * @param n number of elements
     * @param xLength the length of x's array, in elements
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param yLength the length of y's array, in elements, or negative when there is no y
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     */
    public static void level1(long n, long xLength, long xOffset, long incx, long yLength, long yOffset, long incy) {
        dimension("n", n);
        vector("x", xLength, xOffset, n, incx);
        if (yLength >= 0) {
            vector("y", yLength, yOffset, n, incy);
        }
    }

    /**
     * Checks every argument of a gemv call; see {@link BlasKernels#sgemv}.
     *
     * @param trans whether to use A or its transpose
     * @param m number of rows of A
     * @param n number of columns of A
     * @param aLength the length of A's array, in elements
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A
     * @param xLength the length of x's array, in elements
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param yLength the length of y's array, in elements
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     */
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

    /**
     * Checks every argument of a gemm call; see {@link BlasKernels#sgemm}.
     *
     * @param transA whether op(A) is A or Aᵀ
     * @param transB whether op(B) is B or Bᵀ
     * @param m number of rows of C
     * @param n number of columns of C
     * @param k the inner dimension: columns of op(A) and rows of op(B)
     * @param aLength the length of A's array, in elements
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A
     * @param bLength the length of B's array, in elements
     * @param bOffset index of element (0, 0) of B
     * @param ldb leading dimension (row stride) of B
     * @param cLength the length of C's array, in elements
     * @param cOffset index of element (0, 0) of C
     * @param ldc leading dimension (row stride) of C, at least {@code max(1, n)}
     */
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
     *
     * @param name the parameter name for the message
     * @param value the dimension
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
