package dev.lanekit.bench.blas;

import dev.lanekit.blas.Blas;
import dev.lanekit.blas.BlasKernels;
import dev.lanekit.blas.NativeBlas;
import dev.ludovic.netlib.blas.JavaBLAS;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;

/** Inputs and peers shared by the BLAS benchmarks. */
final class BlasData {

    static final long SEED = 20261204L;

    private static final String VECTOR_BLAS = "dev.ludovic.netlib.blas.VectorBLAS";

    private BlasData() {}

    /** Returns n floats uniform in [-1, 1) from a fixed seed. */
    static float[] uniform(int n, long seed) {
        Random random = new Random(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = 2 * random.nextFloat() - 1;
        }
        return values;
    }

    /** Returns an off-heap copy of {@code values} that lives as long as {@code arena}. */
    static MemorySegment offHeap(Arena arena, float[] values) {
        MemorySegment segment = arena.allocate(ValueLayout.JAVA_FLOAT, values.length);
        MemorySegment.copy(values, 0, segment, ValueLayout.JAVA_FLOAT, 0, values.length);
        return segment;
    }

    /**
     * Returns netlib's (dev.ludovic.netlib:blas 3.0.4) pure-Java BLAS, checked to be its Vector API
     * implementation {@code VectorBLAS}, so that a fallback to its scalar code is reported, not measured.
     */
    static JavaBLAS netlib() {
        JavaBLAS blas = JavaBLAS.getInstance();
        if (!blas.getClass().getName().equals(VECTOR_BLAS)) {
            throw new IllegalStateException("netlib's JavaBLAS is " + blas.getClass().getName() + ", not "
                    + VECTOR_BLAS + "; add the JVM flag --add-modules jdk.incubator.vector");
        }
        return blas;
    }

    /** Throws when two results differ by more than {@code bound} anywhere. */
    static void requireClose(String what, float[] expected, float[] got, double bound) {
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(expected[i] - got[i]) <= bound)) {
                throw new IllegalStateException(what + " disagrees with the scalar result at element " + i + ": "
                        + got[i] + " instead of " + expected[i] + ", more than the bound " + bound);
            }
        }
    }

    /** The Java kernels, loaded in the forks that run them. */
    static final class Kernels {
        static final BlasKernels SCALAR = Blas.scalar();
        static final BlasKernels SIMD = Blas.simd();
    }

    /** The native binding, loaded only in the forks that run it. */
    static final class NativeHolder {
        static final NativeBlas BLAS = Blas.nativeBlas();
    }

    /** netlib's VectorBLAS, loaded only in the forks that run it. */
    static final class NetlibHolder {
        static final JavaBLAS BLAS = netlib();
    }
}
