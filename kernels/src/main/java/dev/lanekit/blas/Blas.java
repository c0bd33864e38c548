package dev.lanekit.blas;

import dev.lanekit.provider.Providers;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Executor;

/**
 * Entry points for the BLAS routines: row-major, CBLAS argument order. The static methods dispatch to
 * the implementation chosen once per JVM; {@link #scalar()}, {@link #simd()}, {@link #java()} and
 * {@link #nativeBlas()} return each one explicitly, and {@link #parallel} spreads gemm and gemv over a
 * caller-supplied executor. See {@link BlasKernels} for the contract every implementation keeps,
 * including that C (in gemm) and y (in gemv) must not overlap the inputs.
 *
 * <p>{@code -Dlanekit.blas=auto|native|java} chooses, read once:
 * <ul>
 *   <li>{@code java}: the Java kernels (SIMD or scalar, as {@link Providers} chose).</li>
 *   <li>{@code native}: every routine through the native library; when none loads, the first call
 *       throws {@link IllegalStateException} with the reasons.</li>
 *   <li>{@code auto} (default): when a native library loads, gemm and gemv above the sizes where it
 *       was measured faster go native ({@link AutoBlas}) and everything else runs in Java. Without the
 *       {@code dev.lanekit.nativeblas} module or a library, everything runs in Java, with one WARNING
 *       when the module is present but no library loaded.</li>
 * </ul>
 * One INFO line names the choice at first use (logger {@code dev.lanekit}). An invalid value of
 * {@code lanekit.blas} or of the native module's {@code lanekit.blas.threads} makes every call throw
 * {@link IllegalStateException} with the property, its value and the allowed values, from the first
 * one on. In {@code java} mode the native properties are not read.
 */
public final class Blas {

    /** System property that chooses the implementation: {@code auto}, {@code native} or {@code java}. */
    public static final String MODE_PROPERTY = "lanekit.blas";

    private static final Logger LOG = System.getLogger("dev.lanekit");

    private Blas() {}

    /**
     * {@return the implementation the static methods of this class use}
     *
     * @throws IllegalStateException when a {@code lanekit.blas} system property is invalid, or
     *     {@code -Dlanekit.blas=native} and no native library loaded. The message names the property, its
     *     value and what is allowed; every later call throws it again
     */
    public static BlasKernels kernels() {
        if (Active.FAILURE != null) {
            throw new IllegalStateException(Active.FAILURE);
        }
        return Active.KERNELS;
    }

    /**
     * {@return what the static methods run, and the native library's state}
     *
     * @throws IllegalStateException in the cases of {@link #kernels()}
     */
    public static BlasInfo info() {
        if (Active.FAILURE != null) {
            throw new IllegalStateException(Active.FAILURE);
        }
        return Active.INFO;
    }

    /** {@return the plain-Java implementation, the reference for every other one} */
    public static BlasKernels scalar() {
        return ScalarBlas.INSTANCE;
    }

    /**
     * {@return the Vector API implementation, whatever the provider choice}
     *
     * @throws IllegalStateException when the Vector API is not usable in this JVM
     */
    public static BlasKernels simd() {
        if (!Providers.simdLoadable()) {
            throw new IllegalStateException("the SIMD BLAS kernels cannot load: "
                    + String.join("; ", Providers.info().fallbackReasons()));
        }
        return SimdHolder.INSTANCE;
    }

    /** {@return the Java implementation the provider chose: {@link #simd()} or {@link #scalar()}} */
    public static BlasKernels java() {
        return Providers.simd() ? SimdHolder.INSTANCE : ScalarBlas.INSTANCE;
    }

    /**
     * {@return the native binding, loading it on first use, whatever the value of {@code -Dlanekit.blas}}
     *
     * @throws IllegalStateException when the native module is absent or no library loaded. The message
     *     gives the reason for every candidate tried
     */
    public static NativeBlas nativeBlas() {
        if (NativeHolder.NATIVE == null) {
            throw new IllegalStateException(NativeHolder.STATUS);
        }
        return NativeHolder.NATIVE;
    }

    /** {@return the native binding when one loaded, without throwing} */
    public static Optional<NativeBlas> findNativeBlas() {
        return Optional.ofNullable(NativeHolder.NATIVE);
    }

    /**
     * Returns an implementation that runs gemm over blocks of rows of C, and gemv over blocks of its
     * output, as up to {@code tasks} tasks on {@code executor}; the calling thread runs one block and
     * waits for the rest. Level 1 routines run on the calling thread.
     *
     * @param base the kernels that run each block
     * @param executor runs the blocks; the calling thread waits for them
     * @param tasks the number of blocks a large gemm is split into, at least 1
     * @return an implementation that runs gemm over blocks of rows of C, and gemv over blocks of its output, as up
     *        to {@code tasks} tasks on {@code executor}
     * @throws IllegalArgumentException when {@code tasks < 1}
     */
    public static BlasKernels parallel(BlasKernels base, Executor executor, int tasks) {
        return new ParallelBlas(base, executor, tasks);
    }

    // Short forms with unit-free offsets of 0, in the argument order of CBLAS.

    /**
     * {@return {@code Σ x[i·incx]·y[i·incy]} for {@code i < n}}
     *
     * @param n number of elements
     * @param x the vector x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y
     * @param incy distance between consecutive elements of y, at least 1
     */
    public static float sdot(int n, float[] x, int incx, float[] y, int incy) {
        return kernels().sdot(n, x, 0, incx, y, 0, incy);
    }

    /**
     * {@return {@code Σ x[i·incx]·y[i·incy]} for {@code i < n}}
     *
     * @param n number of elements
     * @param x the vector x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y
     * @param incy distance between consecutive elements of y, at least 1
     */
    public static double ddot(int n, double[] x, int incx, double[] y, int incy) {
        return kernels().ddot(n, x, 0, incx, y, 0, incy);
    }

    /**
     * Computes {@code y[i·incy] += alpha·x[i·incx]} for {@code i < n}.
     *
     * @param n number of elements
     * @param alpha the scalar multiplier of the product
     * @param x the vector x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y, updated in place
     * @param incy distance between consecutive elements of y, at least 1
     */
    public static void saxpy(int n, float alpha, float[] x, int incx, float[] y, int incy) {
        kernels().saxpy(n, alpha, x, 0, incx, y, 0, incy);
    }

    /**
     * Computes {@code y[i·incy] += alpha·x[i·incx]} for {@code i < n}.
     *
     * @param n number of elements
     * @param alpha the scalar multiplier of the product
     * @param x the vector x
     * @param incx distance between consecutive elements of x, at least 1
     * @param y the vector y, updated in place
     * @param incy distance between consecutive elements of y, at least 1
     */
    public static void daxpy(int n, double alpha, double[] x, int incx, double[] y, int incy) {
        kernels().daxpy(n, alpha, x, 0, incx, y, 0, incy);
    }

    /**
     * {@return the Euclidean norm of n elements of x, without intermediate overflow or underflow}
     *
     * @param n number of elements
     * @param x the vector x
     * @param incx distance between consecutive elements of x, at least 1
     */
    public static float snrm2(int n, float[] x, int incx) {
        return kernels().snrm2(n, x, 0, incx);
    }

    /**
     * {@return the Euclidean norm of n elements of x, without intermediate overflow or underflow}
     *
     * @param n number of elements
     * @param x the vector x
     * @param incx distance between consecutive elements of x, at least 1
     */
    public static double dnrm2(int n, double[] x, int incx) {
        return kernels().dnrm2(n, x, 0, incx);
    }

    /**
     * Computes {@code y = alpha·op(A)·x + beta·y} for the m×n row-major A; see {@link BlasKernels#sgemv}.
     *
     * @param trans whether to use A or its transpose
     * @param m number of rows of A
     * @param n number of columns of A
     * @param alpha the scalar multiplier of the product
     * @param a the matrix A, row-major
     * @param lda leading dimension (row stride) of A, at least {@code max(1, n)}
     * @param x the vector x
     * @param incx distance between consecutive elements of x, at least 1
     * @param beta the scalar multiplier of the output's old value; 0 overwrites it
     * @param y the vector y, read when beta is not 0 and overwritten
     * @param incy distance between consecutive elements of y, at least 1
     */
    public static void sgemv(Trans trans, int m, int n, float alpha, float[] a, int lda, float[] x, int incx,
                             float beta, float[] y, int incy) {
        kernels().sgemv(trans, m, n, alpha, a, 0, lda, x, 0, incx, beta, y, 0, incy);
    }

    /**
     * Computes {@code y = alpha·op(A)·x + beta·y} for the m×n row-major A; see {@link BlasKernels#sgemv}.
     *
     * @param trans whether to use A or its transpose
     * @param m number of rows of A
     * @param n number of columns of A
     * @param alpha the scalar multiplier of the product
     * @param a the matrix A, row-major
     * @param lda leading dimension (row stride) of A, at least {@code max(1, n)}
     * @param x the vector x
     * @param incx distance between consecutive elements of x, at least 1
     * @param beta the scalar multiplier of the output's old value; 0 overwrites it
     * @param y the vector y, read when beta is not 0 and overwritten
     * @param incy distance between consecutive elements of y, at least 1
     */
    public static void dgemv(Trans trans, int m, int n, double alpha, double[] a, int lda, double[] x, int incx,
                             double beta, double[] y, int incy) {
        kernels().dgemv(trans, m, n, alpha, a, 0, lda, x, 0, incx, beta, y, 0, incy);
    }

    /**
     * Computes {@code C = alpha·op(A)·op(B) + beta·C}, row-major; see {@link BlasKernels#sgemm}.
     *
     * @param transA whether op(A) is A or Aᵀ
     * @param transB whether op(B) is B or Bᵀ
     * @param m number of rows of C
     * @param n number of columns of C
     * @param k the inner dimension: columns of op(A) and rows of op(B)
     * @param alpha the scalar multiplier of the product
     * @param a the matrix A, row-major
     * @param lda leading dimension (row stride) of A as stored
     * @param b the matrix B, row-major
     * @param ldb leading dimension (row stride) of B as stored
     * @param beta the scalar multiplier of the output's old value; 0 overwrites it
     * @param c the matrix C, row-major, read when beta is not 0 and overwritten
     * @param ldc leading dimension (row stride) of C, at least {@code max(1, n)}
     */
    public static void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int lda,
                             float[] b, int ldb, float beta, float[] c, int ldc) {
        kernels().sgemm(transA, transB, m, n, k, alpha, a, 0, lda, b, 0, ldb, beta, c, 0, ldc);
    }

    /**
     * Computes {@code C = alpha·op(A)·op(B) + beta·C}, row-major; see {@link BlasKernels#sgemm}.
     *
     * @param transA whether op(A) is A or Aᵀ
     * @param transB whether op(B) is B or Bᵀ
     * @param m number of rows of C
     * @param n number of columns of C
     * @param k the inner dimension: columns of op(A) and rows of op(B)
     * @param alpha the scalar multiplier of the product
     * @param a the matrix A, row-major
     * @param lda leading dimension (row stride) of A as stored
     * @param b the matrix B, row-major
     * @param ldb leading dimension (row stride) of B as stored
     * @param beta the scalar multiplier of the output's old value; 0 overwrites it
     * @param c the matrix C, row-major, read when beta is not 0 and overwritten
     * @param ldc leading dimension (row stride) of C, at least {@code max(1, n)}
     */
    public static void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int lda,
                             double[] b, int ldb, double beta, double[] c, int ldc) {
        kernels().dgemm(transA, transB, m, n, k, alpha, a, 0, lda, b, 0, ldb, beta, c, 0, ldc);
    }

    // Full forms with offsets.

    /**
     * See {@link BlasKernels#sdot}.
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
    public static float sdot(int n, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        return kernels().sdot(n, x, xOffset, incx, y, yOffset, incy);
    }

    /**
     * See {@link BlasKernels#ddot}.
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
    public static double ddot(int n, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        return kernels().ddot(n, x, xOffset, incx, y, yOffset, incy);
    }

    /**
     * See {@link BlasKernels#saxpy}.
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
    public static void saxpy(int n, float alpha, float[] x, int xOffset, int incx, float[] y, int yOffset,
                             int incy) {
        kernels().saxpy(n, alpha, x, xOffset, incx, y, yOffset, incy);
    }

    /**
     * See {@link BlasKernels#daxpy}.
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
    public static void daxpy(int n, double alpha, double[] x, int xOffset, int incx, double[] y, int yOffset,
                             int incy) {
        kernels().daxpy(n, alpha, x, xOffset, incx, y, yOffset, incy);
    }

    /**
     * See {@link BlasKernels#snrm2}.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @return the Euclidean norm
     */
    public static float snrm2(int n, float[] x, int xOffset, int incx) {
        return kernels().snrm2(n, x, xOffset, incx);
    }

    /**
     * See {@link BlasKernels#dnrm2}.
     *
     * @param n number of elements
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param incx distance between consecutive elements of x, at least 1
     * @return the Euclidean norm
     */
    public static double dnrm2(int n, double[] x, int xOffset, int incx) {
        return kernels().dnrm2(n, x, xOffset, incx);
    }

    /**
     * See {@link BlasKernels#sgemv}.
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
    public static void sgemv(Trans trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
                             float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy) {
        kernels().sgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    /**
     * See {@link BlasKernels#dgemv}.
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
    public static void dgemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                             double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        kernels().dgemv(trans, m, n, alpha, a, aOffset, lda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    /**
     * See {@link BlasKernels#sgemm}.
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
    public static void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int aOffset,
                             int lda, float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        kernels().sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    /**
     * See {@link BlasKernels#dgemm}.
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
    public static void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a,
                             int aOffset, int lda, double[] b, int bOffset, int ldb, double beta, double[] c,
                             int cOffset, int ldc) {
        kernels().dgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    /** Keeps the SIMD class unloaded unless it is used, so a JVM without the Vector API never touches it. */
    private static final class SimdHolder {
        static final BlasKernels INSTANCE = SimdBlas.INSTANCE;
    }

    /** The native binding, looked up once through {@link ServiceLoader}. */
    private static final class NativeHolder {
        static final NativeBlas NATIVE;
        static final String STATUS;
        static final boolean MODULE_PRESENT;
        /** The invalid system property that stopped the search, or null. */
        static final String CONFIGURATION_ERROR;

        static {
            NativeBlas loaded = null;
            String configurationError = null;
            List<String> failures = new ArrayList<>();
            List<NativeBlasProvider> providers = ServiceLoader.load(NativeBlasProvider.class).stream()
                    .map(ServiceLoader.Provider::get)
                    .toList();
            for (NativeBlasProvider provider : providers) {
                try {
                    loaded = provider.load();
                    break;
                } catch (IllegalStateException | UnsupportedOperationException e) {
                    failures.add(e.getMessage());
                } catch (IllegalArgumentException e) {
                    // A bad property is the user's mistake, so it is reported and no other provider is tried.
                    configurationError = e.getMessage();
                    failures.add(configurationError);
                    break;
                }
            }
            NATIVE = loaded;
            CONFIGURATION_ERROR = configurationError;
            MODULE_PRESENT = !providers.isEmpty();
            if (loaded != null) {
                STATUS = "native BLAS " + loaded.libraryPath() + " (" + loaded.threads() + " thread"
                        + (loaded.threads() == 1 ? "" : "s") + ")";
            } else if (providers.isEmpty()) {
                STATUS = "no native BLAS: the dev.lanekit.nativeblas module (lanekit-native) is not on the class"
                        + " or module path";
            } else {
                STATUS = "no native BLAS loaded: " + String.join("; ", failures);
            }
        }
    }

    /** The choice of {@code -Dlanekit.blas}, made once. */
    private static final class Active {
        /** The chosen implementation, or null when {@link #FAILURE} is set. */
        static final BlasKernels KERNELS;
        static final BlasInfo INFO;
        /** The reason no implementation could be chosen, or null; stored, not thrown, so the class stays usable. */
        static final String FAILURE;

        static {
            String value = System.getProperty(MODE_PROPERTY, "auto");
            Choice choice = null;
            String failure = null;
            try {
                choice = choose(value.trim().toLowerCase(Locale.ROOT), value);
            } catch (IllegalStateException e) {
                failure = e.getMessage();
            }
            KERNELS = choice == null ? null : choice.kernels();
            INFO = choice == null ? null : choice.info();
            FAILURE = failure;
            if (choice != null) {
                LOG.log(Level.INFO, "lanekit BLAS: " + INFO.active() + "; " + INFO.nativeStatus());
            } else {
                LOG.log(Level.ERROR, "lanekit BLAS cannot run: " + FAILURE);
            }
        }

        private record Choice(BlasKernels kernels, BlasInfo info) {}

        private static Choice choose(String mode, String value) {
            BlasKernels java = java();
            String javaName = java == ScalarBlas.INSTANCE ? "Java scalar" : "Java SIMD";
            switch (mode) {
                case "java" -> {
                    return new Choice(java, new BlasInfo(mode, javaName, Optional.empty(),
                            "not used: -D" + MODE_PROPERTY + "=java"));
                }
                case "native" -> {
                    NativeBlas nativeBlas = nativeBlas();
                    return new Choice(nativeBlas, new BlasInfo(mode, "native", Optional.of(nativeBlas),
                            NativeHolder.STATUS));
                }
                case "auto" -> {
                    if (NativeHolder.CONFIGURATION_ERROR != null) {
                        throw new IllegalStateException(NativeHolder.CONFIGURATION_ERROR);
                    }
                    if (NativeHolder.NATIVE != null) {
                        AutoBlas auto = new AutoBlas(java, NativeHolder.NATIVE);
                        return new Choice(auto, new BlasInfo(mode, javaName + " and native: " + auto,
                                Optional.of(NativeHolder.NATIVE), NativeHolder.STATUS));
                    }
                    if (NativeHolder.MODULE_PRESENT) {
                        LOG.log(Level.WARNING, "lanekit BLAS runs in Java only: " + NativeHolder.STATUS);
                    }
                    return new Choice(java, new BlasInfo(mode, javaName, Optional.empty(), NativeHolder.STATUS));
                }
                default -> throw new IllegalStateException("invalid -D" + MODE_PROPERTY + "=" + value
                        + ": expected auto, native or java");
            }
        }
    }
}
