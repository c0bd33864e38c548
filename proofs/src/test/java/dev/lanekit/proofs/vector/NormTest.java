package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.proofs.kit.Bounds;
import dev.lanekit.vector.VectorKernels;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ℓp norms and distances whose squares or powers overflow or underflow float: each must come out as the
 * representable true value. Every case also runs padded with zeros to 40 elements, which sends it through
 * the SIMD fast path and its fallback, and as a distance and a batched distance.
 */
class NormTest {

    /** An input, its order p and its true norm rounded to float. */
    record Case(float[] x, double p, float expected) {}

    private static final List<Case> TABLE = List.of(
            new Case(new float[] {1e20f}, 2, 1e20f),
            new Case(new float[] {3e20f, 4e20f}, 2, 5e20f),
            new Case(new float[] {1e19f, 1e19f, 1e19f, 1e19f}, 2, 2e19f),
            new Case(new float[] {3e-30f, 4e-30f}, 2, 5e-30f),
            new Case(new float[] {1.17549435e-38f, 0f}, 2, 1.17549435e-38f),
            new Case(new float[] {1.4e-45f}, 2, 1.4e-45f),
            new Case(new float[] {1e13f, 1e13f}, 3, 1.2599210e13f),
            new Case(new float[] {1e10f, 1e10f}, 4, 1.1892071e10f),
            new Case(new float[] {1e-20f, 1e-20f}, 3, 1.2599210e-20f),
            new Case(new float[] {1e20f, 1e20f}, 17, 1.0416160e20f),
            new Case(new float[] {3e38f, 3e38f}, 1, Float.POSITIVE_INFINITY),
            new Case(new float[] {-3e38f, 2e38f}, Double.POSITIVE_INFINITY, 3e38f));

    static java.util.stream.Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    private static float[] padded(float[] x) {
        return Arrays.copyOf(x, 40);
    }

    /** Asserts a float norm within γ₄ relative error, the bound of every float norm kernel on these short inputs. */
    private static void assertNorm(String what, float got, float expected) {
        if (Float.isInfinite(expected)) {
            assertEquals(expected, got, what);
            return;
        }
        Bounds.assertRelative(what, got, expected, Bounds.gamma(4, Bounds.FLOAT.u()), 0);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void scalingTable(VectorKernels k) {
        for (Case c : TABLE) {
            String what = "norm p=" + c.p() + " of " + Arrays.toString(c.x());
            assertNorm(what, k.norm(c.x(), 0, c.x().length, c.p()), c.expected());
            float[] padded = padded(c.x());
            assertNorm(what + " padded", k.norm(padded, 0, padded.length, c.p()), c.expected());
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void distancesGetSameGuard(VectorKernels k) {
        for (Case c : TABLE) {
            String what = "distance p=" + c.p() + " of " + Arrays.toString(c.x());
            float[] x = padded(c.x());
            float[] zeros = new float[x.length];
            float[] negated = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                negated[i] = -x[i];
            }
            assertNorm(what + " from 0", k.distance(x, 0, zeros, 0, x.length, c.p()), c.expected());
            assertNorm(what + " to -x", k.distance(zeros, 0, negated, 0, x.length, c.p()), c.expected());

            // Batched: two rows, the case and zeros, against the zero query.
            float[] matrix = Arrays.copyOf(x, 2 * x.length);
            float[] out = new float[2];
            k.distances(zeros, 0, matrix, 0, 2, x.length, x.length, c.p(), out, 0);
            assertNorm(what + " batched", out[0], c.expected());
            assertEquals(0f, out[1], what + " batched zero row");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void infinityAndNaN(VectorKernels k) {
        float inf = Float.POSITIVE_INFINITY;
        for (double p : new double[] {1, 2, 3, 2.5, Double.POSITIVE_INFINITY}) {
            for (int length : new int[] {2, 40}) {
                String at = " p=" + p + " length " + length;
                assertEquals(inf, k.norm(padTo(new float[] {inf}, length), 0, length, p), "[inf]" + at);
                assertEquals(inf, k.norm(padTo(new float[] {-inf, 1f}, length), 0, length, p), "[-inf, 1]" + at);
                assertTrue(Float.isNaN(k.norm(padTo(new float[] {Float.NaN, 1f}, length), 0, length, p)),
                        "[NaN, 1]" + at);
                // NaN wins over infinity, in either order.
                assertTrue(Float.isNaN(k.norm(padTo(new float[] {inf, Float.NaN}, length), 0, length, p)),
                        "[inf, NaN]" + at);
                assertTrue(Float.isNaN(k.norm(padTo(new float[] {Float.NaN, inf}, length), 0, length, p)),
                        "[NaN, inf]" + at);
            }
        }
    }

    private static float[] padTo(float[] x, int length) {
        return Arrays.copyOf(x, length);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void doubleScalingTable(VectorKernels k) {
        double u = Bounds.DOUBLE.u();
        double[][] inputs = {{3e200, 4e200}, {3e-200, 4e-200}, {Double.MIN_NORMAL, 0}, {Double.MIN_VALUE},
                {1e300, 1e300, 1e300, 1e300}, {1e150, 1e150}};
        double[] orders = {2, 2, 2, 2, 2, 3};
        double[] expected = {5e200, 5e-200, Double.MIN_NORMAL, Double.MIN_VALUE, 2e300, Math.cbrt(2) * 1e150};
        for (int c = 0; c < inputs.length; c++) {
            for (int length : new int[] {inputs[c].length, 40}) {
                double[] x = Arrays.copyOf(inputs[c], length);
                String what = "norm p=" + orders[c] + " of " + Arrays.toString(inputs[c]) + " length " + length;
                Bounds.assertRelative(what, k.norm(x, 0, length, orders[c]), expected[c], 8 * u, 0);
            }
        }
        assertEquals(Double.POSITIVE_INFINITY, k.norm(new double[] {Double.POSITIVE_INFINITY, 1}, 0, 2, 2));
        assertTrue(Double.isNaN(k.norm(new double[] {Double.POSITIVE_INFINITY, Double.NaN}, 0, 2, 2)));
    }
}
