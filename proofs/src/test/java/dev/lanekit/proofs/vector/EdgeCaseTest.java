package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.proofs.kit.Lengths;
import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import java.util.Arrays;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Empty inputs, invalid arguments, and max reductions that must start from −∞. */
class EdgeCaseTest {

    static java.util.stream.Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void emptyReductions(VectorKernels k) {
        float[] none = new float[0];
        assertEquals(0f, k.dot(none, 0, none, 0, 0));
        assertEquals(0f, k.sum(none, 0, 0));
        assertEquals(0f, k.squaredDistance(none, 0, none, 0, 0));
        for (double p : new double[] {1, 2, 3, 4, Double.POSITIVE_INFINITY}) {
            assertEquals(0f, k.norm(none, 0, 0, p), "norm p=" + p);
            assertEquals(0f, k.distance(none, 0, none, 0, 0, p), "distance p=" + p);
            assertEquals(0.0, k.norm(new double[0], 0, 0, p), "double norm p=" + p);
        }
        assertEquals(Float.NEGATIVE_INFINITY, k.logSumExp(none, 0, 0));
        assertEquals(0.0, k.dot(new double[0], 0, new double[0], 0, 0));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void emptyMaxRejected(VectorKernels k) {
        float[] sentinel = {1f};
        assertThrows(IllegalArgumentException.class, () -> k.max(sentinel, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> k.argmax(sentinel, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> k.max(new double[0], 0, 0));
        assertThrows(IllegalArgumentException.class, () -> k.argmax(new double[0], 0, 0));
    }

    @Test
    void mismatchedLengthsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vectors.dot(new float[3], new float[4]));
        assertTrue(e.getMessage().contains("a.length = 3"), e.getMessage());
        assertTrue(e.getMessage().contains("b.length = 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Vectors.distance(new double[3], new double[2], 2));
        assertThrows(IllegalArgumentException.class, () -> Vectors.cosine(new float[1], new float[2]));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void invalidOrderRejected(VectorKernels k) {
        float[] x = {1f, 2f};
        for (double p : new double[] {0, 0.5, -1, Double.NaN, Double.NEGATIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.norm(x, 0, 2, p),
                    "p = " + p);
            assertTrue(e.getMessage().contains("p = " + p), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> k.distance(x, 0, x, 0, 2, p), "distance p = " + p);
            assertThrows(IllegalArgumentException.class,
                    () -> k.distances(x, 0, x, 0, 1, 2, 2, p, new float[1], 0), "distances p = " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void badRangesRejected(VectorKernels k) {
        float[] x = new float[8];
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> k.sum(x, 5, 4));
        assertTrue(e.getMessage().contains("xOffset = 5"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> k.dot(x, -1, x, 0, 2));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> k.sum(x, 0, -1));
        assertTrue(negative.getMessage().contains("n = -1"), negative.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> k.squaredDistances(x, 0, x, 0, 2, 4, 3, new float[2], 0), "lda < n");
        // (m − 1)·lda passes 2³¹ here; the check must see it, not a wrapped negative product.
        assertThrows(IndexOutOfBoundsException.class,
                () -> k.squaredDistances(x, 0, x, 0, 70_000, 1, 70_000, new float[70_000], 0));
        assertThrows(IllegalArgumentException.class,
                () -> k.nearest(x, 0, x, 0, 2, 4, 4, 2, -1, new int[1], new float[1]), "k < 0");
        assertThrows(IndexOutOfBoundsException.class,
                () -> k.nearest(x, 0, x, 0, 2, 4, 4, 2, 2, new int[1], new float[2]), "indices too short");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void maxOfNegativesIsNegative(VectorKernels k) {
        assertEquals(-3f, k.max(new float[] {-3f, -5f}, 0, 2));
        assertEquals(-Float.MIN_VALUE, k.max(new float[] {-Float.MIN_VALUE, -1f}, 0, 2));
        // Every lane count, with tails, so a lane seeded with 0 or MIN_VALUE would surface.
        for (int lanes : Lengths.LANE_COUNTS) {
            for (int n : new int[] {lanes + 1, 2 * lanes + 1, 4 * lanes + 3}) {
                float[] x = new float[n];
                Arrays.fill(x, -1000f);
                x[n - 1] = -999f;
                assertEquals(-999f, k.max(x, 0, n), "max at n = " + n);
                assertEquals(n - 1, k.argmax(x, 0, n), "argmax at n = " + n);
                Arrays.fill(x, Float.NEGATIVE_INFINITY);
                assertEquals(Float.NEGATIVE_INFINITY, k.max(x, 0, n), "max of -inf at n = " + n);
                assertEquals(0, k.argmax(x, 0, n), "argmax of -inf at n = " + n);
                double[] d = new double[n];
                Arrays.fill(d, -1e300);
                assertEquals(-1e300, k.max(d, 0, n), "double max at n = " + n);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void argmaxTiesAndNaN(VectorKernels k) {
        assertEquals(1, k.argmax(new float[] {1f, 3f, 3f}, 0, 3));
        assertEquals(2, k.argmax(new float[] {1f, 3f, Float.NaN, Float.NaN}, 0, 4));
        assertEquals(0, k.argmax(new float[] {-0.0f, 0.0f}, 0, 2));
        float[] x = new float[100];
        x[70] = Float.NaN;
        x[80] = Float.NaN;
        x[10] = 5f;
        assertEquals(70, k.argmax(x, 0, 100));
        assertTrue(Float.isNaN(k.max(x, 0, 100)));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void emptySoftmaxAndExp(VectorKernels k) {
        float[] x = new float[0];
        k.softmax(x, 0, 0);
        k.exp(x, 0, x, 0, 0);
        assertArrayEquals(new float[0], x);
    }
}
