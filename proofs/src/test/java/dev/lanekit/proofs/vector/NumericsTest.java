package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.proofs.kit.Bounds;
import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a caller may rely on about rounding: float accumulation within the γₙ bound (no promise of equality
 * between implementations), cosine's shared formula, bit-identical repeated calls, and exp's ulp bound.
 */
class NumericsTest {

    static java.util.stream.Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void cancellationWithinBound(VectorKernels k) {
        // Exact 2; orders give 0, 1 or 2, so only the bound γ₄·Σ|xᵢyᵢ| is promised.
        float[] x = {1e8f, 1f, -1e8f, 1f};
        float[] ones = {1f, 1f, 1f, 1f};
        double bound = Bounds.gamma(4, Bounds.FLOAT.u()) * (2e8 + 2);
        float got = k.dot(x, 0, ones, 0, 4);
        assertTrue(Math.abs(got - 2.0) <= bound, "dot = " + got + ", bound " + bound);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void absorptionShowsFloatAccumulation(VectorKernels k) {
        // Exact 16777232 = 2²⁴ + 16; a float accumulator absorbs each 1 added to 2²⁴ one at a time.
        float[] x = new float[17];
        float[] ones = new float[17];
        x[0] = 16777216f;
        for (int i = 0; i < 17; i++) {
            x[i] = i == 0 ? 16777216f : 1f;
            ones[i] = 1f;
        }
        float got = k.dot(x, 0, ones, 0, 17);
        double bound = Bounds.gamma(17, Bounds.FLOAT.u()) * 16777232.0;
        assertTrue(Math.abs(got - 16777232.0) <= bound, "dot = " + got + ", bound " + bound);
    }

    @Test
    void scalarAccumulatesInFloat() {
        float[] x = new float[17];
        float[] ones = new float[17];
        for (int i = 0; i < 17; i++) {
            x[i] = i == 0 ? 16777216f : 1f;
            ones[i] = 1f;
        }
        // Sequential float sums give 2²⁴; a double accumulator would give 16777232.
        assertEquals(16777216f, Vectors.scalar().dot(x, 0, ones, 0, 17));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void cosineWithinOneUlp(VectorKernels k) {
        // Exact 0.999995259236..., which rounds to the float printed as 0.99999523 (also 0.99999526).
        float got = k.cosine(new float[] {99f, 150f}, 0, new float[] {99f, 149f}, 0, 2);
        assertTrue(Bounds.floatUlps(got, 0.99999525923602089535) <= 1, "cosine = " + got);
        float[] a = new float[64];
        float[] b = new float[64];
        a[0] = 99f;
        a[1] = 150f;
        b[0] = 99f;
        b[1] = 149f;
        float padded = k.cosine(a, 0, b, 0, 64);
        assertTrue(Bounds.floatUlps(padded, 0.99999525923602089535) <= 1, "padded cosine = " + padded);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void repeatedCallsBitIdentical(VectorKernels k) {
        SplittableRandom random = new SplittableRandom(11);
        int n = 1027;
        float[] a = new float[n];
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) random.nextDouble(-1, 1);
            b[i] = (float) random.nextDouble(-1e3, 1e3);
        }
        float dot = k.dot(a, 0, b, 0, n);
        float sum = k.sum(b, 0, n);
        float norm = k.norm(b, 0, n, 2);
        float cosine = k.cosine(a, 0, b, 0, n);
        // Enough calls for C2 to compile the kernels on the way: the first and last results must agree.
        for (int call = 0; call < 20_000; call++) {
            assertEquals(Float.floatToIntBits(dot), Float.floatToIntBits(k.dot(a, 0, b, 0, n)), "dot, call " + call);
            assertEquals(Float.floatToIntBits(sum), Float.floatToIntBits(k.sum(b, 0, n)), "sum, call " + call);
            assertEquals(Float.floatToIntBits(norm), Float.floatToIntBits(k.norm(b, 0, n, 2)), "norm, call " + call);
            assertEquals(Float.floatToIntBits(cosine), Float.floatToIntBits(k.cosine(a, 0, b, 0, n)),
                    "cosine, call " + call);
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void expWithinOneUlp(VectorKernels k) {
        // The whole float range where exp neither overflows nor flushes to zero, denormal results included.
        int n = 200_003;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = -103.9f + 192.6f * i / (n - 1);
        }
        float[] y = new float[n];
        k.exp(x, 0, y, 0, n);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double exact = Math.exp(x[i]);
            if (Float.isInfinite((float) exact)) {
                assertEquals(Float.POSITIVE_INFINITY, y[i], "exp(" + x[i] + ")");
                continue;
            }
            worst = Math.max(worst, Bounds.floatUlps(y[i], exact));
        }
        assertTrue(worst <= VectorProperties.EXP_ULPS, "worst float exp error " + worst + " ulps");

        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            dx[i] = -745.0 + 1454.7 * i / (n - 1);
        }
        k.exp(dx, 0, dy, 0, n);
        double worstDouble = 0;
        for (int i = 0; i < n; i++) {
            double reference = Math.exp(dx[i]);
            if (reference >= Double.MIN_NORMAL) {
                worstDouble = Math.max(worstDouble, Bounds.doubleUlps(dy[i], reference));
            }
        }
        assertTrue(worstDouble <= VectorProperties.EXP_ULPS, "worst double exp error " + worstDouble + " ulps");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void expSpecialValues(VectorKernels k) {
        float[] x = new float[40];
        x[0] = Float.NaN;
        x[1] = Float.NEGATIVE_INFINITY;
        x[2] = Float.POSITIVE_INFINITY;
        x[3] = 89f;
        x[4] = 0f;
        x[5] = -104f;
        x[33] = Float.NaN;
        float[] y = new float[40];
        k.exp(x, 0, y, 0, 40);
        assertTrue(Float.isNaN(y[0]));
        assertEquals(0f, y[1]);
        assertEquals(Float.POSITIVE_INFINITY, y[2]);
        assertEquals(Float.POSITIVE_INFINITY, y[3]);
        assertEquals(1f, y[4]);
        assertEquals(0f, y[5]);
        assertTrue(Float.isNaN(y[33]));
    }
}
