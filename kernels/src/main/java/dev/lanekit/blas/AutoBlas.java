package dev.lanekit.blas;

/**
 * Sends large gemm and gemv calls to the native library and everything else to the Java kernels. The
 * thresholds are where the native library overtook the Java kernels in lanekit's JMH benchmarks
 * ({@code SgemmBench}, {@code SgemvBench}); below them, the Java kernels are as fast or faster and
 * avoid the downcall.
 */
final class AutoBlas extends ForwardingBlas {

    /** Smallest m·n·k that a gemm sends to the native library. */
    static final long GEMM_NATIVE_MIN = Long.getLong("lanekit.blas.gemmNativeMin", 256L * 256 * 256);
    /** Smallest m·n that a gemv sends to the native library. */
    static final long GEMV_NATIVE_MIN = Long.getLong("lanekit.blas.gemvNativeMin", Long.MAX_VALUE);

    private final BlasKernels nativeBlas;

    AutoBlas(BlasKernels java, BlasKernels nativeBlas) {
        super(java);
        this.nativeBlas = nativeBlas;
    }

    @Override
    public void sgemv(Trans trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
                      float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy) {
        choose((long) m * n >= GEMV_NATIVE_MIN)
                .sgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    @Override
    public void dgemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                      double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        choose((long) m * n >= GEMV_NATIVE_MIN)
                .dgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    @Override
    public void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        choose((double) m * n * k >= GEMM_NATIVE_MIN)
                .sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    @Override
    public void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
                      double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        choose((double) m * n * k >= GEMM_NATIVE_MIN)
                .dgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    private BlasKernels choose(boolean large) {
        return large ? nativeBlas : base;
    }

    @Override
    public String toString() {
        String gemv = GEMV_NATIVE_MIN == Long.MAX_VALUE ? "gemv always in Java"
                : "gemv native from m·n = " + GEMV_NATIVE_MIN;
        return "gemm native from m·n·k = " + GEMM_NATIVE_MIN + ", " + gemv + ", level 1 in Java";
    }
}
