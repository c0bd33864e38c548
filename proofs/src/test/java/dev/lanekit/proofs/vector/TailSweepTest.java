package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.proofs.kit.Bounds;
import dev.lanekit.proofs.kit.References;
import dev.lanekit.vector.VectorKernels;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every length from 0 through four vectors of the widest species plus a tail, on a[i] = (i mod 3) + 1 and
 * b[i] = 4 − (i mod 3), whose sums are small integers and so exact in float. Each slice sits at offset 3
 * of a larger array whose other elements are NaN: a kernel that reads before or past its slice returns NaN,
 * and one that writes there overwrites a sentinel.
 */
class TailSweepTest {

    /** Four vectors of 16 floats, plus three: every tail length of the widest unrolled block. */
    private static final int MAX_N = 4 * 16 + 3;
    private static final int OFFSET = 3;
    private static final int TRAILING = 17;

    /** The known dot products, all exact in float. */
    private static final Map<Integer, Float> DOTS = Map.ofEntries(
            Map.entry(1, 4f), Map.entry(7, 36f), Map.entry(8, 42f), Map.entry(9, 48f), Map.entry(15, 80f),
            Map.entry(16, 84f), Map.entry(17, 90f), Map.entry(31, 164f), Map.entry(32, 170f), Map.entry(33, 176f),
            Map.entry(63, 336f), Map.entry(64, 340f), Map.entry(65, 346f), Map.entry(127, 676f),
            Map.entry(128, 682f), Map.entry(129, 688f));

    static java.util.stream.Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    private static float[] a(int n) {
        return slice(n, i -> (i % 3) + 1f);
    }

    private static float[] b(int n) {
        return slice(n, i -> 4f - (i % 3));
    }

    private static float[] slice(int n, java.util.function.IntFunction<Float> element) {
        float[] backing = new float[OFFSET + n + TRAILING];
        Arrays.fill(backing, Float.NaN);
        for (int i = 0; i < n; i++) {
            backing[OFFSET + i] = element.apply(i);
        }
        return backing;
    }

    private static double[] widen(float[] backing, int n) {
        return References.widen(Arrays.copyOfRange(backing, OFFSET, OFFSET + n));
    }

    private static void assertSentinels(float[] backing, int n, String what) {
        for (int i = 0; i < backing.length; i++) {
            if (i < OFFSET || i >= OFFSET + n) {
                assertTrue(Float.isNaN(backing[i]), what + " wrote element " + i + " outside its slice of " + n);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void dotKnownValues(VectorKernels k) {
        for (Map.Entry<Integer, Float> entry : DOTS.entrySet()) {
            int n = entry.getKey();
            assertEquals(entry.getValue(), k.dot(a(n), OFFSET, b(n), OFFSET, n), "dot at n = " + n);
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void reductionsIgnoreSentinels(VectorKernels k) {
        for (int n = 0; n <= MAX_N; n++) {
            float[] a = a(n);
            float[] b = b(n);
            double[] wa = widen(a, n);
            double[] wb = widen(b, n);
            String at = " at n = " + n;

            assertEquals((float) References.dot(wa, wb).value(), k.dot(a, OFFSET, b, OFFSET, n), "dot" + at);
            assertEquals((float) References.sum(wa).value(), k.sum(a, OFFSET, n), "sum" + at);
            double[] difference = References.difference(wa, wb);
            assertEquals((float) References.dot(difference, difference).value(),
                    k.squaredDistance(a, OFFSET, b, OFFSET, n), "squaredDistance" + at);
            for (double p : new double[] {1, 2, 3, 4, 2.5, Double.POSITIVE_INFINITY}) {
                Bounds.assertRelative("norm p=" + p + at, k.norm(a, OFFSET, n, p), References.norm(wa, p),
                        Bounds.gamma(n + 2, Bounds.FLOAT.u()), 0);
                Bounds.assertRelative("distance p=" + p + at, k.distance(a, OFFSET, b, OFFSET, n, p),
                        References.norm(difference, p), Bounds.gamma(n + 2, Bounds.FLOAT.u()), 0);
            }
            if (n > 0) {
                assertEquals((float) Math.min(n, 3), k.max(a, OFFSET, n), "max" + at);
                assertEquals(Math.min(n - 1, 2), k.argmax(a, OFFSET, n), "argmax" + at);
                double cosine = References.dot(wa, wb).value() / References.norm(wa, 2) / References.norm(wb, 2);
                Bounds.assertRelative("cosine" + at, k.cosine(a, OFFSET, b, OFFSET, n), cosine,
                        2 * Bounds.gamma(n, Bounds.FLOAT.u()) + 4 * Bounds.FLOAT.u(), 0);
            }
            // Arguments lie within 2 of the max: 2u from rounding them, 2u from exp, γ for the sum, then the
            // rounding of the result.
            double lse = References.logSumExp(wa);
            double u = Bounds.FLOAT.u();
            Bounds.assertRelative("logSumExp" + at, k.logSumExp(a, OFFSET, n), lse, 0,
                    4 * u + Bounds.gamma(n + 1, u) + u * (Math.abs(lse) + 3));
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void writersStayInSlice(VectorKernels k) {
        for (int n = 0; n <= MAX_N; n++) {
            String at = " at n = " + n;
            float[] y = b(n);
            k.axpy(2f, a(n), OFFSET, y, OFFSET, n);
            assertSentinels(y, n, "axpy" + at);
            float[] x = a(n);
            k.scale(0.5f, x, OFFSET, n);
            assertSentinels(x, n, "scale" + at);
            float[] logits = a(n);
            k.softmax(logits, OFFSET, n);
            assertSentinels(logits, n, "softmax" + at);
            float total = 0f;
            for (int i = 0; i < n; i++) {
                total += logits[OFFSET + i];
            }
            if (n > 0) {
                assertEquals(1f, total, Bounds.gamma(2 * n + 2, Bounds.FLOAT.u()) * 2, "softmax sum" + at);
            }
            float[] e = a(n);
            k.exp(e, OFFSET, e, OFFSET, n);
            assertSentinels(e, n, "exp" + at);
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void doubleReductionsIgnoreSentinels(VectorKernels k) {
        for (int n = 0; n <= MAX_N; n++) {
            double[] a = new double[OFFSET + n + TRAILING];
            double[] b = new double[OFFSET + n + TRAILING];
            Arrays.fill(a, Double.NaN);
            Arrays.fill(b, Double.NaN);
            for (int i = 0; i < n; i++) {
                a[OFFSET + i] = (i % 3) + 1;
                b[OFFSET + i] = 4 - (i % 3);
            }
            double[] wa = Arrays.copyOfRange(a, OFFSET, OFFSET + n);
            String at = " at n = " + n;
            assertEquals(References.dot(wa, Arrays.copyOfRange(b, OFFSET, OFFSET + n)).value(),
                    k.dot(a, OFFSET, b, OFFSET, n), "dot" + at);
            assertEquals(References.sum(wa).value(), k.sum(a, OFFSET, n), "sum" + at);
            for (double p : new double[] {1, 2, 3, Double.POSITIVE_INFINITY}) {
                Bounds.assertRelative("norm p=" + p + at, k.norm(a, OFFSET, n, p), References.norm(wa, p),
                        VectorProperties.doubleNormBound(n, p), 0);
            }
            if (n > 0) {
                assertEquals(Math.min(n, 3), k.max(a, OFFSET, n), "max" + at);
            }
            k.softmax(a, OFFSET, n);
            for (int i = 0; i < a.length; i++) {
                if (i < OFFSET || i >= OFFSET + n) {
                    assertTrue(Double.isNaN(a[i]), "softmax wrote element " + i + at);
                }
            }
        }
    }
}
