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

    /** Returns the path or name the library was loaded from, for example {@code libopenblas.so.0}. */
    String libraryPath();

    /** Returns the library's build configuration ({@code openblas_get_config}), or an empty string. */
    String config();

    /** Returns the CPU kernel family the library chose ({@code openblas_get_corename}), or an empty string. */
    String coreName();

    /** Returns the library's thread count, or 1 when the library cannot report it. */
    int threads();

    /**
     * Sets the library's thread count, when it offers a way to ({@code openblas_set_num_threads}).
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     * @throws UnsupportedOperationException when the library has no such function
     */
    void setThreads(int threads);

    /** As {@link #sdot}, on segments of floats. */
    float sdot(long n, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset, long incy);

    /** As {@link #ddot}, on segments of doubles. */
    double ddot(long n, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset, long incy);

    /** As {@link #saxpy}, on segments of floats. */
    void saxpy(long n, float alpha, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset,
               long incy);

    /** As {@link #daxpy}, on segments of doubles. */
    void daxpy(long n, double alpha, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset,
               long incy);

    /** As {@link #snrm2}, on a segment of floats. */
    float snrm2(long n, MemorySegment x, long xOffset, long incx);

    /** As {@link #dnrm2}, on a segment of doubles. */
    double dnrm2(long n, MemorySegment x, long xOffset, long incx);

    /** As {@link #sgemv}, on segments of floats. */
    void sgemv(Trans trans, long m, long n, float alpha, MemorySegment a, long aOffset, long lda,
               MemorySegment x, long xOffset, long incx, float beta, MemorySegment y, long yOffset, long incy);

    /** As {@link #dgemv}, on segments of doubles. */
    void dgemv(Trans trans, long m, long n, double alpha, MemorySegment a, long aOffset, long lda,
               MemorySegment x, long xOffset, long incx, double beta, MemorySegment y, long yOffset, long incy);

    /** As {@link #sgemm}, on segments of floats. */
    void sgemm(Trans transA, Trans transB, long m, long n, long k, float alpha, MemorySegment a, long aOffset,
               long lda, MemorySegment b, long bOffset, long ldb, float beta, MemorySegment c, long cOffset, long ldc);

    /** As {@link #dgemm}, on segments of doubles. */
    void dgemm(Trans transA, Trans transB, long m, long n, long k, double alpha, MemorySegment a, long aOffset,
               long lda, MemorySegment b, long bOffset, long ldb, double beta, MemorySegment c, long cOffset,
               long ldc);
}
