package dev.lanekit.proofs.attention;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionOptions.Normalization;
import dev.lanekit.attention.AttentionOptions.Score;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.provider.Providers;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;

/**
 * One random attention input: shape, options and packed Q, K, V. Lengths favour the edges where tiled
 * kernels break: 0, 1, one vector ± 1 and one key tile ± 1.
 *
 * @param shape the shape of the call
 * @param options the attention options
 * @param q the queries, packed from index 0
 * @param k the keys, packed from index 0
 * @param v the values, packed from index 0
 */
public record AttentionCase(AttentionShape shape, AttentionOptions options, float[] q, float[] k, float[] v) {

    /** Keys per tile of the tiled kernels. */
    static final int KEY_TILE = 64;

    /** Returns the float lanes of the species in use (16 when the provider is scalar). */
    static int lanes() {
        int bits = Providers.info().speciesBits();
        return bits > 0 ? bits / 32 : 16;
    }

    /** Returns an interesting length: an edge most of the time, otherwise anything up to {@code max}. */
    static int length(SplittableRandom random, int max) {
        int lanes = lanes();
        int[] edges = {0, 1, 2, 3, lanes - 1, lanes, lanes + 1, KEY_TILE - 1, KEY_TILE, KEY_TILE + 1,
            2 * lanes + 1, 4 * lanes - 1};
        int value = random.nextInt(4) == 0 ? random.nextInt(max + 1) : edges[random.nextInt(edges.length)];
        return Math.min(value, max);
    }

    /**
     * {@return a random case whose options may carry any mask kind, score and normalization}
     *
     * @param seed the random seed
     */
    public static AttentionCase random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int kvHeads = 1 + random.nextInt(2);
        int heads = kvHeads * (1 + random.nextInt(2));
        int batch = 1 + random.nextInt(2);
        int lq = length(random, 80);
        int lk = length(random, 140);
        int d = random.nextInt(8) == 0 ? random.nextInt(3) : 1 + length(random, 70);
        int dv = 1 + length(random, 40);
        AttentionShape shape = new AttentionShape(batch, heads, kvHeads, lq, lk, d, dv);

        float magnitude = random.nextInt(6) == 0 ? 12f : 1.5f;
        float[] q = values(random, (int) shape.queryElements(), magnitude);
        float[] k = values(random, (int) shape.keyElements(), magnitude);
        float[] v = values(random, (int) shape.valueElements(), 2f);
        return new AttentionCase(shape, randomOptions(random, shape), q, k, v);
    }

    static AttentionOptions randomOptions(SplittableRandom random, AttentionShape shape) {
        AttentionOptions options = AttentionOptions.DEFAULT;
        if (random.nextInt(3) == 0) {
            options = options.withScale((float) (random.nextDouble() * 0.8 - 0.1));
        }
        if (random.nextInt(3) == 0) {
            options = options.withCausal(true);
        }
        if (random.nextInt(5) == 0) {
            options = options.withSlidingWindow(random.nextInt(shape.lk() + 2));
        }
        if (random.nextInt(4) == 0) {
            int[] lengths = new int[shape.batch()];
            for (int b = 0; b < lengths.length; b++) {
                lengths[b] = random.nextInt(shape.lk() + 1);
            }
            options = options.withKeyLengths(lengths);
        }
        int maskElements = shape.batch() * shape.lq() * shape.lk();
        if (random.nextInt(4) == 0) {
            int offset = random.nextInt(3);
            boolean[] mask = new boolean[offset + maskElements];
            double density = random.nextDouble();
            for (int i = 0; i < mask.length; i++) {
                mask[i] = random.nextDouble() < density;
            }
            options = options.withMask(mask, offset);
        }
        if (random.nextInt(4) == 0) {
            int offset = random.nextInt(3);
            float[] bias = new float[offset + maskElements];
            for (int i = 0; i < bias.length; i++) {
                bias[i] = random.nextInt(5) == 0 ? Float.NEGATIVE_INFINITY : (float) (random.nextDouble() * 6 - 3);
            }
            options = options.withBias(bias, offset);
        }
        if (random.nextInt(6) == 0) {
            options = options.withScore(Score.NEGATIVE_SQUARED_DISTANCE);
        }
        if (random.nextInt(6) == 0) {
            options = options.withNormalization(Normalization.NONE);
        }
        return options;
    }

    static float[] values(SplittableRandom random, int n, float magnitude) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) ((random.nextDouble() * 2 - 1) * magnitude);
        }
        return x;
    }

    /**
     * The kernel's output and log-sum-exp.
     *
     * @param o the attention output
     * @param lse the log-sum-exp of each row
     */
    public record Output(float[] o, float[] lse) {}

    /**
     * Runs the dispatching kernel on this case with a fresh workspace.
     *
     * @return the kernel's output and log-sum-exp
     */
    public Output run() {
        return run(options, q, k, v, null);
    }

    /**
     * Runs the dispatching kernel on this shape with other options or operands.
     *
     * @param runOptions the options to use instead of this case's
     * @param runQ the queries to use
     * @param runK the keys to use
     * @param runV the values to use
     * @param executor the executor passed to the kernel, or null to run on the calling thread
     * @return the kernel's output and log-sum-exp
     */
    public Output run(AttentionOptions runOptions, float[] runQ, float[] runK, float[] runV, Executor executor) {
        float[] o = new float[(int) shape.outputElements()];
        float[] lse = new float[(int) shape.rows()];
        Arrays.fill(o, Float.NaN);
        AttentionWorkspace workspace = AttentionWorkspace.forShape(shape, 2);
        Attention.kernels().attention(shape, runOptions, runQ, 0, runK, 0, runV, 0, o, 0, lse, 0, workspace, executor);
        return new Output(o, lse);
    }

    @Override
    public String toString() {
        return shape + " causal=" + options.causal() + " window=" + options.windowRadius() + " keyLengths="
                + Arrays.toString(options.keyLengths()) + " mask=" + (options.mask() != null) + " bias="
                + (options.bias() != null) + " score=" + options.score() + " normalization=" + options.normalization()
                + " scale=" + options.scale(shape.d());
    }
}
