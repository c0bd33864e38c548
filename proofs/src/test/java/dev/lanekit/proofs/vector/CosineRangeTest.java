package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.proofs.kit.Bounds;
import dev.lanekit.vector.VectorKernels;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cosine similarity of vectors whose sums of squares overflow or underflow the accumulator: the result
 * must still be the true cosine, not the 0 or NaN of an overflowed or flushed sum. Lengths cover the
 * scalar path and several SIMD vectors.
 */
class CosineRangeTest {

    static Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    private static final int[] LENGTHS = {2, 3, 64, 67};

    /** Returns [s, s, …] and [s, 2s, s, 2s, …]; their cosine depends on n only. */
    private static double[][] pair(int n, double s) {
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = s;
            b[i] = (i % 2 == 0 ? 1 : 2) * s;
        }
        return new double[][] {a, b};
    }

    private static double exact(int n) {
        double ones = n / 2 + (n % 2);
        double twos = n / 2;
        return (ones + 2 * twos) / (Math.sqrt(n) * Math.sqrt(ones + 4 * twos));
    }

    private static float[] floats(double[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) x[i];
        }
        return out;
    }

    private static void assertFloatClose(double expected, float got, int n, String label) {
        // The terms are positive, so each sum is within γ_3n relative and the cosine within about 3·γ_3n,
        // plus 4 ulps for the final rounding.
        double bound = 4 * Math.ulp((float) expected) + Bounds.gamma(3 * n, Bounds.FLOAT.u()) * 3;
        assertTrue(Math.abs(got - expected) <= bound, label + " n = " + n + ": " + got + " vs " + expected);
    }

    private static void assertDoubleClose(double expected, double got, int n, String label) {
        double bound = 4 * Math.ulp(expected) + Bounds.gamma(3 * n, Bounds.DOUBLE.u()) * 3;
        assertTrue(Math.abs(got - expected) <= bound, label + " n = " + n + ": " + got + " vs " + expected);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void hugeFloatsGiveTrueCosine(VectorKernels k) {
        for (int n : LENGTHS) {
            double[][] p = pair(n, 1e30);
            assertFloatClose(exact(n), k.cosine(floats(p[0]), 0, floats(p[1]), 0, n), n, "1e30");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void tinyFloatsGiveTrueCosine(VectorKernels k) {
        for (int n : LENGTHS) {
            double[][] p = pair(n, 1e-30);
            assertFloatClose(exact(n), k.cosine(floats(p[0]), 0, floats(p[1]), 0, n), n, "1e-30");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void subnormalFloatsGiveTrueCosine(VectorKernels k) {
        for (int n : LENGTHS) {
            double[][] p = pair(n, Float.MIN_VALUE);
            assertFloatClose(exact(n), k.cosine(floats(p[0]), 0, floats(p[1]), 0, n), n, "MIN_VALUE");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void hugeDoublesGiveTrueCosine(VectorKernels k) {
        for (int n : LENGTHS) {
            double[][] p = pair(n, 1e300);
            assertDoubleClose(exact(n), k.cosine(p[0], 0, p[1], 0, n), n, "1e300");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void tinyDoublesGiveTrueCosine(VectorKernels k) {
        for (int n : LENGTHS) {
            double[][] p = pair(n, 1e-300);
            assertDoubleClose(exact(n), k.cosine(p[0], 0, p[1], 0, n), n, "1e-300");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void segmentsGiveTrueCosine(VectorKernels k) {
        try (Arena arena = Arena.ofConfined()) {
            for (int n : LENGTHS) {
                for (double s : new double[] {1e30, 1e-30}) {
                    double[][] p = pair(n, s);
                    MemorySegment a = arena.allocateFrom(ValueLayout.JAVA_FLOAT, floats(p[0]));
                    MemorySegment b = arena.allocateFrom(ValueLayout.JAVA_FLOAT, floats(p[1]));
                    assertFloatClose(exact(n), k.cosineFloat(a, 0, b, 0, n), n, "float segment " + s);
                }
                for (double s : new double[] {1e300, 1e-300}) {
                    double[][] p = pair(n, s);
                    MemorySegment a = arena.allocateFrom(ValueLayout.JAVA_DOUBLE, p[0]);
                    MemorySegment b = arena.allocateFrom(ValueLayout.JAVA_DOUBLE, p[1]);
                    assertDoubleClose(exact(n), k.cosineDouble(a, 0, b, 0, n), n, "double segment " + s);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void specialValuesStayNaN(VectorKernels k) {
        float[] zero = new float[3];
        float[] ones = {1, 1, 1};
        float[] infinite = {Float.POSITIVE_INFINITY, 1, 1};
        float[] nan = {Float.NaN, 1, 1};
        assertTrue(Float.isNaN(k.cosine(zero, 0, ones, 0, 3)), "zero vector");
        assertTrue(Float.isNaN(k.cosine(infinite, 0, ones, 0, 3)), "infinity");
        assertTrue(Float.isNaN(k.cosine(nan, 0, ones, 0, 3)), "NaN");
        assertTrue(Float.isNaN(k.cosine(new float[0], 0, new float[0], 0, 0)), "empty");
        double[] zeroD = new double[3];
        assertTrue(Double.isNaN(k.cosine(zeroD, 0, new double[] {1, 1, 1}, 0, 3)), "zero double vector");
        assertTrue(Double.isNaN(k.cosine(new double[] {Double.POSITIVE_INFINITY, 1}, 0, new double[] {1, 1}, 0, 2)),
                "double infinity");
    }
}
