package dev.lanekit.nativeblas;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The downcall handles of the loaded library, bound by hand from the prototypes in {@code cblas.h}
 * (LP64: every dimension, increment and leading dimension is a C {@code int}, every enum too). They are
 * {@code static final} so that C2 can inline each call; this class initializes only after
 * {@link CblasLibrary} found a library with every symbol.
 *
 * <p>Each routine has two handles. The {@code _CRITICAL} one is linked with
 * {@link Linker.Option#critical(boolean) critical(true)}, which accepts heap segments and passes the
 * array's address without copying, but holds off garbage collection for the whole call. The other one
 * takes native segments only and lets the JVM reach safepoints during the call.
 */
final class Cblas {

    /** {@code CblasRowMajor} in {@code cblas.h}. */
    static final int ROW_MAJOR = 101;

    static final MethodHandle SDOT;
    static final MethodHandle SDOT_CRITICAL;
    static final MethodHandle DDOT;
    static final MethodHandle DDOT_CRITICAL;
    static final MethodHandle SAXPY;
    static final MethodHandle SAXPY_CRITICAL;
    static final MethodHandle DAXPY;
    static final MethodHandle DAXPY_CRITICAL;
    static final MethodHandle SNRM2;
    static final MethodHandle SNRM2_CRITICAL;
    static final MethodHandle DNRM2;
    static final MethodHandle DNRM2_CRITICAL;
    static final MethodHandle SGEMV;
    static final MethodHandle SGEMV_CRITICAL;
    static final MethodHandle DGEMV;
    static final MethodHandle DGEMV_CRITICAL;
    static final MethodHandle SGEMM;
    static final MethodHandle SGEMM_CRITICAL;
    static final MethodHandle DGEMM;
    static final MethodHandle DGEMM_CRITICAL;
    /** {@code void openblas_set_num_threads(int)}, or null when the library lacks it. */
    static final MethodHandle SET_THREADS;
    /** {@code int openblas_get_num_threads(void)}, or null when the library lacks it. */
    static final MethodHandle GET_THREADS;

    static {
        CblasLibrary library = CblasLibrary.DISCOVERY.library();
        if (library == null) {
            throw new IllegalStateException(CblasLibrary.DISCOVERY.failure());
        }

        // float cblas_sdot(int n, const float *x, int incx, const float *y, int incy): the result is a
        // C float, so the descriptor returns JAVA_FLOAT; reading it as a double gives garbage.
        FunctionDescriptor sdot = FunctionDescriptor.of(JAVA_FLOAT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
        FunctionDescriptor ddot = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
        // void cblas_saxpy(int n, float alpha, const float *x, int incx, float *y, int incy)
        FunctionDescriptor saxpy = FunctionDescriptor.ofVoid(JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
        FunctionDescriptor daxpy = FunctionDescriptor.ofVoid(JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
        // float cblas_snrm2(int n, const float *x, int incx)
        FunctionDescriptor snrm2 = FunctionDescriptor.of(JAVA_FLOAT, JAVA_INT, ADDRESS, JAVA_INT);
        FunctionDescriptor dnrm2 = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_INT, ADDRESS, JAVA_INT);
        // void cblas_sgemv(order, trans, int m, int n, float alpha, const float *a, int lda,
        //                  const float *x, int incx, float beta, float *y, int incy)
        FunctionDescriptor sgemv = FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT,
                ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT);
        FunctionDescriptor dgemv = FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_DOUBLE,
                ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT);
        // void cblas_sgemm(order, transA, transB, int m, int n, int k, float alpha, const float *a, int lda,
        //                  const float *b, int ldb, float beta, float *c, int ldc)
        FunctionDescriptor sgemm = FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
                JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT);
        FunctionDescriptor dgemm = FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
                JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT);

        SDOT = bind(library, "cblas_sdot", sdot, false);
        SDOT_CRITICAL = bind(library, "cblas_sdot", sdot, true);
        DDOT = bind(library, "cblas_ddot", ddot, false);
        DDOT_CRITICAL = bind(library, "cblas_ddot", ddot, true);
        SAXPY = bind(library, "cblas_saxpy", saxpy, false);
        SAXPY_CRITICAL = bind(library, "cblas_saxpy", saxpy, true);
        DAXPY = bind(library, "cblas_daxpy", daxpy, false);
        DAXPY_CRITICAL = bind(library, "cblas_daxpy", daxpy, true);
        SNRM2 = bind(library, "cblas_snrm2", snrm2, false);
        SNRM2_CRITICAL = bind(library, "cblas_snrm2", snrm2, true);
        DNRM2 = bind(library, "cblas_dnrm2", dnrm2, false);
        DNRM2_CRITICAL = bind(library, "cblas_dnrm2", dnrm2, true);
        SGEMV = bind(library, "cblas_sgemv", sgemv, false);
        SGEMV_CRITICAL = bind(library, "cblas_sgemv", sgemv, true);
        DGEMV = bind(library, "cblas_dgemv", dgemv, false);
        DGEMV_CRITICAL = bind(library, "cblas_dgemv", dgemv, true);
        SGEMM = bind(library, "cblas_sgemm", sgemm, false);
        SGEMM_CRITICAL = bind(library, "cblas_sgemm", sgemm, true);
        DGEMM = bind(library, "cblas_dgemm", dgemm, false);
        DGEMM_CRITICAL = bind(library, "cblas_dgemm", dgemm, true);
        SET_THREADS = bindOptional(library, "openblas_set_num_threads", FunctionDescriptor.ofVoid(JAVA_INT));
        GET_THREADS = bindOptional(library, "openblas_get_num_threads", FunctionDescriptor.of(JAVA_INT));
    }

    private Cblas() {}

    private static MethodHandle bind(CblasLibrary library, String symbol, FunctionDescriptor descriptor,
                                     boolean critical) {
        MemorySegment address = library.find(symbol).orElseThrow(
                () -> new IllegalStateException(library.path + " lost symbol " + symbol + " after the check"));
        return critical
                ? Linker.nativeLinker().downcallHandle(address, descriptor, Linker.Option.critical(true))
                : Linker.nativeLinker().downcallHandle(address, descriptor);
    }

    private static MethodHandle bindOptional(CblasLibrary library, String symbol, FunctionDescriptor descriptor) {
        Optional<MemorySegment> address = library.find(symbol);
        return address.map(a -> Linker.nativeLinker().downcallHandle(a, descriptor)).orElse(null);
    }
}
