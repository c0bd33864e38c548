package dev.lanekit.proofs.taylor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.provider.Implementation;
import dev.lanekit.taylor.MonomialBasis;
import dev.lanekit.taylor.OrderChoice;
import dev.lanekit.taylor.Taylor;
import dev.lanekit.taylor.TaylorAttention;
import dev.lanekit.taylor.TaylorBounds;
import dev.lanekit.taylor.TensorPowerFeatures;
import org.junit.jupiter.api.Test;

/** Known values of the Taylor feature maps, the truncated exponential, the denominator guard and the bounds. */
class TaylorCaseTest {

    private static final double U = 0x1p-24;

    /** Returns φ(q)·φ(k) for φ(x) = [1, x/d^{1/4}, vec(x·xᵀ)/(√2·√d)], the order-2 map with both sides alike. */
    private static double normalizedMapDot(double[] q, double[] k) {
        double scale = Math.pow(q.length, -0.25);
        double[] phiQ = TensorPowerFeatures.symmetric(q, 2, scale);
        double[] phiK = TensorPowerFeatures.symmetric(k, 2, scale);
        double sum = 0;
        for (int i = 0; i < phiQ.length; i++) {
            sum += phiQ[i] * phiK[i];
        }
        return sum;
    }

    /** Returns 1 + s + Σ q_i²·k_i²/(2d): a wrong quadratic term that drops the cross terms q_i·q_j·k_i·k_j. */
    private static double elementwiseQuadratic(double[] q, double[] k) {
        double s = 0;
        double square = 0;
        for (int i = 0; i < q.length; i++) {
            s += q[i] * k[i];
            square += q[i] * q[i] * k[i] * k[i];
        }
        return 1 + s / Math.sqrt(q.length) + square / (2 * q.length);
    }

    @Test
    void normalizedMapHasSevenFeatures() {
        assertEquals(7, TensorPowerFeatures.symmetric(new double[] {1, 1}, 2, 1).length);
    }

    @Test
    void orthogonalPairGivesOne() {
        double[] q = {1, 1};
        double[] k = {1, -1};
        assertEquals(1.0, normalizedMapDot(q, k), 1e-15);
        assertEquals(1.5, elementwiseQuadratic(q, k), 1e-15);
    }

    @Test
    void skewPairGivesSecondOrderTaylor() {
        double[] q = {1, 2};
        double[] k = {3, -1};
        assertEquals(1.9571068, normalizedMapDot(q, k), 1e-7);
        assertEquals(4.9571068, elementwiseQuadratic(q, k), 1e-7);
    }

    @Test
    void compactMapMatchesNormalizedMap() {
        double[] q = {1, 2};
        double[] k = {3, -1};
        double scale = Math.pow(2, -0.25);
        MonomialBasis basis = MonomialBasis.of(2, 2);
        assertEquals(6, basis.dimension());
        double[] phiQ = new double[6];
        double[] phiK = new double[6];
        basis.queryFeatures(new double[] {q[0] * scale, q[1] * scale}, phiQ);
        basis.keyFeatures(new double[] {k[0] * scale, k[1] * scale}, phiK);
        double sum = 0;
        for (int f = 0; f < 6; f++) {
            sum += phiQ[f] * phiK[f];
        }
        assertEquals(normalizedMapDot(q, k), sum, 1e-14);
    }

    @Test
    void positivityTable() {
        double[][] table = {
            // s, order 1, order 2, order 3
            {-1, 0, 0.5, 1.0 / 3},
            {-2, -1, 1.0, -1.0 / 3},
            {-3, -2, 2.5, -2.0},
            {-4, -3, 5.0, -17.0 / 3},
        };
        for (double[] row : table) {
            for (int order = 1; order <= 3; order++) {
                assertEquals(row[order], Taylor.truncatedExp(row[0], order), 1e-15, "T_" + order + "(" + row[0] + ")");
            }
        }
    }

    @Test
    void secondOrderAtLeastHalf() {
        for (double s = -10; s <= 10; s += 0.125) {
            assertTrue(Taylor.truncatedExp(s, 2) >= 0.5, "T_2(" + s + ")");
        }
        assertEquals(0.5, Taylor.truncatedExp(-1, 2), 0);
    }

    /** Runs one query and one key at d = 1, where the scale is 1 and s = q·k exactly. */
    private static float[] singlePair(float s, int order, int[] flagged, Implementation implementation) {
        TaylorAttention attention = TaylorAttention.create(1, 1, 1, order, 16, TaylorAttention.DEFAULT_MAX_BYTES,
                implementation);
        float[] out = new float[1];
        flagged[0] = attention.attention(new float[] {s}, new float[] {1}, new float[] {5}, null, 1, false, out);
        return out;
    }

    @Test
    void zeroDenominatorGivesNaN() {
        int[] flagged = new int[1];
        float[] out = singlePair(-1, 1, flagged, Implementation.SCALAR);
        assertTrue(Float.isNaN(out[0]), "T_1(−1) = 0 denominator must give NaN, got " + out[0]);
        assertEquals(1, flagged[0]);
    }

    @Test
    void negativeDenominatorGivesNaN() {
        int[] flagged = new int[1];
        assertTrue(Float.isNaN(singlePair(-2, 1, flagged, Taylor.activeImplementation())[0]));
        assertEquals(1, flagged[0]);
        assertTrue(Float.isNaN(singlePair(-2, 3, flagged, Taylor.activeImplementation())[0]));
        assertEquals(1, flagged[0]);
    }

    @Test
    void evenOrderKeepsDenominator() {
        int[] flagged = new int[1];
        assertEquals(5f, singlePair(-2, 2, flagged, Taylor.activeImplementation())[0]);
        assertEquals(0, flagged[0]);
    }

    @Test
    void causalZeroDenominatorGivesNaN() {
        TaylorAttention attention = TaylorAttention.create(1, 1, 1, 1);
        float[] out = new float[2];
        // Row 0: T_1(0·1) = 1. Row 1: T_1(−1·1) + T_1(−1·1) = 0.
        int flagged = attention.attention(new float[] {0, -1}, new float[] {1, 1}, new float[] {3, 4}, null, 2, true, out);
        assertEquals(3f, out[0]);
        assertTrue(Float.isNaN(out[1]));
        assertEquals(1, flagged);
    }

    @Test
    void oneCallRejectsOddDenominator() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Taylor.attention(new float[] {-1},
                new float[] {1}, new float[] {5}, null, 1, 1, 1, 1, 1, false));
        assertTrue(e.getMessage().contains("denominator"), e.getMessage());
    }

    @Test
    void fullyMaskedRowIsZero() {
        TaylorAttention attention = TaylorAttention.create(1, 2, 2, 2);
        float nan = Float.NaN;
        float[] out = {9, 9, 9, 9};
        int flagged = attention.attention(new float[] {1, 2, 3, 4}, new float[] {nan, nan, nan, nan},
                new float[] {nan, nan, nan, nan}, new boolean[] {false, false}, 2, false, out);
        assertEquals(0, flagged);
        for (float x : out) {
            assertEquals(0f, x);
        }
    }

    @Test
    void causalRowBeforeFirstKeyIsZero() {
        TaylorAttention attention = TaylorAttention.create(1, 1, 1, 2);
        float[] out = new float[2];
        attention.attention(new float[] {1, 1}, new float[] {Float.NaN, 0}, new float[] {Float.NaN, 7},
                new boolean[] {false, true}, 2, true, out);
        assertEquals(0f, out[0]);
        assertEquals(7f, out[1]);
    }

    @Test
    void dimensionsOfCompactAndFullMaps() {
        assertEquals(65, MonomialBasis.dimension(64, 1));
        assertEquals(2145, MonomialBasis.dimension(64, 2));
        assertEquals(47905, MonomialBasis.dimension(64, 3));
        assertEquals(814385, MonomialBasis.dimension(64, 4));
        assertEquals(4845, MonomialBasis.dimension(16, 4));
        assertEquals(4161, MonomialBasis.fullDimension(64, 2));
        assertEquals(266305, MonomialBasis.fullDimension(64, 3));
        assertEquals(2145, MonomialBasis.of(64, 2).dimension());
    }

    @Test
    void multiIndicesAreDistinctAndGraded() {
        MonomialBasis basis = MonomialBasis.of(5, 3);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int previousDegree = 0;
        for (int f = 0; f < basis.dimension(); f++) {
            int[] alpha = basis.multiIndex(f);
            int degree = java.util.Arrays.stream(alpha).sum();
            double weight = 1;
            for (int a : alpha) {
                for (int i = 2; i <= a; i++) {
                    weight /= i;
                }
            }
            assertTrue(seen.add(java.util.Arrays.toString(alpha)), "duplicate " + java.util.Arrays.toString(alpha));
            assertTrue(degree >= previousDegree, "feature " + f + " breaks the graded order");
            assertEquals(weight, basis.queryWeight(f), 1e-15);
            previousDegree = degree;
        }
        assertEquals(56, seen.size());
    }

    @Test
    void oversizedWorkspaceRejectedBeforeAllocation() {
        // C(70, 6) = 131,115,985 features: allocating them would exhaust the heap, so a quick rejection
        // shows the size was checked first.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TaylorAttention.create(1, 64, 64, 6));
        assertTrue(e.getMessage().contains("131115985"), e.getMessage());
    }

    @Test
    void orderFourAtDim64OverDefaultLimit() {
        long bytes = TaylorAttention.requiredBytes(64, 64, 4, 64);
        assertTrue(bytes > TaylorAttention.DEFAULT_MAX_BYTES, "bytes " + bytes);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TaylorAttention.create(1, 64, 64, 4, 64, TaylorAttention.DEFAULT_MAX_BYTES, Implementation.SCALAR));
        assertTrue(e.getMessage().contains("814385"), e.getMessage());
        assertTrue(e.getMessage().contains(Long.toString(bytes)), e.getMessage());
    }

    @Test
    void shortArrayIsOutOfBounds() {
        TaylorAttention attention = TaylorAttention.create(1, 2, 2, 2);
        float[] full = new float[8];
        float[] shortArray = new float[7];

        assertThrows(IndexOutOfBoundsException.class,
                () -> attention.attention(shortArray, full, full, null, 4, false, new float[8]));
        assertThrows(IndexOutOfBoundsException.class,
                () -> attention.attention(full, full, full, null, 4, false, shortArray));
        assertThrows(IndexOutOfBoundsException.class,
                () -> attention.attention(full, full, full, new boolean[3], 4, false, new float[8]));
    }

    @Test
    void nullArrayNamedInMessage() {
        TaylorAttention attention = TaylorAttention.create(1, 2, 2, 2);
        float[] full = new float[8];

        NullPointerException e = assertThrows(NullPointerException.class,
                () -> attention.attention(full, null, full, null, 4, false, full));
        assertEquals("k", e.getMessage());
    }

    @Test
    void etaMatchesFormula() {
        assertEquals(Math.E / 6, TaylorBounds.eta(2, 1), 1e-15);
        assertEquals(0, TaylorBounds.eta(3, 0));
        assertEquals(Math.exp(2) * 8 / 6, TaylorBounds.eta(2, 2), 1e-14);
        assertEquals(Double.POSITIVE_INFINITY, TaylorBounds.relativeErrorBound(0, 2));
    }

    @Test
    void chooseOrderPicksSmallest() {
        OrderChoice choice = TaylorBounds.chooseOrder(1e-3, 1, 64, 64);
        assertTrue(choice.relativeErrorBound() <= 1e-3);
        assertTrue(TaylorBounds.relativeErrorBound(choice.order() - 1, 1) > 1e-3);
        assertEquals(MonomialBasis.dimension(64, choice.order()), choice.dimension());
        assertEquals(7, choice.order());
    }

    @Test
    void crossoverEstimateNearFlopCount() {
        OrderChoice small = new OrderChoice(2, 1, 0, 0, MonomialBasis.dimension(16, 2), 16, 16);
        OrderChoice large = new OrderChoice(2, 1, 0, 0, MonomialBasis.dimension(64, 2), 64, 64);
        assertEquals(167, small.crossoverTokens(), 1);
        assertEquals(2195, large.crossoverTokens(), 1);
        assertEquals(1.0, small.costRelativeToExact(Math.round(small.crossoverTokens())), 0.01);
    }

    @Test
    void chooseOrderRejectsUnreachableTarget() {
        assertThrows(IllegalArgumentException.class, () -> TaylorBounds.chooseOrder(1e-3, 40, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> TaylorBounds.chooseOrder(0, 1, 4, 4));
    }

    @Test
    void dataChoiceUsesNormBound() {
        float[] q = {1, 0, 0, 1};
        float[] k = {1, 0, 0, 1};
        float[] v = {2, -4};
        OrderChoice choice = TaylorBounds.chooseOrder(1e-2, q, k, v, 2, 2, 1);
        assertEquals(1 / Math.sqrt(2), choice.radius(), 1e-15);
        assertTrue(choice.relativeErrorBound() * 4 <= 1e-2);
    }

    @Test
    void floatRoundingOfFeatureIsSmall() {
        // T_2 at q = k = [0.5, 0.5]: 1 + 0.5 + 0.125, with features in float.
        MonomialBasis basis = MonomialBasis.of(2, 2);
        float[] phiQ = new float[6];
        float[] phiK = new float[6];
        Taylor.features(Taylor.activeImplementation(), basis, true, new float[] {0.5f, 0.5f}, 1, 1f, phiQ);
        Taylor.features(Taylor.activeImplementation(), basis, false, new float[] {0.5f, 0.5f}, 1, 1f, phiK);
        double sum = 0;
        for (int f = 0; f < 6; f++) {
            sum += (double) phiQ[f] * phiK[f];
        }
        assertEquals(1.625, sum, 8 * U * 1.625);
    }
}
