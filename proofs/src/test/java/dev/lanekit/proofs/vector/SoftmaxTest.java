package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.proofs.kit.Bounds;
import dev.lanekit.proofs.kit.Lengths;
import dev.lanekit.vector.VectorKernels;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Softmax on inputs that broke real implementations: logits whose exponentials overflow float, a max
 * seeded with something other than −∞, and infinite logits, for which lanekit implements the limit.
 */
class SoftmaxTest {

    static java.util.stream.Stream<org.junit.jupiter.api.Named<VectorKernels>> targets() {
        return Targets.all();
    }

    private static float[] softmax(VectorKernels k, float... x) {
        float[] y = x.clone();
        k.softmax(y, 0, y.length);
        return y;
    }

    @ParameterizedTest
    @MethodSource("targets")
    void hugeLogitTakesAllMass(VectorKernels k) {
        // exp(378.1) overflows float; the true outputs besides the fourth are about 1.9e-273 and smaller.
        float[] y = softmax(k, -249.873093f, -424.126709f, -460.292542f, 378.097443f, -292.614532f);
        assertArrayEquals(new float[] {0f, 0f, 0f, 1f, 0f}, y);
        float sum = 0f;
        for (float v : y) {
            sum += v;
        }
        assertEquals(1f, sum);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void largeGapGivesOneAndZero(VectorKernels k) {
        assertArrayEquals(new float[] {1f, 0f}, softmax(k, 1000f, 0f));
        assertArrayEquals(new float[] {1f, 0f}, softmax(k, 0f, Float.NEGATIVE_INFINITY));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void allNegativeLogitsStayFinite(VectorKernels k) {
        // A max seeded with Float.MIN_VALUE or 0 makes every exponential underflow, and the row 0/0 = NaN.
        float[] y = softmax(k, -1000f, -1001f);
        double first = 1 / (1 + Math.exp(-1));
        assertTrue(Bounds.floatUlps(y[0], first) <= 1, "softmax([-1000, -1001])[0] = " + y[0] + ", expected 0.7310586");
        assertTrue(Bounds.floatUlps(y[1], 1 - first) <= 1,
                "softmax([-1000, -1001])[1] = " + y[1] + ", expected 0.26894143");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void equalNegativeLogitsAreUniform(VectorKernels k) {
        // Lengths one past a vector, two vectors and four vectors, so the SIMD loops and their tails run.
        for (int lanes : Lengths.LANE_COUNTS) {
            for (int n : new int[] {lanes + 1, 2 * lanes + 1, 4 * lanes + 1}) {
                float[] x = new float[n];
                Arrays.fill(x, -1000f);
                k.softmax(x, 0, n);
                for (int i = 0; i < n; i++) {
                    assertTrue(Bounds.floatUlps(x[i], 1.0 / n) <= 2, "n = " + n + ", element " + i + " = " + x[i]);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void positiveInfinityTakesAllMass(VectorKernels k) {
        assertArrayEquals(new float[] {1f, 0f}, softmax(k, Float.POSITIVE_INFINITY, 1f));
        assertArrayEquals(new float[] {0f, 0f, 1f}, softmax(k, 1f, 1f, Float.POSITIVE_INFINITY));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void positiveInfinitiesShareMass(VectorKernels k) {
        float inf = Float.POSITIVE_INFINITY;
        assertArrayEquals(new float[] {0.5f, 0f, 0.5f}, softmax(k, inf, 0f, inf));

        // Long enough for the vector path: three +∞ among 100 logits.
        float[] x = new float[100];
        x[3] = inf;
        x[40] = inf;
        x[99] = inf;
        k.softmax(x, 0, x.length);
        for (int i = 0; i < x.length; i++) {
            float expected = i == 3 || i == 40 || i == 99 ? 1f / 3 : 0f;
            assertEquals(expected, x[i], "element " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void allNegativeInfinityIsUniform(VectorKernels k) {
        float ninf = Float.NEGATIVE_INFINITY;
        assertArrayEquals(new float[] {0.25f, 0.25f, 0.25f, 0.25f}, softmax(k, ninf, ninf, ninf, ninf));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void nanMakesEveryOutputNaN(VectorKernels k) {
        float[] y = softmax(k, 1f, Float.NaN, Float.POSITIVE_INFINITY);
        for (float v : y) {
            assertTrue(Float.isNaN(v), Arrays.toString(y));
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void emptyIsNoOp(VectorKernels k) {
        float[] x = {Float.NaN};
        k.softmax(x, 1, 0);
        assertTrue(Float.isNaN(x[0]));
        assertEquals(0, softmax(k).length);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void largeLogitsMatchReference(VectorKernels k) {
        // Logits near 100 at their real scale, long enough for the vector path.
        int n = 70;
        float[] x = new float[n];
        double[] wide = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 95f + (i % 11) * 0.75f;
            wide[i] = x[i];
        }
        double[] expected = dev.lanekit.proofs.kit.References.softmax(wide);
        k.softmax(x, 0, n);
        for (int i = 0; i < n; i++) {
            // Arguments within 7.5 of the max: 7.5u from rounding them, exp, sum and division within 30u in all.
            Bounds.assertRelative("softmax element " + i, x[i], expected[i], 40 * Bounds.FLOAT.u(), 0);
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void logSumExpEdges(VectorKernels k) {
        assertEquals(Float.NEGATIVE_INFINITY, k.logSumExp(new float[0], 0, 0));
        assertEquals(Float.NEGATIVE_INFINITY, k.logSumExp(new float[] {Float.NEGATIVE_INFINITY}, 0, 1));
        assertEquals(Float.POSITIVE_INFINITY, k.logSumExp(new float[] {1f, Float.POSITIVE_INFINITY}, 0, 2));
        assertTrue(Float.isNaN(k.logSumExp(new float[] {Float.NaN, Float.POSITIVE_INFINITY}, 0, 2)));
        assertEquals(1000f + (float) Math.log(2), k.logSumExp(new float[] {1000f, 1000f}, 0, 2), Math.ulp(1000f));
        assertEquals(Double.NEGATIVE_INFINITY, k.logSumExp(new double[0], 0, 0));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void doubleSoftmaxFollowsSamePolicy(VectorKernels k) {
        double[] x = {Double.POSITIVE_INFINITY, 1.0, Double.POSITIVE_INFINITY};
        k.softmax(x, 0, 3);
        assertArrayEquals(new double[] {0.5, 0.0, 0.5}, x);
        double[] y = {-1000.0, -1001.0};
        k.softmax(y, 0, 2);
        assertEquals(1 / (1 + Math.exp(-1)), y[0], 2 * Math.ulp(y[0]));
    }
}
