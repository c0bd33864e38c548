package dev.lanekit.blas;

/**
 * The BLAS routines lanekit offers, in CBLAS argument order with row-major matrices. {@link Blas}
 * dispatches to the implementation chosen for this JVM; {@link Blas#scalar()}, {@link Blas#simd()} and
 * {@link Blas#nativeBlas()} return each one explicitly.
 *
 * <p>Conventions shared by every method and every implementation:
 * <ul>
 *   <li>Matrices are row-major: element (i, j) of a matrix with leading dimension {@code lda} is
 *       {@code a[aOffset + i·lda + j]}. A matrix with {@code c} stored columns needs
 *       {@code lda >= max(1, c)}, also when it has no rows.</li>
 *   <li>Vectors are read with a positive increment: element i of x is {@code x[xOffset + i·incx]}.</li>
 *   <li>All arguments are validated before anything is read: a negative dimension, an increment below 1
 *       or a leading dimension below its minimum raises {@link IllegalArgumentException}, and an offset
 *       or extent that leaves its array raises {@link IndexOutOfBoundsException}. A null array raises
 *       {@link NullPointerException}.</li>
 *   <li>The output (y in gemv, C in gemm) must not overlap an input (A or x, A or B), because it is
 *       written while the inputs are still read. When the output is the same array (or, for segments,
 *       the same memory) as an input and their ranges overlap, gemv and gemm raise
 *       {@link IllegalArgumentException} before any work. Two different arrays never alias in Java, so
 *       that check is complete for arrays; off-heap segments are compared by address.</li>
 *   <li>{@code beta = 0} overwrites the output, so NaN or ±∞ already in y or C does not survive;
 *       {@code alpha = 0} never reads A, B or x. An empty inner dimension (k = 0 in gemm, or an empty
 *       input vector in gemv) still scales the output by beta.</li>
 *   <li>Otherwise NaN and ±∞ propagate as IEEE arithmetic makes them, except that {@code beta = 0} and
 *       {@code alpha = 0} skip the products they multiply.</li>
 * </ul>
 *
 * <p>Cost: dot, axpy and snrm2 read their vectors once, with n multiply-adds in dot and axpy, and dnrm2
 * reads x twice (the largest magnitude, then the scaled sum). gemv reads A once and does m·n
 * multiply-adds; gemm does m·n·k multiply-adds (2·m·n·k flops). The scalar gemm runs
 * in i-p-j order without blocking, so it slows down once B leaves the cache. The SIMD gemm packs panels
 * of A and B and runs a register-blocked micro-kernel. The SIMD implementation falls back to the
 * scalar loops when a vector it streams has an increment other than 1.
 *
 * <p>Accuracy: the properties in {@code lanekit-proofs} hold every implementation, native included, to
 * γₜ·M + t·η against a plain reference in double, where γₜ = t·u/(1 − t·u), M
 * is the sum of the magnitudes of the terms (for gemm, {@code |alpha|·Σₚ|a·b| + |beta·c|}), η is the
 * smallest subnormal, and t = n + 1 for dot, n + 2 for nrm2 (with M the norm), the inner dimension + 3
 * for gemv and gemm, and 2 for axpy. The double routines are held to twice the γ term, because their
 * reference rounds in double too. The scalar and SIMD implementations sum in different orders, so they
 * agree within that bound, not bit for bit.
 *
 * <p>Allocation: the scalar routines allocate nothing, and the SIMD level 1 routines and gemv allocate
 * nothing once C2 has compiled them. The SIMD gemm keeps its packing workspace per thread and allocates
 * it on the first call of each thread. The native binding allocates nothing on its direct paths and a
 * few hundred bytes per call when it copies large heap operands off-heap. {@link Blas#parallel}
 * allocates its task futures per call.
 *
 * <p>Threads: implementations are stateless or keep only per-thread workspace, so they are safe to call
 * from any thread.
 */
public interface BlasKernels {

    /**
     * Returns {@code Σ x[i]·y[i]} for {@code i < n}, accumulated in float; 0 when {@code n = 0}.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     * @return {@code Σ x[i]·y[i]} for {@code i < n}, accumulated in float
     */
    float sdot(int n, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy);

    /**
     * Returns {@code Σ x[i]·y[i]} for {@code i < n}; 0 when {@code n = 0}.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y
     * @param yOffset index of element 0 of y
     * @param incy distance between consecutive elements of y, at least 1
     * @return {@code Σ x[i]·y[i]} for {@code i < n}
     */
    double ddot(int n, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy);

    /**
     * Computes {@code y[i] += alpha·x[i]} for {@code i < n}; {@code alpha = 0} leaves y as it is.
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
    void saxpy(int n, float alpha, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy);

    /**
     * Computes {@code y[i] += alpha·x[i]} for {@code i < n}; {@code alpha = 0} leaves y as it is.
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
    void daxpy(int n, double alpha, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy);

    /**
     * {@return the Euclidean norm {@code sqrt(Σ x[i]²)} without intermediate overflow or underflow}
     * NaN anywhere gives NaN; otherwise ±∞ anywhere gives +∞; {@code n = 0} gives 0.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     */
    float snrm2(int n, float[] x, int xOffset, int incx);

    /**
     * As {@link #snrm2}, in double.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @return the Euclidean norm
     */
    double dnrm2(int n, double[] x, int xOffset, int incx);

    /**
     * Computes {@code y = alpha·op(A)·x + beta·y} for the m×n row-major matrix A, where op(A) is A
     * ({@code x} has n elements, y has m) or Aᵀ (x has m elements, y has n). Requires
     * {@code lda >= max(1, n)}.
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
    void sgemv(Trans trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
               float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy);

    /**
     * As {@link #sgemv}, in double.
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
    void dgemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
               double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy);

    /**
     * Computes {@code C = alpha·op(A)·op(B) + beta·C} for row-major matrices, where C is m×n, op(A) is
     * m×k and op(B) is k×n. A is stored m×k ({@link Trans#NO_TRANS}) or k×m ({@link Trans#TRANS}), and
     * B is stored k×n or n×k; each leading dimension is at least the stored column count (and 1).
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
    void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
               float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc);

    /**
     * As {@link #sgemm}, in double.
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
    void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
               double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc);
}
