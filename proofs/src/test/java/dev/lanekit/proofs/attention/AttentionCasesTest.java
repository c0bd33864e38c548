package dev.lanekit.proofs.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Fixed inputs with known right outputs, for the faults that have broken attention kernels in the field. */
class AttentionCasesTest {

    private static final float NEG_INF = Float.NEGATIVE_INFINITY;

    private static float[] run(AttentionShape shape, AttentionOptions options, float[] q, float[] k, float[] v) {
        float[] o = new float[(int) shape.outputElements()];
        Arrays.fill(o, Float.NaN);
        Attention.kernels().attention(shape, options, q, 0, k, 0, v, 0, o, 0, null, 0,
                AttentionWorkspace.forShape(shape, 1), null);
        return o;
    }

    private static float[] lse(AttentionShape shape, AttentionOptions options, float[] q, float[] k, float[] v) {
        float[] o = new float[(int) shape.outputElements()];
        float[] lse = new float[(int) shape.rows()];
        Attention.kernels().attention(shape, options, q, 0, k, 0, v, 0, o, 0, lse, 0, null, null);
        return lse;
    }

    private static void assertNoNaN(float[] x) {
        for (int i = 0; i < x.length; i++) {
            assertFalse(Float.isNaN(x[i]), "NaN at index " + i);
        }
    }

    private static float[] identity(int n) {
        float[] x = new float[n * n];
        for (int i = 0; i < n; i++) {
            x[i * n + i] = 1f;
        }
        return x;
    }

    private static float[] ramp(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    // A fully masked row returns zeros, never NaN.

    @Test
    void fullyMaskedRowIsZero() {
        AttentionShape shape = AttentionShape.single(2, 2, 2, 2);
        float[] q = {1, 0, 0, 1};
        float[] k = {1, 0, 0, 1};
        float[] v = {1, 2, 3, 4};
        boolean[] mask = {true, true, false, false};
        float[] o = run(shape, AttentionOptions.DEFAULT.withMask(mask, 0), q, k, v);
        assertEquals(1.6604769f, o[0], 1e-6f);
        assertEquals(2.6604769f, o[1], 1e-6f);
        assertEquals(0f, o[2]);
        assertEquals(0f, o[3]);
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(o[2]), "+0, not -0");
    }

    @Test
    void fullyMaskedRowByBias() {
        AttentionShape shape = AttentionShape.single(2, 2, 2, 2);
        float[] bias = {0, 0, NEG_INF, NEG_INF};
        float[] o = run(shape, AttentionOptions.DEFAULT.withBias(bias, 0), new float[] {1, 0, 0, 1},
                new float[] {1, 0, 0, 1}, new float[] {1, 2, 3, 4});
        assertEquals(1.6604769f, o[0], 1e-6f);
        assertEquals(2.6604769f, o[1], 1e-6f);
        assertArrayEquals(new float[] {0, 0}, Arrays.copyOfRange(o, 2, 4));
        assertEquals(NEG_INF, lse(shape, AttentionOptions.DEFAULT.withBias(bias, 0), new float[] {1, 0, 0, 1},
                new float[] {1, 0, 0, 1}, new float[] {1, 2, 3, 4})[1]);
    }

    @Test
    void twoLayerStackStaysFinite() {
        AttentionShape shape = AttentionShape.single(2, 2, 2, 2);
        AttentionOptions options = AttentionOptions.DEFAULT.withMask(new boolean[] {true, true, false, false}, 0);
        float[] layer1 = run(shape, options, new float[] {1, 0, 0, 1}, new float[] {1, 0, 0, 1}, new float[] {1, 2, 3, 4});
        float[] layer2 = run(shape, options, layer1, layer1, layer1);
        assertNoNaN(layer1);
        assertNoNaN(layer2);
        assertArrayEquals(new float[] {0, 0}, Arrays.copyOfRange(layer2, 2, 4));
    }

    @Test
    void fullyMaskedRowEveryPathAndTile() {
        // Row `hidden` sees no key, through each masking path, at every position in a row block and
        // with key counts around the tile size; the other rows must stay finite and nonzero.
        int[] keyCounts = {1, 2, 63, 64, 65, 130};
        for (int lk : keyCounts) {
            for (int lq : new int[] {1, 3, 4, 5, 9}) {
                for (int hidden = 0; hidden < lq; hidden++) {
                    int d = 3;
                    AttentionShape shape = AttentionShape.single(lq, lk, d, 2);
                    float[] q = AttentionCase.values(new java.util.SplittableRandom(lk * 31 + lq), lq * d, 1f);
                    float[] k = AttentionCase.values(new java.util.SplittableRandom(lk), lk * d, 1f);
                    float[] v = new float[lk * 2];
                    Arrays.fill(v, 1f);
                    boolean[] mask = new boolean[lq * lk];
                    float[] bias = new float[lq * lk];
                    Arrays.fill(mask, true);
                    Arrays.fill(mask, hidden * lk, (hidden + 1) * lk, false);
                    Arrays.fill(bias, hidden * lk, (hidden + 1) * lk, NEG_INF);
                    for (AttentionOptions options : new AttentionOptions[] {
                        AttentionOptions.DEFAULT.withMask(mask, 0),
                        AttentionOptions.DEFAULT.withBias(bias, 0),
                        AttentionOptions.DEFAULT.withMask(mask, 0).withCausal(true)}) {
                        float[] o = run(shape, options, q, k, v);
                        assertNoNaN(o);
                        assertEquals(0f, o[hidden * 2], "lk " + lk + " lq " + lq + " row " + hidden);
                        assertEquals(0f, o[hidden * 2 + 1], "lk " + lk + " lq " + lq + " row " + hidden);
                    }
                }
            }
        }
    }

    @Test
    void noKeysByPaddingOrCausal() {
        AttentionShape shape = AttentionShape.single(3, 70, 2, 2);
        float[] q = new float[6];
        float[] k = new float[140];
        float[] v = new float[140];
        Arrays.fill(v, Float.NaN);
        float[] padded = run(shape, AttentionOptions.DEFAULT.withKeyLengths(new int[] {0}), q, k, v);
        assertArrayEquals(new float[6], padded);

        // Three queries, window radius 0 and causal: each query's only key lies past the padding.
        AttentionOptions window = AttentionOptions.DEFAULT.withSlidingWindow(0).withKeyLengths(new int[] {60});
        assertArrayEquals(new float[6], run(shape, window, q, k, v));
    }

    // Masking is structural: a finite sentinel would leak masked values.

    @Test
    void paddingBeatsSentinel() {
        AttentionShape shape = AttentionShape.single(2, 2, 1, 1);
        AttentionOptions unit = AttentionOptions.DEFAULT.withScale(1f);
        float[] q = {-20000, 0};
        float[] k = {1, 0};
        float[] v = {1, 100};
        assertArrayEquals(new float[] {1, 1}, run(shape, unit.withKeyLengths(new int[] {1}), q, k, v));
        assertArrayEquals(new float[] {1, 1}, run(shape, unit.withMask(new boolean[] {true, false, true, false}, 0), q, k, v));
        assertArrayEquals(new float[] {1, 1}, run(shape, unit.withBias(new float[] {0, NEG_INF, 0, NEG_INF}, 0), q, k, v));
    }

    @Test
    void paddingBeatsSentinelEveryTile() {
        // The kept key sits at every position of two tiles; all other keys are dropped.
        for (int lk : new int[] {2, 63, 64, 65, 129}) {
            for (int kept = 0; kept < lk; kept += Math.max(1, lk / 7)) {
                AttentionShape shape = AttentionShape.single(5, lk, 1, 1);
                float[] q = {-20000, 0, 3, -1, 20000};
                float[] k = new float[lk];
                float[] v = new float[lk];
                Arrays.fill(k, -5f);
                Arrays.fill(v, Float.NaN);
                k[kept] = 1f;
                v[kept] = 1f;
                boolean[] mask = new boolean[5 * lk];
                for (int i = 0; i < 5; i++) {
                    mask[i * lk + kept] = true;
                }
                float[] o = run(shape, AttentionOptions.DEFAULT.withScale(1f).withMask(mask, 0), q, k, v);
                assertArrayEquals(new float[] {1, 1, 1, 1, 1}, o, "lk " + lk + " kept " + kept);
            }
        }
    }

    // Causal masks are aligned to the bottom right when lq != lk.

    @Test
    void causalBottomRightShort() {
        float[] v = ramp(5);
        AttentionOptions causal = AttentionOptions.DEFAULT.withCausal(true);
        assertArrayEquals(new float[] {2.5f, 3.0f}, run(AttentionShape.single(2, 5, 1, 1), causal, new float[2], new float[5], v));
        assertArrayEquals(new float[] {3.0f}, run(AttentionShape.single(1, 5, 1, 1), causal, new float[1], new float[5], v));
    }

    @Test
    void causalMoreQueriesThanKeys() {
        float[] o = run(AttentionShape.single(5, 2, 1, 1), AttentionOptions.DEFAULT.withCausal(true), new float[5],
                new float[2], new float[] {1, 2});
        assertArrayEquals(new float[] {0, 0, 0, 1.0f, 1.5f}, o);
    }

    @Test
    void causalSquareSeesDiagonal() {
        // Query i sees exactly keys 0..i: with V = I the weights are 1/(i+1) on those keys and 0 after.
        for (int n : new int[] {4, 63, 64, 65, 131}) {
            float[] o = run(AttentionShape.single(n, n, 1, n), AttentionOptions.DEFAULT.withCausal(true), new float[n],
                    new float[n], identity(n));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    float want = j <= i ? 1f / (i + 1) : 0f;
                    assertEquals(want, o[i * n + j], 2e-7f * (i + 1), "n " + n + " row " + i + " key " + j);
                }
            }
        }
    }

    @Test
    void causalSweepAcrossTiles() {
        // Uniform weights over keys 0..lk−lq+i give the mean (lk−lq+i+2)/2 of v = 1, 2, ….
        for (int lk : new int[] {1, 5, 63, 64, 65, 200}) {
            for (int lq : new int[] {1, 2, 4, 7, 70}) {
                float[] o = run(AttentionShape.single(lq, lk, 1, 1), AttentionOptions.DEFAULT.withCausal(true),
                        new float[lq], new float[lk], ramp(lk));
                for (int i = 0; i < lq; i++) {
                    long visible = (long) lk - lq + i + 1;
                    float want = visible <= 0 ? 0f : (visible + 1) / 2f;
                    assertEquals(want, o[i], 1e-5f * want, "lk " + lk + " lq " + lq + " row " + i);
                }
            }
        }
    }

    // The default scale is 1/√d of the head, and an explicit scale replaces it.

    @Test
    void scaleUsesHeadDimension() {
        // d_model = 4 split into two heads of 2; head 1 contains head 0's data with the keys swapped.
        AttentionShape shape = AttentionShape.multiHead(2, 1, 2, 2, 2);
        float[] q = {1, 1, 1, 1};
        float[] k = {1, 1, -1, -1, -1, -1, 1, 1};
        float[] v = {1, 0, 0, 1, 0, 1, 1, 0};
        float[] o = run(shape, AttentionOptions.DEFAULT, q, k, v);
        assertEquals(0.9441928f, o[0], 1e-6f);
        assertEquals(0.0558072f, o[1], 1e-6f);
        assertEquals(0.9441928f, o[2], 1e-6f);
        assertEquals(0.0558072f, o[3], 1e-6f);
    }

    @Test
    void explicitScaleReplacesDefault() {
        AttentionShape shape = AttentionShape.multiHead(2, 1, 2, 2, 2);
        float[] q = {1, 1, 1, 1};
        float[] k = {1, 1, -1, -1, -1, -1, 1, 1};
        float[] v = {1, 0, 0, 1, 0, 1, 1, 0};
        float[] o = run(shape, AttentionOptions.DEFAULT.withScale(0.5f), q, k, v);
        assertEquals(0.8807971f, o[0], 1e-6f);
        assertEquals(0.1192029f, o[1], 1e-6f);
        float[] unscaled = run(shape, AttentionOptions.DEFAULT.withScale(1f), q, k, v);
        assertEquals(0.9820138f, unscaled[0], 1e-6f);
        assertEquals(0.0179862f, unscaled[1], 1e-6f);
    }

    // Zero sizes and length one.

    @Test
    void noKeysGivesZeros() {
        float[] o = run(AttentionShape.single(3, 0, 4, 2), AttentionOptions.DEFAULT, new float[12], new float[0], new float[0]);
        assertArrayEquals(new float[6], o);
        float[] lse = lse(AttentionShape.single(3, 0, 4, 2), AttentionOptions.DEFAULT, new float[12], new float[0], new float[0]);
        assertArrayEquals(new float[] {NEG_INF, NEG_INF, NEG_INF}, lse);
    }

    @Test
    void noQueriesGivesEmpty() {
        float[] o = Attention.attention(new float[0], new float[8], new float[6], 0, 2, 4, 3);
        assertEquals(0, o.length);
    }

    @Test
    void zeroHeadDimensionAveragesValues() {
        // d = 0 is accepted: every score is 0, so each row is the mean of the value rows.
        float[] o = Attention.attention(new float[0], new float[0], new float[] {1, 10, 3, 20}, 2, 2, 0, 2);
        assertArrayEquals(new float[] {2, 15, 2, 15}, o);
    }

    @Test
    void singleKeyReturnsValueExactly() {
        float[] o = Attention.attention(new float[] {3, -7}, new float[] {100, 2}, new float[] {5, 6}, 1, 1, 2, 2);
        assertArrayEquals(new float[] {5, 6}, o);
        float[] odd = Attention.attention(new float[] {0.1f}, new float[] {-3e4f}, new float[] {0.3f}, 1, 1, 1, 1);
        assertEquals(Float.floatToRawIntBits(0.3f), Float.floatToRawIntBits(odd[0]));
    }

    @Test
    void invalidShapesRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AttentionShape(1, 0, 1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new AttentionShape(1, 4, 3, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new AttentionShape(0, 1, 1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> AttentionShape.single(-1, 1, 1, 1));
    }

    @Test
    void invalidArgumentsRejected() {
        AttentionShape shape = AttentionShape.single(2, 3, 2, 2);
        float[] q = new float[4];
        float[] k = new float[6];
        float[] v = new float[6];
        float[] o = new float[4];
        assertThrows(IndexOutOfBoundsException.class, () -> Attention.kernels().attention(shape, AttentionOptions.DEFAULT,
                q, 1, k, 0, v, 0, o, 0, null, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> Attention.kernels().attention(shape,
                AttentionOptions.DEFAULT.withKeyLengths(new int[] {4}), q, 0, k, 0, v, 0, o, 0, null, 0, null, null));
        assertThrows(IndexOutOfBoundsException.class, () -> Attention.kernels().attention(shape,
                AttentionOptions.DEFAULT.withMask(new boolean[5], 0), q, 0, k, 0, v, 0, o, 0, null, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> Attention.kernels().attention(shape, AttentionOptions.DEFAULT,
                q, 0, k, 0, v, 0, o, 0, null, 0, new AttentionWorkspace(1, 2, 1), null));
        assertThrows(IllegalArgumentException.class, () -> AttentionOptions.DEFAULT.withScale(Float.NaN));
    }

    @Test
    void workspaceWithinTwoMebibytes() {
        // The workspace depends on the head dimensions and thread count, never on the sequence length.
        for (int d : new int[] {1, 64, 128, 256}) {
            for (int slots = 1; slots <= 4; slots++) {
                AttentionWorkspace workspace = new AttentionWorkspace(d, d, slots);
                assertTrue(workspace.bytes() <= 2L << 20, "d " + d + " slots " + slots + ": " + workspace.bytes() + " bytes");
            }
        }
    }

    // Loop tails: every key count up to two vectors plus one, with NaN past the end of each array.

    @Test
    void keySweepWithSentinels() {
        int lanes = AttentionCase.lanes();
        for (int lk = 1; lk <= 2 * lanes + 1; lk++) {
            for (int lq : new int[] {1, 4, 5}) {
                AttentionShape shape = AttentionShape.single(lq, lk, 3, 1);
                float[] q = new float[lq * 3 + 1];
                float[] k = new float[lk * 3 + 1];
                float[] v = new float[lk + 1];
                for (int j = 0; j < lk; j++) {
                    v[j] = j + 1;
                }
                q[q.length - 1] = Float.NaN;
                k[k.length - 1] = Float.NaN;
                v[v.length - 1] = Float.NaN;
                float[] o = new float[lq + 1];
                o[lq] = 42f;
                Attention.kernels().attention(shape, AttentionOptions.DEFAULT, q, 0, k, 0, v, 0, o, 0, null, 0, null, null);
                for (int i = 0; i < lq; i++) {
                    assertEquals((lk + 1) / 2f, o[i], 1e-6f * lk, "lk " + lk + " row " + i);
                }
                assertEquals(42f, o[lq], "element past the output was written");
            }
        }
    }

    // Softmax with huge, infinite and all-negative logits: q = [1], k = logits, scale 1, V = I.

    private static float[] weights(float... logits) {
        int n = logits.length;
        return run(AttentionShape.single(1, n, 1, n), AttentionOptions.DEFAULT.withScale(1f), new float[] {1}, logits,
                identity(n));
    }

    @Test
    void hugeLogitsDoNotOverflow() {
        float[] w = weights(-249.873093f, -424.126709f, -460.292542f, 378.097443f, -292.614532f);
        assertArrayEquals(new float[] {0, 0, 0, 1, 0}, w);
        assertArrayEquals(new float[] {1, 0}, weights(1000, 0));
        assertArrayEquals(new float[] {1, 0}, weights(0, NEG_INF));
    }

    @Test
    void negativeLogitsSeedMaxAtMinusInfinity() {
        float[] w = weights(-1000, -1001);
        assertEquals(0.7310586f, w[0], 1e-7f);
        assertEquals(0.26894143f, w[1], 1e-7f);
        int n = AttentionCase.lanes() + 1;
        float[] same = new float[n];
        Arrays.fill(same, -1000f);
        for (float x : weights(same)) {
            assertEquals(1f / n, x, 1e-7f);
        }
    }

    @Test
    void infiniteLogitGivesNaN() {
        // Policy: a +∞ logit makes its row NaN (∞ − ∞); the limit one-hot row is not taken.
        for (float x : weights(Float.POSITIVE_INFINITY, 1)) {
            assertTrue(Float.isNaN(x));
        }
    }

    @Test
    void largeLogitsMatchReference() {
        // Logits near ±100 in a two-tile row, where a float exp without max subtraction overflows.
        int lk = 100;
        float[] k = new float[lk];
        float[] v = new float[lk];
        for (int j = 0; j < lk; j++) {
            k[j] = 100f - 2.5f * (j % 9) - 0.01f * j;
            v[j] = (j % 5) - 2;
        }
        AttentionShape shape = AttentionShape.single(1, lk, 1, 1);
        AttentionOptions unit = AttentionOptions.DEFAULT.withScale(1f);
        float[] o = run(shape, unit, new float[] {1}, k, v);
        AttentionReference.Result want = AttentionReference.compute(shape, unit, new float[] {1}, k, v);
        assertEquals(want.output()[0], o[0], want.tolerance()[0]);
    }
}
