package dev.lanekit.proofs.blas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.blas.Blas;
import dev.lanekit.blas.BlasKernels;
import dev.lanekit.blas.Trans;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Fixed inputs with known exact results, run on the scalar, Java, dispatching and native implementations. */
class BlasCasesTest {

    private static final Trans N = Trans.NO_TRANS;
    private static final Trans T = Trans.TRANS;
    /** A quiet NaN with a payload, to check that untouched outputs keep their exact bits. */
    private static final float MARKED_NAN = Float.intBitsToFloat(0x7fc0_0123);

    static Map<String, BlasKernels> implementations() {
        Map<String, BlasKernels> all = new LinkedHashMap<>();
        all.put("scalar", Blas.scalar());
        if (Blas.java() != Blas.scalar()) {
            all.put("java", Blas.java());
        }
        if (Blas.kernels() != Blas.java()) {
            all.put("active", Blas.kernels());
        }
        Blas.findNativeBlas().ifPresent(nativeBlas -> all.put("native", nativeBlas));
        return all;
    }

    private static void forEach(Consumer<Map.Entry<String, BlasKernels>> test) {
        implementations().entrySet().forEach(test);
    }

    @Test
    void gemvBetaZeroOverwritesNaN() {
        forEach(e -> {
            float[] y = {Float.NaN, Float.POSITIVE_INFINITY};
            e.getValue().sgemv(N, 2, 2, 1f, new float[] {1, 2, 3, 4}, 0, 2, new float[] {1, 1}, 0, 1, 0f, y, 0, 1);
            assertArrayEquals(new float[] {3, 7}, y, e.getKey());
        });
    }

    @Test
    void gemvAlphaZeroIgnoresA() {
        forEach(e -> {
            float[] y = {4, 5};
            e.getValue().sgemv(N, 2, 2, 0f, new float[] {Float.NaN, 1, 1, 1}, 0, 2, new float[] {1, 1}, 0, 1,
                    0f, y, 0, 1);
            assertArrayEquals(new float[] {0, 0}, y, e.getKey());
        });
    }

    @Test
    void gemvAlphaZeroBetaOneKeepsBits() {
        forEach(e -> {
            float[] y = {MARKED_NAN, 5};
            e.getValue().sgemv(N, 2, 2, 0f, new float[] {Float.NaN, 1, 1, 1}, 0, 2, new float[] {1, 1}, 0, 1,
                    1f, y, 0, 1);
            assertEquals(Float.floatToRawIntBits(MARKED_NAN), Float.floatToRawIntBits(y[0]), e.getKey());
            assertEquals(5f, y[1], e.getKey());
        });
    }

    @Test
    void gemmBetaZeroOverwritesNaN() {
        float[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        float[] b = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        float[] expected = {60, 48, 36, 168, 138, 108, 276, 228, 180};
        forEach(e -> {
            float[] c = new float[9];
            java.util.Arrays.fill(c, Float.NaN);
            e.getValue().sgemm(N, N, 3, 3, 3, 2f, a, 0, 3, b, 0, 3, 0f, c, 0, 3);
            assertArrayEquals(expected, c, e.getKey());
        });
    }

    @Test
    void gemmEmptyInnerDimensionScalesC() {
        forEach(e -> {
            float[] c = {1, 2, 3, 4};
            e.getValue().sgemm(N, N, 2, 2, 0, 1f, new float[0], 0, 1, new float[0], 0, 2, 2f, c, 0, 2);
            assertArrayEquals(new float[] {2, 4, 6, 8}, c, e.getKey());
        });
    }

    @Test
    void gemmEmptyInnerDimensionBetaZero() {
        forEach(e -> {
            float[] c = {Float.NaN, 1, 2, 3};
            e.getValue().sgemm(N, N, 2, 2, 0, 1f, new float[0], 0, 1, new float[0], 0, 2, 0f, c, 0, 2);
            assertArrayEquals(new float[] {0, 0, 0, 0}, c, e.getKey());
        });
    }

    @Test
    void gemmEmptyOutputIsNoOp() {
        forEach(e -> {
            float[] c = {MARKED_NAN, 7};
            e.getValue().sgemm(N, N, 0, 2, 2, 1f, new float[0], 0, 2, new float[] {1, 2, 3, 4}, 0, 2, 0f, c, 0, 2);
            e.getValue().sgemm(N, N, 2, 0, 2, 1f, new float[] {1, 2, 3, 4}, 0, 2, new float[0], 0, 1, 0f, c, 0, 1);
            assertEquals(Float.floatToRawIntBits(MARKED_NAN), Float.floatToRawIntBits(c[0]), e.getKey());
            assertEquals(7f, c[1], e.getKey());
        });
    }

    @Test
    void gemmLeadingDimensionRule() {
        forEach(e -> {
            float[] c = {1, 2, 3, 4};
            // k = 0: B is 0×2, so ldb = n = 2 is legal and ldb = 0 is not.
            e.getValue().sgemm(N, N, 2, 2, 0, 1f, new float[0], 0, 1, new float[0], 0, 2, 1f, c, 0, 2);
            assertThrows(IllegalArgumentException.class, () -> e.getValue().sgemm(N, N, 2, 2, 0, 1f,
                    new float[0], 0, 1, new float[0], 0, 0, 1f, c, 0, 2), e.getKey());
            assertThrows(IllegalArgumentException.class, () -> e.getValue().sgemm(N, N, 2, 2, 2, 1f,
                    new float[4], 0, 1, new float[4], 0, 2, 1f, c, 0, 2), e.getKey() + ": lda < k");
            assertThrows(IllegalArgumentException.class, () -> e.getValue().sgemm(N, N, 2, 2, 2, 1f,
                    new float[4], 0, 2, new float[4], 0, 2, 1f, c, 0, 1), e.getKey() + ": ldc < n");
        });
    }

    @Test
    void gemmOutputOverlappingARejected() {
        Map<String, BlasKernels> all = implementations();
        all.put("parallel", Blas.parallel(Blas.java(), Runnable::run, 2));
        all.forEach((name, blas) -> {
            float[] shared = {1, 2, 3, 4, 5, 6, 7, 8};
            float[] before = shared.clone();
            assertThrows(IllegalArgumentException.class, () -> blas.sgemm(N, N, 2, 2, 2, 1f,
                    shared, 0, 2, new float[4], 0, 2, 0f, shared, 2, 2), name);
            assertArrayEquals(before, shared, name + ": nothing written");
        });
    }

    @Test
    void gemmOutputOverlappingBRejected() {
        forEach(e -> {
            double[] shared = new double[8];
            assertThrows(IllegalArgumentException.class, () -> e.getValue().dgemm(N, T, 2, 2, 2, 1.0,
                    new double[4], 0, 2, shared, 0, 2, 0.0, shared, 0, 2), e.getKey());
        });
    }

    @Test
    void gemmDisjointRangesOfOneArray() {
        forEach(e -> {
            // A = [[1, 2], [3, 4]] at 0, B = I at 4, C at 8: one array, three separate ranges.
            float[] shared = {1, 2, 3, 4, 1, 0, 0, 1, 9, 9, 9, 9};
            e.getValue().sgemm(N, N, 2, 2, 2, 1f, shared, 0, 2, shared, 4, 2, 0f, shared, 8, 2);
            assertArrayEquals(new float[] {1, 2, 3, 4}, Arrays.copyOfRange(shared, 8, 12), e.getKey());
        });
    }

    @Test
    void gemvOutputOverlappingXRejected() {
        forEach(e -> {
            float[] shared = {1, 1, 0};
            assertThrows(IllegalArgumentException.class, () -> e.getValue().sgemv(N, 2, 2, 1f,
                    new float[] {1, 2, 3, 4}, 0, 2, shared, 0, 1, 0f, shared, 1, 1), e.getKey());
            assertArrayEquals(new float[] {1, 1, 0}, shared, e.getKey() + ": nothing written");
        });
    }

    @Test
    void gemvOutputOverlappingARejected() {
        forEach(e -> {
            double[] shared = new double[6];
            assertThrows(IllegalArgumentException.class, () -> e.getValue().dgemv(T, 2, 2, 1.0,
                    shared, 0, 2, new double[2], 0, 1, 0.0, shared, 3, 1), e.getKey());
        });
    }

    @Test
    void gemmExtentPastArrayThrows() {
        forEach(e -> {
            float[] c = new float[4];
            assertThrows(IndexOutOfBoundsException.class, () -> e.getValue().sgemm(N, N, 2, 2, 2, 1f,
                    new float[4], 0, 3, new float[4], 0, 2, 1f, c, 0, 2), e.getKey());
            assertThrows(IndexOutOfBoundsException.class, () -> e.getValue().sgemm(T, N, 2, 2, 2, 1f,
                    new float[4], 1, 2, new float[4], 0, 2, 1f, c, 0, 2), e.getKey());
            assertThrows(IndexOutOfBoundsException.class, () -> e.getValue().sgemm(N, T, 2, 2, 2, 1f,
                    new float[4], 0, 2, new float[4], 0, 2, 1f, c, 1, 2), e.getKey());
        });
    }

    @Test
    void gemvRowMajorLeadingDimension() {
        float[] x = {1, 2};
        forEach(e -> {
            float[] y = new float[3];
            e.getValue().sgemv(N, 3, 2, 1f, new float[] {1, 2, 3, 4, 5, 6}, 0, 2, x, 0, 1, 0f, y, 0, 1);
            assertArrayEquals(new float[] {5, 11, 17}, y, e.getKey() + ": lda = 2");

            float[] padded = {1, 2, Float.NaN, 3, 4, Float.NaN, 5, 6, Float.NaN};
            float[] y3 = new float[3];
            e.getValue().sgemv(N, 3, 2, 1f, padded, 0, 3, x, 0, 1, 0f, y3, 0, 1);
            assertArrayEquals(new float[] {5, 11, 17}, y3, e.getKey() + ": lda = 3 with NaN padding");
        });
    }

    @Test
    void gemvUnpaddedStorageThrows() {
        forEach(e -> {
            float[] y = {MARKED_NAN, 0, 0};
            // The last row would need index 2·3 + 1 = 7 of a 6-element array.
            assertThrows(IndexOutOfBoundsException.class, () -> e.getValue().sgemv(N, 3, 2, 1f,
                    new float[] {1, 2, 3, 4, 5, 6}, 0, 3, new float[] {1, 2}, 0, 1, 0f, y, 0, 1), e.getKey());
            assertEquals(Float.floatToRawIntBits(MARKED_NAN), Float.floatToRawIntBits(y[0]),
                    e.getKey() + ": y untouched");
        });
    }

    @Test
    void gemvTransposeColumnSums() {
        forEach(e -> {
            float[] y = new float[2];
            e.getValue().sgemv(T, 3, 2, 1f, new float[] {1, 2, 3, 4, 5, 6}, 0, 2, new float[] {1, 1, 1}, 0, 1,
                    0f, y, 0, 1);
            assertArrayEquals(new float[] {9, 12}, y, e.getKey());
        });
    }

    @Test
    void gemvSweepAgainstReference() {
        java.util.Random random = new java.util.Random(7);
        Map<String, BlasKernels> implementations = implementations();
        for (int m = 1; m <= 8; m++) {
            for (int n = 1; n <= 257; n++) {
                for (Trans trans : Trans.values()) {
                    for (double alpha : new double[] {1, 2}) {
                        for (double beta : new double[] {0, 2}) {
                            sweepCase(implementations, random, trans, m, n, alpha, beta);
                        }
                    }
                }
            }
        }
    }

    private static void sweepCase(Map<String, BlasKernels> implementations, java.util.Random random, Trans trans,
                                  int m, int n, double alpha, double beta) {
        int inputs = trans == N ? n : m;
        int outputs = trans == N ? m : n;
        double[] a = new double[m * n];
        double[] x = new double[inputs];
        double[] y = new double[outputs];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextInt(9) - 4;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(9) - 4;
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = beta == 0 ? Double.NaN : random.nextInt(9) - 4;
        }
        BlasReference.Result expected = BlasReference.gemv(trans, m, n, alpha, a, 0, n, x, 0, 1, beta, y, 0, 1);
        float[] aFloats = toFloats(a);
        float[] xFloats = toFloats(x);
        for (Map.Entry<String, BlasKernels> e : implementations.entrySet()) {
            float[] out = toFloats(y);
            e.getValue().sgemv(trans, m, n, (float) alpha, aFloats, 0, n, xFloats, 0, 1, (float) beta, out, 0, 1);
            // Small integers: every partial sum is exact in float, so the result is too.
            for (int i = 0; i < outputs; i++) {
                int element = i;
                assertEquals(expected.value()[i], out[i], 0, () -> e.getKey() + " sgemv(" + trans + ", m=" + m
                        + ", n=" + n + ", alpha=" + alpha + ", beta=" + beta + ") element " + element);
            }
        }
    }

    @Test
    void dotSweepIsExact() {
        // a[i] = (i mod 3) + 1 and b[i] = 4 − (i mod 3): every partial sum is a small integer.
        int[] sizes = {1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129};
        float[] expected = {4, 36, 42, 48, 80, 84, 90, 164, 170, 176, 336, 340, 346, 676, 682, 688};
        forEach(e -> {
            for (int s = 0; s < sizes.length; s++) {
                int n = sizes[s];
                float[] a = new float[n + 1];
                float[] b = new float[n + 1];
                for (int i = 0; i < n; i++) {
                    a[i] = (i % 3) + 1;
                    b[i] = 4 - (i % 3);
                }
                // A NaN just past n would show up if the tail read one element too far.
                a[n] = Float.NaN;
                b[n] = Float.NaN;
                assertEquals(expected[s], e.getValue().sdot(n, a, 0, 1, b, 0, 1), e.getKey() + " n=" + n);
            }
        });
    }

    @Test
    void nrm2AvoidsOverflowAndUnderflow() {
        forEach(e -> {
            BlasKernels blas = e.getValue();
            assertEquals(5e30f, blas.snrm2(2, new float[] {3e30f, 4e30f}, 0, 1), 5e30f * 0x1p-22f, e.getKey());
            assertEquals(5e-30f, blas.snrm2(2, new float[] {3e-30f, 4e-30f}, 0, 1), 5e-30f * 0x1p-22f, e.getKey());
            assertEquals(5e300, blas.dnrm2(2, new double[] {3e300, 4e300}, 0, 1), 5e300 * 0x1p-50, e.getKey());
            assertEquals(5e-300, blas.dnrm2(2, new double[] {3e-300, 4e-300}, 0, 1), 5e-300 * 0x1p-50, e.getKey());
        });
    }

    @Test
    void nrm2SpecialValues() {
        forEach(e -> {
            BlasKernels blas = e.getValue();
            assertTrue(Double.isNaN(blas.dnrm2(3, new double[] {1, Double.NaN, Double.POSITIVE_INFINITY}, 0, 1)),
                    e.getKey() + ": NaN wins over ∞");
            assertEquals(Double.POSITIVE_INFINITY, blas.dnrm2(2, new double[] {1, Double.NEGATIVE_INFINITY}, 0, 1),
                    e.getKey());
            assertTrue(Float.isNaN(blas.snrm2(2, new float[] {Float.NaN, 1}, 0, 1)), e.getKey());
            assertEquals(0f, blas.snrm2(0, new float[0], 0, 1), e.getKey());
        });
    }

    @Test
    void invalidArgumentsRejected() {
        forEach(e -> {
            BlasKernels blas = e.getValue();
            float[] v = new float[4];
            assertThrows(IllegalArgumentException.class, () -> blas.sdot(-1, v, 0, 1, v, 0, 1), e.getKey());
            assertThrows(IllegalArgumentException.class, () -> blas.sdot(2, v, 0, 0, v, 0, 1), e.getKey());
            assertThrows(IndexOutOfBoundsException.class, () -> blas.sdot(3, v, 0, 2, v, 0, 1), e.getKey());
            assertThrows(IndexOutOfBoundsException.class, () -> blas.saxpy(2, 1f, v, 3, 1, v, 0, 1), e.getKey());
            assertThrows(IllegalArgumentException.class, () -> blas.sgemv(N, -1, 2, 1f, v, 0, 2, v, 0, 1, 0f, v, 0, 1),
                    e.getKey());
            assertThrows(NullPointerException.class, () -> blas.sgemv(null, 2, 2, 1f, v, 0, 2, v, 0, 1, 0f, v, 0, 1),
                    e.getKey());
        });
    }

    @Test
    void concurrentCallsAgree() throws Exception {
        int n = 131;
        float[] a = new float[n * n];
        float[] b = new float[n * n];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextFloat() - 0.5f;
            b[i] = random.nextFloat() - 0.5f;
        }
        BlasKernels blas = Blas.kernels();
        float[] serial = new float[n * n];
        blas.sgemm(N, T, n, n, n, 1f, a, 0, n, b, 0, n, 0f, serial, 0, n);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            java.util.List<Future<float[]>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 16; t++) {
                results.add(pool.submit(() -> {
                    float[] c = new float[n * n];
                    blas.sgemm(N, T, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
                    return c;
                }));
            }
            for (Future<float[]> result : results) {
                assertArrayEquals(serial, result.get(), "a concurrent call differs from the serial one");
            }

            // Row blocks are multiples of the micro-tile height, so the parallel result has the same bits.
            float[] parallel = new float[n * n];
            Blas.parallel(blas, pool, 4).sgemm(N, T, n, n, n, 1f, a, 0, n, b, 0, n, 0f, parallel, 0, n);
            assertArrayEquals(serial, parallel, "parallel sgemm differs from the serial one");
        } finally {
            pool.shutdownNow();
        }
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }
}
