package dev.lanekit.blas;

import java.lang.foreign.MemorySegment;

/**
 * A BLAS implementation backed by a native library, as the {@code dev.lanekit.nativeblas} module
 * provides it. Besides the array routines of {@link BlasKernels} it takes off-heap
 * {@link MemorySegment}s directly, and reports and sets the library's own thread count.
 *
 * <p>Segment routines take offsets, increments and leading dimensions in elements, as {@code long},
 * and validate them exactly like the array routines; a dimension above {@link Integer#MAX_VALUE}
 * raises {@link IllegalArgumentException}, because the CBLAS interface takes C {@code int}s. A heap
 * segment ({@code MemorySegment.ofArray}) is accepted as well.
 */
public interface NativeBlas extends BlasKernels {

    /** {@return the path or name the library was loaded from, for example {@code libopenblas.so.0}} */
    String libraryPath();

    /** {@return the library's build configuration ({@code openblas_get_config}), or an empty string} */
    String config();

    /** {@return the CPU kernel family the library chose ({@code openblas_get_corename}), or an empty string} */
    String coreName();

    /** {@return the library's thread count, or 1 when the library cannot report it} */
    int threads();

    /**
     * Sets the library's thread count, when it offers a way to ({@code openblas_set_num_threads}).
     *
     * @param threads the thread count the library should use, at least 1
     * @throws IllegalArgumentException when {@code threads < 1}
     * @throws UnsupportedOperationException when the library has no such function
     */
    void setThreads(int threads);

    /**
     * As {@link #sdot}, on segments of floats.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     * @return the dot product
     */
    float sdot(long n, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset, long incy);

    /**
     * As {@link #ddot}, on segments of doubles.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     * @return the dot product
     */
    double ddot(long n, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset, long incy);

    /**
     * As {@link #saxpy}, on segments of floats.
     *
     * @param n number of elements
     * @param alpha the scalar multiplier of the product
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y, updated in place
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     */
    void saxpy(long n, float alpha, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset,
               long incy);

    /**
     * As {@link #daxpy}, on segments of doubles.
     *
     * @param n number of elements
     * @param alpha the scalar multiplier of the product
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y, updated in place
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     */
    void daxpy(long n, double alpha, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset,
               long incy);

    /**
     * As {@link #snrm2}, on a segment of floats.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @return the Euclidean norm
     */
    float snrm2(long n, MemorySegment x, long xOffset, long incx);

    /**
     * As {@link #dnrm2}, on a segment of doubles.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @return the Euclidean norm
     */
    double dnrm2(long n, MemorySegment x, long xOffset, long incx);

    /**
     * As {@link #sgemv}, on segments of floats.
     *
     * @param trans whether to use A or its transpose
     * @param m number of rows of A
     * @param n number of columns of A
     * @param alpha the scalar multiplier of the product
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A, at least {@code max(1, n)}
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param beta the scalar multiplier of the output's old value; 0 overwrites it
     * @param y the vector y, read when beta is not 0 and overwritten
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     */
    void sgemv(Trans trans, long m, long n, float alpha, MemorySegment a, long aOffset, long lda,
               MemorySegment x, long xOffset, long incx, float beta, MemorySegment y, long yOffset, long incy);

    /**
     * As {@link #dgemv}, on segments of doubles.
     *
     * @param trans whether to use A or its transpose
     * @param m number of rows of A
     * @param n number of columns of A
     * @param alpha the scalar multiplier of the product
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A, at least {@code max(1, n)}
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param beta the scalar multiplier of the output's old value; 0 overwrites it
     * @param y the vector y, read when beta is not 0 and overwritten
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     */
    void dgemv(Trans trans, long m, long n, double alpha, MemorySegment a, long aOffset, long lda,
               MemorySegment x, long xOffset, long incx, double beta, MemorySegment y, long yOffset, long incy);

    /**
     * As {@link #sgemm}, on segments of floats.
     *
     * @param transA whether op(A) is A or Aᵀ
     * @param transB whether op(B) is B or Bᵀ
     * @param m number of rows of C
     * @param n number of columns of C
     * @param k the inner dimension: columns of op(A) and rows of op(B)
     * @param alpha the scalar multiplier of the product
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A as stored
     * @param b the matrix B, row-major
     * @param bOffset index of element (0, 0) of B
     * @param ldb leading dimension (row stride) of B as stored
     * @param beta the scalar multiplier of the output's old value; 0 overwrites it
     * @param c the matrix C, row-major, read when beta is not 0 and overwritten
     * @param cOffset index of element (0, 0) of C
     * @param ldc leading dimension (row stride) of C, at least {@code max(1, n)}
     */
    void sgemm(Trans transA, Trans transB, long m, long n, long k, float alpha, MemorySegment a, long aOffset,
               long lda, MemorySegment b, long bOffset, long ldb, float beta, MemorySegment c, long cOffset, long ldc);

    /**
     * As {@link #dgemm}, on segments of doubles.
     *
     * @param transA whether op(A) is A or Aᵀ
     * @param transB whether op(B) is B or Bᵀ
     * @param m number of rows of C
     * @param n number of columns of C
     * @param k the inner dimension: columns of op(A) and rows of op(B)
     * @param alpha the scalar multiplier of the product
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A as stored
     * @param b the matrix B, row-major
     * @param bOffset index of element (0, 0) of B
     * @param ldb leading dimension (row stride) of B as stored
     * @param beta the scalar multiplier of the output's old value; 0 overwrites it
     * @param c the matrix C, row-major, read when beta is not 0 and overwritten
     * @param cOffset index of element (0, 0) of C
     * @param ldc leading dimension (row stride) of C, at least {@code max(1, n)}
     */
    void dgemm(Trans transA, Trans transB, long m, long n, long k, double alpha, MemorySegment a, long aOffset,
               long lda, MemorySegment b, long bOffset, long ldb, double beta, MemorySegment c, long cOffset,
               long ldc);
}
