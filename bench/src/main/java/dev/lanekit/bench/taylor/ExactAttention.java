package dev.lanekit.bench.taylor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Exact softmax attention for one head in float with the Vector API, the baseline that Taylor attention
 * is timed against: y_i = Σ_j e^{s_ij − m_i}·v_j / Σ_j e^{s_ij − m_i} with s_ij = q_i·k_j/√d and m_i the
 * row max (over j ≤ i when causal).
 *
 * <p>Shape of the loop: the keys are transposed once (d × n), so the scores of one query are d
 * broadcast-FMA sweeps over contiguous key columns; the row max and the exponentials run over the score
 * buffer with {@code lanewise(EXP)}; the output is a sweep of broadcast-FMAs over the value rows with four
 * accumulators. Cost O(n²·(d + dv)). Accuracy: float, within γ_{n+d}-type bounds of the double softmax
 * plus the ulp error of the vector exponential. Allocates its transposed keys and score buffer once,
 * per instance. Not thread-safe.
 *
 * <p>NOTE: a stand-in while the exact attention kernel of {@code dev.lanekit.attention} is not on the
 * branch; the Taylor benchmarks and the comparison should time that kernel once it is available.
 */
public final class ExactAttention {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = F.length();
    private static final int BLOCK = 4;

    private final int d;
    private final int dv;
    private final float[] keysTransposed;
    private final float[] scores;
    private final float[] sums = new float[BLOCK];
    private final int capacity;

    /** Creates the baseline for up to {@code maxTokens} tokens of dimension d (queries, keys) and dv (values). */
    public ExactAttention(int maxTokens, int d, int dv) {
        if (maxTokens < 0 || d < 1 || dv < 1) {
            throw new IllegalArgumentException("maxTokens = " + maxTokens + ", d = " + d + ", dv = " + dv
                    + ": need maxTokens >= 0, d >= 1, dv >= 1");
        }
        this.d = d;
        this.dv = dv;
        this.capacity = (maxTokens + LANES - 1) / LANES * LANES;
        this.keysTransposed = new float[d * capacity];
        this.scores = new float[BLOCK * capacity];
    }

    /** Writes exact attention of n tokens (q, k: n × d; v, out: n × dv, row-major) to {@code out}. */
    public void attention(float[] q, float[] k, float[] v, int n, boolean causal, float[] out) {
        if (n < 0 || n > capacity || q.length < n * d || k.length < n * d || v.length < n * dv || out.length < n * dv) {
            throw new IllegalArgumentException("n = " + n + " with q.length = " + q.length + ", k.length = "
                    + k.length + ", v.length = " + v.length + ", out.length = " + out.length
                    + " does not fit the capacity " + capacity + " or the shape d = " + d + ", dv = " + dv);
        }
        float scale = (float) (1 / Math.sqrt(d));
        for (int j = 0; j < n; j++) {
            for (int r = 0; r < d; r++) {
                keysTransposed[r * capacity + j] = k[j * d + r] * scale;
            }
        }

        // Four query rows per block share every load of a key column and of a value row.
        int i = 0;
        for (; i <= n - BLOCK; i += BLOCK) {
            int keys = causal ? i + BLOCK : n;
            scoreBlock(q, i, keys, BLOCK);
            for (int b = 0; b < BLOCK; b++) {
                sums[b] = 1 / exponentials(b, causal ? i + b + 1 : n);
            }
            weightedValues(v, keys, out, i);
        }
        for (; i < n; i++) {
            int keys = causal ? i + 1 : n;
            scoreBlock(q, i, keys, 1);
            sums[0] = 1 / exponentials(0, keys);
            weightedValue(v, keys, out, i);
        }
    }

    /**
     * Writes the scaled scores of query rows {@code i..i+rows−1} (rows is 1 or 4) against keys
     * {@code 0..keys−1}, in whole vectors, into the first score rows.
     */
    private void scoreBlock(float[] q, int i, int keys, int rows) {
        boolean four = rows == BLOCK;
        for (int j = 0; j < keys; j += LANES) {
            FloatVector s0 = FloatVector.zero(F);
            FloatVector s1 = FloatVector.zero(F);
            FloatVector s2 = FloatVector.zero(F);
            FloatVector s3 = FloatVector.zero(F);
            for (int r = 0; r < d; r++) {
                FloatVector key = FloatVector.fromArray(F, keysTransposed, r * capacity + j);
                s0 = FloatVector.broadcast(F, q[i * d + r]).fma(key, s0);
                if (four) {
                    s1 = FloatVector.broadcast(F, q[(i + 1) * d + r]).fma(key, s1);
                    s2 = FloatVector.broadcast(F, q[(i + 2) * d + r]).fma(key, s2);
                    s3 = FloatVector.broadcast(F, q[(i + 3) * d + r]).fma(key, s3);
                }
            }
            s0.intoArray(scores, j);
            s1.intoArray(scores, capacity + j);
            s2.intoArray(scores, 2 * capacity + j);
            s3.intoArray(scores, 3 * capacity + j);
        }
    }

    /**
     * Replaces score row b by e^{s − max} on keys {@code 0..keys−1} and by 0 on the rest of its last vectors
     * (and, for the block's longer causal rows, up to the block's end); returns the sum.
     */
    private float exponentials(int b, int keys) {
        int row = b * capacity;
        FloatVector max = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        for (int j = 0; j < keys; j += LANES) {
            VectorMask<Float> inside = F.indexInRange(j, keys);
            max = max.blend(max.max(FloatVector.fromArray(F, scores, row + j)), inside);
        }
        float rowMax = max.reduceLanes(VectorOperators.MAX);

        FloatVector sum = FloatVector.zero(F);
        int j = 0;
        for (; j < keys; j += LANES) {
            VectorMask<Float> inside = F.indexInRange(j, keys);
            FloatVector e = FloatVector.fromArray(F, scores, row + j).sub(rowMax).lanewise(VectorOperators.EXP);
            e = FloatVector.zero(F).blend(e, inside);
            e.intoArray(scores, row + j);
            sum = sum.add(e);
        }

        // A causal row of the block ends before the block's last key: zero the keys it must not see.
        for (; j < capacity && j < keys + BLOCK + LANES; j += LANES) {
            FloatVector.zero(F).intoArray(scores, row + j);
        }
        return sum.reduceLanes(VectorOperators.ADD);
    }

    /** Writes out rows i..i+3 = Σ_j weights·v_j, scaled by the inverse sums; one value-row load feeds four rows. */
    private void weightedValues(float[] v, int keys, float[] out, int i) {
        int c = 0;
        for (; c <= dv - LANES; c += LANES) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = FloatVector.zero(F);
            FloatVector a2 = FloatVector.zero(F);
            FloatVector a3 = FloatVector.zero(F);
            for (int j = 0; j < keys; j++) {
                FloatVector row = FloatVector.fromArray(F, v, j * dv + c);
                a0 = FloatVector.broadcast(F, scores[j]).fma(row, a0);
                a1 = FloatVector.broadcast(F, scores[capacity + j]).fma(row, a1);
                a2 = FloatVector.broadcast(F, scores[2 * capacity + j]).fma(row, a2);
                a3 = FloatVector.broadcast(F, scores[3 * capacity + j]).fma(row, a3);
            }
            a0.mul(sums[0]).intoArray(out, i * dv + c);
            a1.mul(sums[1]).intoArray(out, (i + 1) * dv + c);
            a2.mul(sums[2]).intoArray(out, (i + 2) * dv + c);
            a3.mul(sums[3]).intoArray(out, (i + 3) * dv + c);
        }

        // Columns past the last whole vector.
        for (; c < dv; c++) {
            for (int b = 0; b < BLOCK; b++) {
                float acc = 0f;
                for (int j = 0; j < keys; j++) {
                    acc = Math.fma(scores[b * capacity + j], v[j * dv + c], acc);
                }
                out[(i + b) * dv + c] = acc * sums[b];
            }
        }
    }

    /** Writes out row i from score row 0, for the rows left over after the blocks of four. */
    private void weightedValue(float[] v, int keys, float[] out, int i) {
        for (int c = 0; c < dv; c++) {
            float acc = 0f;
            for (int j = 0; j < keys; j++) {
                acc = Math.fma(scores[j], v[j * dv + c], acc);
            }
            out[i * dv + c] = acc * sums[0];
        }
    }
}
