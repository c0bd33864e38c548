package dev.lanekit.blas;

/**
 * Sends large gemm and gemv calls to the native library and everything else to the Java kernels.
 *
 * <p>Where the thresholds come from: in lanekit's JMH benchmarks ({@code SgemmBench}, {@code SgemvBench},
 * single thread, AVX-512 machine, OpenBLAS 0.3.21 with its AVX-512 kernels) the Java sgemm ran within
 * 0.93–1.07× of OpenBLAS from n = 128 to 2048, and the Java sgemv matched it, while calls on Java
 * arrays above the critical-call limit also pay for copying the operands off-heap. So with one library
 * thread nothing goes native by default. With more library threads ({@code -Dlanekit.blas.threads}),
 * gemm from m·n·k = 256³ goes native, where the library can use them.
 * {@code -Dlanekit.blas.gemmNativeMin} and {@code -Dlanekit.blas.gemvNativeMin} override both defaults.
 */
final class AutoBlas extends ForwardingBlas {

    private static final long NEVER = Long.MAX_VALUE;

    // NOTE: the multi-threaded threshold (256³) is an estimate; only single-threaded runs were measured.
    /** Smallest m·n·k that a gemm sends to the native library. */
    private final long gemmNativeMin;
    /** Smallest m·n that a gemv sends to the native library. */
    private final long gemvNativeMin;

    private final BlasKernels nativeBlas;

    AutoBlas(BlasKernels java, NativeBlas nativeBlas) {
        super(java);
        this.nativeBlas = nativeBlas;
        long threadedDefault = nativeBlas.threads() > 1 ? 256L * 256 * 256 : NEVER;
        this.gemmNativeMin = Long.getLong("lanekit.blas.gemmNativeMin", threadedDefault);
        this.gemvNativeMin = Long.getLong("lanekit.blas.gemvNativeMin", NEVER);
    }

    @Override
    public void sgemv(Trans trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
                      float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy) {
        choose((long) m * n >= gemvNativeMin)
                .sgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    @Override
    public void dgemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                      double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        choose((long) m * n >= gemvNativeMin)
                .dgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    @Override
    public void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        choose((double) m * n * k >= gemmNativeMin)
                .sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    @Override
    public void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
                      double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        choose((double) m * n * k >= gemmNativeMin)
                .dgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    private BlasKernels choose(boolean large) {
        return large ? nativeBlas : base;
    }

    @Override
    public String toString() {
        String gemm = gemmNativeMin == NEVER ? "gemm in Java" : "gemm native from m·n·k = " + gemmNativeMin;
        String gemv = gemvNativeMin == NEVER ? "gemv in Java" : "gemv native from m·n = " + gemvNativeMin;
        return gemm + ", " + gemv + ", level 1 in Java";
    }
}
