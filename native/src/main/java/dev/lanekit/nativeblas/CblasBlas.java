package dev.lanekit.nativeblas;

import dev.lanekit.blas.BlasChecks;
import dev.lanekit.blas.NativeBlas;
import dev.lanekit.blas.Trans;
import java.lang.foreign.MemorySegment;

/**
 * {@link NativeBlas} through the cblas functions of the library {@link CblasLibrary} found.
 *
 * <p>Every argument is validated with {@link BlasChecks} before any downcall, so no input reaches the
 * library in a shape that could read or write outside its arrays. The special cases lanekit defines
 * are applied in Java first, identically to the Java kernels: m, n = 0 returns; alpha = 0 or an empty
 * inner dimension only scales the output by beta (the library is not called, and A is not read); and
 * beta = 0 zeroes the output before the call, so NaN in it cannot survive.
 *
 * <p>Heap memory (arrays, or heap segments) is passed without copying through
 * {@link java.lang.foreign.Linker.Option#critical(boolean) critical} downcalls while the call does at
 * most {@link #CRITICAL_MAX_WORK} multiply-adds (n for level 1, m·n for gemv, m·n·k for gemm),
 * because a critical call holds off garbage collection for its whole duration. Larger heap calls copy
 * their operands into per-thread off-heap buffers that are reused across calls. Native segments are
 * always passed as they are, through the critical downcall too when the call is that short, because a
 * critical downcall skips the thread-state transition (about 4 ns per call measured by
 * {@code bench/scripts/NativeCallProbe.java}, cblas_sdot at n = 16: 10.5 ns critical, 12.4 ns plain). The critical and native-segment paths allocate nothing once
 * compiled; the staged path allocates a few hundred bytes of segment objects per call (337 B for a
 * 256³ sgemm under JMH's {@code -prof gc}).
 */
final class CblasBlas implements NativeBlas {

    static final CblasBlas INSTANCE = new CblasBlas();

    /**
     * Most multiply-adds of a call that passes heap memory directly ({@code -Dlanekit.blas.criticalMaxWork},
     * default 2²²). An estimate of what that blocks garbage collection for on one core: about 0.1 ms for
     * gemm at 50 GFLOP/s, about 2 ms for a gemv that reads 16 MiB at 10 GB/s.
     */
    static final long CRITICAL_MAX_WORK = Long.getLong("lanekit.blas.criticalMaxWork", 1L << 22);

    private static final long F = Float.BYTES;
    private static final long D = Double.BYTES;
    private static final ThreadLocal<Staging> STAGING = ThreadLocal.withInitial(Staging::new);

    static {
        // The library runs single-threaded unless -Dlanekit.blas.threads sets more, because the
        // application owns the threads.
        if (Cblas.SET_THREADS != null) {
            INSTANCE.setThreads(CblasLibrary.requestedThreads());
        }
    }

    private CblasBlas() {}

    @Override
    public String libraryPath() {
        return CblasLibrary.DISCOVERY.library().path;
    }

    @Override
    public String config() {
        return CblasLibrary.DISCOVERY.library().config;
    }

    @Override
    public String coreName() {
        return CblasLibrary.DISCOVERY.library().coreName;
    }

    @Override
    public int threads() {
        if (Cblas.GET_THREADS == null) {
            return 1;
        }
        try {
            return (int) Cblas.GET_THREADS.invokeExact();
        } catch (Throwable e) {
            throw failure("openblas_get_num_threads", e);
        }
    }

    @Override
    public void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " is invalid; it must be >= 1");
        }
        if (Cblas.SET_THREADS == null) {
            throw new UnsupportedOperationException(libraryPath() + " has no openblas_set_num_threads");
        }
        try {
            Cblas.SET_THREADS.invokeExact(threads);
        } catch (Throwable e) {
            throw failure("openblas_set_num_threads", e);
        }
    }

    @Override
    public String toString() {
        return "native BLAS " + libraryPath();
    }

    private static long floats(MemorySegment segment) {
        return segment.byteSize() / F;
    }

    private static long doubles(MemorySegment segment) {
        return segment.byteSize() / D;
    }

    /** Bytes from the first to one past the last element of a vector of n > 0 elements. */
    private static long vectorBytes(long n, long inc, long elementBytes) {
        return ((n - 1) * inc + 1) * elementBytes;
    }

    /** Bytes from the first to one past the last element of a rows×cols matrix with rows, cols > 0. */
    private static long matrixBytes(long rows, long cols, long ld, long elementBytes) {
        return ((rows - 1) * ld + cols) * elementBytes;
    }

    /** Returns the segment from {@code byteOffset} on; offset 0 returns it as it is, saving a slice per call. */
    private static MemorySegment at(MemorySegment segment, long byteOffset) {
        return byteOffset == 0 ? segment : segment.asSlice(byteOffset);
    }

    private static RuntimeException failure(String function, Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("the downcall to " + function + " failed", e);
    }

    @Override
    public float sdot(int n, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        return sdotChecked(n, MemorySegment.ofArray(x), xOffset, incx, MemorySegment.ofArray(y), yOffset, incy);
    }

    @Override
    public float sdot(long n, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset, long incy) {
        BlasChecks.level1(n, floats(x), xOffset, incx, floats(y), yOffset, incy);
        return sdotChecked(n, x, xOffset, incx, y, yOffset, incy);
    }

    private static float sdotChecked(long n, MemorySegment x, long xOffset, long incx,
                                     MemorySegment y, long yOffset, long incy) {
        if (n == 0) {
            return 0f;
        }
        try {
            if (x.isNative() && y.isNative() && n > CRITICAL_MAX_WORK) {
                return (float) Cblas.SDOT.invokeExact((int) n, at(x, xOffset * F), (int) incx,
                        at(y, yOffset * F), (int) incy);
            }
            if (n <= CRITICAL_MAX_WORK) {
                return (float) Cblas.SDOT_CRITICAL.invokeExact((int) n, at(x, xOffset * F), (int) incx,
                        at(y, yOffset * F), (int) incy);
            }
            Staging staging = STAGING.get();
            MemorySegment stagedX = staging.stage(0, x, xOffset * F, vectorBytes(n, incx, F), true);
            MemorySegment stagedY = staging.stage(1, y, yOffset * F, vectorBytes(n, incy, F), true);
            return (float) Cblas.SDOT.invokeExact((int) n, stagedX, (int) incx, stagedY, (int) incy);
        } catch (Throwable e) {
            throw failure("cblas_sdot", e);
        }
    }

    @Override
    public void saxpy(int n, float alpha, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        saxpyChecked(n, alpha, MemorySegment.ofArray(x), xOffset, incx, MemorySegment.ofArray(y), yOffset, incy);
    }

    @Override
    public void saxpy(long n, float alpha, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset,
                      long incy) {
        BlasChecks.level1(n, floats(x), xOffset, incx, floats(y), yOffset, incy);
        saxpyChecked(n, alpha, x, xOffset, incx, y, yOffset, incy);
    }

    private static void saxpyChecked(long n, float alpha, MemorySegment x, long xOffset, long incx,
                                     MemorySegment y, long yOffset, long incy) {
        if (n == 0 || alpha == 0f) {
            return;
        }
        try {
            if (x.isNative() && y.isNative() && n > CRITICAL_MAX_WORK) {
                Cblas.SAXPY.invokeExact((int) n, alpha, at(x, xOffset * F), (int) incx,
                        at(y, yOffset * F), (int) incy);
            } else if (n <= CRITICAL_MAX_WORK) {
                Cblas.SAXPY_CRITICAL.invokeExact((int) n, alpha, at(x, xOffset * F), (int) incx,
                        at(y, yOffset * F), (int) incy);
            } else {
                Staging staging = STAGING.get();
                MemorySegment stagedX = staging.stage(0, x, xOffset * F, vectorBytes(n, incx, F), true);
                MemorySegment stagedY = staging.stage(1, y, yOffset * F, vectorBytes(n, incy, F), true);
                Cblas.SAXPY.invokeExact((int) n, alpha, stagedX, (int) incx, stagedY, (int) incy);
                Staging.copyBack(stagedY, y, yOffset * F);
            }
        } catch (Throwable e) {
            throw failure("cblas_saxpy", e);
        }
    }

    @Override
    public float snrm2(int n, float[] x, int xOffset, int incx) {
        BlasChecks.level1(n, x.length, xOffset, incx, -1, 0, 1);
        return snrm2Checked(n, MemorySegment.ofArray(x), xOffset, incx);
    }

    @Override
    public float snrm2(long n, MemorySegment x, long xOffset, long incx) {
        BlasChecks.level1(n, floats(x), xOffset, incx, -1, 0, 1);
        return snrm2Checked(n, x, xOffset, incx);
    }

    private static float snrm2Checked(long n, MemorySegment x, long xOffset, long incx) {
        if (n == 0) {
            return 0f;
        }
        try {
            if (x.isNative() && n > CRITICAL_MAX_WORK) {
                return (float) Cblas.SNRM2.invokeExact((int) n, at(x, xOffset * F), (int) incx);
            }
            if (n <= CRITICAL_MAX_WORK) {
                return (float) Cblas.SNRM2_CRITICAL.invokeExact((int) n, at(x, xOffset * F), (int) incx);
            }
            MemorySegment stagedX = STAGING.get().stage(0, x, xOffset * F, vectorBytes(n, incx, F), true);
            return (float) Cblas.SNRM2.invokeExact((int) n, stagedX, (int) incx);
        } catch (Throwable e) {
            throw failure("cblas_snrm2", e);
        }
    }

    @Override
    public void sgemv(Trans trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
                      float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy) {
        BlasChecks.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx, y.length, yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy);
        sgemvChecked(trans, m, n, alpha, MemorySegment.ofArray(a), aOffset, lda, MemorySegment.ofArray(x), xOffset,
                incx, beta, MemorySegment.ofArray(y), yOffset, incy);
    }

    @Override
    public void sgemv(Trans trans, long m, long n, float alpha, MemorySegment a, long aOffset, long lda,
                      MemorySegment x, long xOffset, long incx, float beta, MemorySegment y, long yOffset, long incy) {
        BlasChecks.gemv(trans, m, n, floats(a), aOffset, lda, floats(x), xOffset, incx, floats(y), yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy, F);
        sgemvChecked(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    private static void sgemvChecked(Trans trans, long m, long n, float alpha, MemorySegment a, long aOffset,
                                     long lda, MemorySegment x, long xOffset, long incx, float beta,
                                     MemorySegment y, long yOffset, long incy) {
        long inputs = trans == Trans.NO_TRANS ? n : m;
        long outputs = trans == Trans.NO_TRANS ? m : n;
        if (outputs == 0) {
            return;
        }
        // The Java rules for special scalars, applied here whatever the library does with them.
        if (alpha == 0f || inputs == 0) {
            Segments.scale(y, yOffset, outputs, incy, beta);
            return;
        }
        if (beta == 0f) {
            Segments.scale(y, yOffset, outputs, incy, 0f);
        }

        int t = trans.cblasValue();
        try {
            if (a.isNative() && x.isNative() && y.isNative() && (double) m * n > CRITICAL_MAX_WORK) {
                Cblas.SGEMV.invokeExact(Cblas.ROW_MAJOR, t, (int) m, (int) n, alpha, at(a, aOffset * F), (int) lda,
                        at(x, xOffset * F), (int) incx, beta, at(y, yOffset * F), (int) incy);
            } else if ((double) m * n <= CRITICAL_MAX_WORK) {
                Cblas.SGEMV_CRITICAL.invokeExact(Cblas.ROW_MAJOR, t, (int) m, (int) n, alpha, at(a, aOffset * F),
                        (int) lda, at(x, xOffset * F), (int) incx, beta, at(y, yOffset * F), (int) incy);
            } else {
                Staging staging = STAGING.get();
                MemorySegment stagedA = staging.stage(0, a, aOffset * F, matrixBytes(m, n, lda, F), true);
                MemorySegment stagedX = staging.stage(1, x, xOffset * F, vectorBytes(inputs, incx, F), true);
                MemorySegment stagedY = staging.stage(2, y, yOffset * F, vectorBytes(outputs, incy, F), true);
                Cblas.SGEMV.invokeExact(Cblas.ROW_MAJOR, t, (int) m, (int) n, alpha, stagedA, (int) lda,
                        stagedX, (int) incx, beta, stagedY, (int) incy);
                Staging.copyBack(stagedY, y, yOffset * F);
            }
        } catch (Throwable e) {
            throw failure("cblas_sgemv", e);
        }
    }

    @Override
    public void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        sgemmChecked(transA, transB, m, n, k, alpha, MemorySegment.ofArray(a), aOffset, lda,
                MemorySegment.ofArray(b), bOffset, ldb, beta, MemorySegment.ofArray(c), cOffset, ldc);
    }

    @Override
    public void sgemm(Trans transA, Trans transB, long m, long n, long k, float alpha, MemorySegment a, long aOffset,
                      long lda, MemorySegment b, long bOffset, long ldb, float beta, MemorySegment c, long cOffset,
                      long ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, floats(a), aOffset, lda, floats(b), bOffset, ldb,
                floats(c), cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc, F);
        sgemmChecked(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    private static void sgemmChecked(Trans transA, Trans transB, long m, long n, long k, float alpha,
                                     MemorySegment a, long aOffset, long lda, MemorySegment b, long bOffset, long ldb,
                                     float beta, MemorySegment c, long cOffset, long ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        // The Java rules for special scalars, applied here whatever the library does with them.
        if (alpha == 0f || k == 0) {
            Segments.scaleRows(c, cOffset, m, n, ldc, beta);
            return;
        }
        if (beta == 0f) {
            Segments.scaleRows(c, cOffset, m, n, ldc, 0f);
        }

        int ta = transA.cblasValue();
        int tb = transB.cblasValue();
        try {
            if (a.isNative() && b.isNative() && c.isNative() && (double) m * n * k > CRITICAL_MAX_WORK) {
                Cblas.SGEMM.invokeExact(Cblas.ROW_MAJOR, ta, tb, (int) m, (int) n, (int) k, alpha,
                        at(a, aOffset * F), (int) lda, at(b, bOffset * F), (int) ldb, beta,
                        at(c, cOffset * F), (int) ldc);
            } else if ((double) m * n * k <= CRITICAL_MAX_WORK) {
                Cblas.SGEMM_CRITICAL.invokeExact(Cblas.ROW_MAJOR, ta, tb, (int) m, (int) n, (int) k, alpha,
                        at(a, aOffset * F), (int) lda, at(b, bOffset * F), (int) ldb, beta,
                        at(c, cOffset * F), (int) ldc);
            } else {
                long aRows = transA == Trans.NO_TRANS ? m : k;
                long aCols = transA == Trans.NO_TRANS ? k : m;
                long bRows = transB == Trans.NO_TRANS ? k : n;
                long bCols = transB == Trans.NO_TRANS ? n : k;
                Staging staging = STAGING.get();
                MemorySegment stagedA = staging.stage(0, a, aOffset * F, matrixBytes(aRows, aCols, lda, F), true);
                MemorySegment stagedB = staging.stage(1, b, bOffset * F, matrixBytes(bRows, bCols, ldb, F), true);
                MemorySegment stagedC = staging.stage(2, c, cOffset * F, matrixBytes(m, n, ldc, F), true);
                Cblas.SGEMM.invokeExact(Cblas.ROW_MAJOR, ta, tb, (int) m, (int) n, (int) k, alpha,
                        stagedA, (int) lda, stagedB, (int) ldb, beta, stagedC, (int) ldc);
                Staging.copyBack(stagedC, c, cOffset * F);
            }
        } catch (Throwable e) {
            throw failure("cblas_sgemm", e);
        }
    }

    @Override
    public double ddot(int n, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        return ddotChecked(n, MemorySegment.ofArray(x), xOffset, incx, MemorySegment.ofArray(y), yOffset, incy);
    }

    @Override
    public double ddot(long n, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset, long incy) {
        BlasChecks.level1(n, doubles(x), xOffset, incx, doubles(y), yOffset, incy);
        return ddotChecked(n, x, xOffset, incx, y, yOffset, incy);
    }

    private static double ddotChecked(long n, MemorySegment x, long xOffset, long incx,
                                     MemorySegment y, long yOffset, long incy) {
        if (n == 0) {
            return 0.0;
        }
        try {
            if (x.isNative() && y.isNative() && n > CRITICAL_MAX_WORK) {
                return (double) Cblas.DDOT.invokeExact((int) n, at(x, xOffset * D), (int) incx,
                        at(y, yOffset * D), (int) incy);
            }
            if (n <= CRITICAL_MAX_WORK) {
                return (double) Cblas.DDOT_CRITICAL.invokeExact((int) n, at(x, xOffset * D), (int) incx,
                        at(y, yOffset * D), (int) incy);
            }
            Staging staging = STAGING.get();
            MemorySegment stagedX = staging.stage(0, x, xOffset * D, vectorBytes(n, incx, D), true);
            MemorySegment stagedY = staging.stage(1, y, yOffset * D, vectorBytes(n, incy, D), true);
            return (double) Cblas.DDOT.invokeExact((int) n, stagedX, (int) incx, stagedY, (int) incy);
        } catch (Throwable e) {
            throw failure("cblas_ddot", e);
        }
    }

    @Override
    public void daxpy(int n, double alpha, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        BlasChecks.level1(n, x.length, xOffset, incx, y.length, yOffset, incy);
        daxpyChecked(n, alpha, MemorySegment.ofArray(x), xOffset, incx, MemorySegment.ofArray(y), yOffset, incy);
    }

    @Override
    public void daxpy(long n, double alpha, MemorySegment x, long xOffset, long incx, MemorySegment y, long yOffset,
                      long incy) {
        BlasChecks.level1(n, doubles(x), xOffset, incx, doubles(y), yOffset, incy);
        daxpyChecked(n, alpha, x, xOffset, incx, y, yOffset, incy);
    }

    private static void daxpyChecked(long n, double alpha, MemorySegment x, long xOffset, long incx,
                                     MemorySegment y, long yOffset, long incy) {
        if (n == 0 || alpha == 0.0) {
            return;
        }
        try {
            if (x.isNative() && y.isNative() && n > CRITICAL_MAX_WORK) {
                Cblas.DAXPY.invokeExact((int) n, alpha, at(x, xOffset * D), (int) incx,
                        at(y, yOffset * D), (int) incy);
            } else if (n <= CRITICAL_MAX_WORK) {
                Cblas.DAXPY_CRITICAL.invokeExact((int) n, alpha, at(x, xOffset * D), (int) incx,
                        at(y, yOffset * D), (int) incy);
            } else {
                Staging staging = STAGING.get();
                MemorySegment stagedX = staging.stage(0, x, xOffset * D, vectorBytes(n, incx, D), true);
                MemorySegment stagedY = staging.stage(1, y, yOffset * D, vectorBytes(n, incy, D), true);
                Cblas.DAXPY.invokeExact((int) n, alpha, stagedX, (int) incx, stagedY, (int) incy);
                Staging.copyBack(stagedY, y, yOffset * D);
            }
        } catch (Throwable e) {
            throw failure("cblas_daxpy", e);
        }
    }

    @Override
    public double dnrm2(int n, double[] x, int xOffset, int incx) {
        BlasChecks.level1(n, x.length, xOffset, incx, -1, 0, 1);
        return dnrm2Checked(n, MemorySegment.ofArray(x), xOffset, incx);
    }

    @Override
    public double dnrm2(long n, MemorySegment x, long xOffset, long incx) {
        BlasChecks.level1(n, doubles(x), xOffset, incx, -1, 0, 1);
        return dnrm2Checked(n, x, xOffset, incx);
    }

    private static double dnrm2Checked(long n, MemorySegment x, long xOffset, long incx) {
        if (n == 0) {
            return 0.0;
        }
        try {
            if (x.isNative() && n > CRITICAL_MAX_WORK) {
                return (double) Cblas.DNRM2.invokeExact((int) n, at(x, xOffset * D), (int) incx);
            }
            if (n <= CRITICAL_MAX_WORK) {
                return (double) Cblas.DNRM2_CRITICAL.invokeExact((int) n, at(x, xOffset * D), (int) incx);
            }
            MemorySegment stagedX = STAGING.get().stage(0, x, xOffset * D, vectorBytes(n, incx, D), true);
            return (double) Cblas.DNRM2.invokeExact((int) n, stagedX, (int) incx);
        } catch (Throwable e) {
            throw failure("cblas_dnrm2", e);
        }
    }

    @Override
    public void dgemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                      double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        BlasChecks.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx, y.length, yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy);
        dgemvChecked(trans, m, n, alpha, MemorySegment.ofArray(a), aOffset, lda, MemorySegment.ofArray(x), xOffset,
                incx, beta, MemorySegment.ofArray(y), yOffset, incy);
    }

    @Override
    public void dgemv(Trans trans, long m, long n, double alpha, MemorySegment a, long aOffset, long lda,
                      MemorySegment x, long xOffset, long incx, double beta, MemorySegment y, long yOffset, long incy) {
        BlasChecks.gemv(trans, m, n, doubles(a), aOffset, lda, doubles(x), xOffset, incx, doubles(y), yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy, D);
        dgemvChecked(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    private static void dgemvChecked(Trans trans, long m, long n, double alpha, MemorySegment a, long aOffset,
                                     long lda, MemorySegment x, long xOffset, long incx, double beta,
                                     MemorySegment y, long yOffset, long incy) {
        long inputs = trans == Trans.NO_TRANS ? n : m;
        long outputs = trans == Trans.NO_TRANS ? m : n;
        if (outputs == 0) {
            return;
        }
        // The Java rules for special scalars, applied here whatever the library does with them.
        if (alpha == 0.0 || inputs == 0) {
            Segments.scale(y, yOffset, outputs, incy, beta);
            return;
        }
        if (beta == 0.0) {
            Segments.scale(y, yOffset, outputs, incy, 0.0);
        }

        int t = trans.cblasValue();
        try {
            if (a.isNative() && x.isNative() && y.isNative() && (double) m * n > CRITICAL_MAX_WORK) {
                Cblas.DGEMV.invokeExact(Cblas.ROW_MAJOR, t, (int) m, (int) n, alpha, at(a, aOffset * D), (int) lda,
                        at(x, xOffset * D), (int) incx, beta, at(y, yOffset * D), (int) incy);
            } else if ((double) m * n <= CRITICAL_MAX_WORK) {
                Cblas.DGEMV_CRITICAL.invokeExact(Cblas.ROW_MAJOR, t, (int) m, (int) n, alpha, at(a, aOffset * D),
                        (int) lda, at(x, xOffset * D), (int) incx, beta, at(y, yOffset * D), (int) incy);
            } else {
                Staging staging = STAGING.get();
                MemorySegment stagedA = staging.stage(0, a, aOffset * D, matrixBytes(m, n, lda, D), true);
                MemorySegment stagedX = staging.stage(1, x, xOffset * D, vectorBytes(inputs, incx, D), true);
                MemorySegment stagedY = staging.stage(2, y, yOffset * D, vectorBytes(outputs, incy, D), true);
                Cblas.DGEMV.invokeExact(Cblas.ROW_MAJOR, t, (int) m, (int) n, alpha, stagedA, (int) lda,
                        stagedX, (int) incx, beta, stagedY, (int) incy);
                Staging.copyBack(stagedY, y, yOffset * D);
            }
        } catch (Throwable e) {
            throw failure("cblas_dgemv", e);
        }
    }

    @Override
    public void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
                      double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        dgemmChecked(transA, transB, m, n, k, alpha, MemorySegment.ofArray(a), aOffset, lda,
                MemorySegment.ofArray(b), bOffset, ldb, beta, MemorySegment.ofArray(c), cOffset, ldc);
    }

    @Override
    public void dgemm(Trans transA, Trans transB, long m, long n, long k, double alpha, MemorySegment a, long aOffset,
                      long lda, MemorySegment b, long bOffset, long ldb, double beta, MemorySegment c, long cOffset,
                      long ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, doubles(a), aOffset, lda, doubles(b), bOffset, ldb,
                doubles(c), cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc, D);
        dgemmChecked(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    private static void dgemmChecked(Trans transA, Trans transB, long m, long n, long k, double alpha,
                                     MemorySegment a, long aOffset, long lda, MemorySegment b, long bOffset, long ldb,
                                     double beta, MemorySegment c, long cOffset, long ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        // The Java rules for special scalars, applied here whatever the library does with them.
        if (alpha == 0.0 || k == 0) {
            Segments.scaleRows(c, cOffset, m, n, ldc, beta);
            return;
        }
        if (beta == 0.0) {
            Segments.scaleRows(c, cOffset, m, n, ldc, 0.0);
        }

        int ta = transA.cblasValue();
        int tb = transB.cblasValue();
        try {
            if (a.isNative() && b.isNative() && c.isNative() && (double) m * n * k > CRITICAL_MAX_WORK) {
                Cblas.DGEMM.invokeExact(Cblas.ROW_MAJOR, ta, tb, (int) m, (int) n, (int) k, alpha,
                        at(a, aOffset * D), (int) lda, at(b, bOffset * D), (int) ldb, beta,
                        at(c, cOffset * D), (int) ldc);
            } else if ((double) m * n * k <= CRITICAL_MAX_WORK) {
                Cblas.DGEMM_CRITICAL.invokeExact(Cblas.ROW_MAJOR, ta, tb, (int) m, (int) n, (int) k, alpha,
                        at(a, aOffset * D), (int) lda, at(b, bOffset * D), (int) ldb, beta,
                        at(c, cOffset * D), (int) ldc);
            } else {
                long aRows = transA == Trans.NO_TRANS ? m : k;
                long aCols = transA == Trans.NO_TRANS ? k : m;
                long bRows = transB == Trans.NO_TRANS ? k : n;
                long bCols = transB == Trans.NO_TRANS ? n : k;
                Staging staging = STAGING.get();
                MemorySegment stagedA = staging.stage(0, a, aOffset * D, matrixBytes(aRows, aCols, lda, D), true);
                MemorySegment stagedB = staging.stage(1, b, bOffset * D, matrixBytes(bRows, bCols, ldb, D), true);
                MemorySegment stagedC = staging.stage(2, c, cOffset * D, matrixBytes(m, n, ldc, D), true);
                Cblas.DGEMM.invokeExact(Cblas.ROW_MAJOR, ta, tb, (int) m, (int) n, (int) k, alpha,
                        stagedA, (int) lda, stagedB, (int) ldb, beta, stagedC, (int) ldc);
                Staging.copyBack(stagedC, c, cOffset * D);
            }
        } catch (Throwable e) {
            throw failure("cblas_dgemm", e);
        }
    }
}
