package dev.lanekit.proofs.attention;

import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionOptions.Normalization;
import dev.lanekit.attention.AttentionOptions.Score;
import dev.lanekit.attention.AttentionShape;

/**
 * Attention evaluated the plain way, in double, one row at a time in three passes: every logit of the
 * row, then the softmax (or plain exponentials), then the weighted sum of value rows. It also returns
 * a rigorous bound on the error a float kernel may make on each output, so properties compare against
 * a bound instead of a guessed epsilon.
 *
 * <p>Visibility follows {@link AttentionOptions}: bottom-right causal alignment, sliding window, key
 * lengths, boolean mask and −∞ bias entries remove keys; a row with no visible key is all zeros with a
 * log-sum-exp of −∞.
 */
public final class AttentionReference {

    /** Unit roundoff of float. */
    static final double U = 0x1p-24;

    private AttentionReference() {}

    /**
     * The reference output, its log-sum-exp per row, and per output element the largest difference a
     * float kernel may show.
     *
     * @param output the output, in double
     * @param lse the log-sum-exp of each row
     * @param tolerance the largest difference allowed for each output element
     * @param lseTolerance the largest difference allowed for each log-sum-exp
     */
    public record Result(double[] output, double[] lse, double[] tolerance, double[] lseTolerance) {}

    /**
     * Evaluates attention on packed arrays from index 0, laid out as {@link AttentionShape} describes.
     *
     * @param shape the shape of the call
     * @param options the attention options
     * @param q the queries, packed from index 0
     * @param k the keys, packed from index 0
     * @param v the values, packed from index 0
     * @return the reference output, log-sum-exp and tolerances
     */
    public static Result compute(AttentionShape shape, AttentionOptions options, float[] q, float[] k, float[] v) {
        int lq = shape.lq();
        int lk = shape.lk();
        int d = shape.d();
        int dv = shape.dv();
        double scale = options.scale(d);
        double[] output = new double[(int) shape.outputElements()];
        double[] tolerance = new double[output.length];
        double[] lse = new double[(int) shape.rows()];
        double[] lseTolerance = new double[lse.length];
        double[] logits = new double[lk];
        double[] logitError = new double[lk];
        boolean[] visible = new boolean[lk];

        for (int b = 0; b < shape.batch(); b++) {
            for (int h = 0; h < shape.heads(); h++) {
                int g = h / shape.groupSize();
                int qBase = ((b * shape.heads() + h) * lq) * d;
                int kBase = ((b * shape.kvHeads() + g) * lk) * d;
                int vBase = ((b * shape.kvHeads() + g) * lk) * dv;
                int oBase = ((b * shape.heads() + h) * lq) * dv;
                int rowBase = (b * shape.heads() + h) * lq;

                for (int i = 0; i < lq; i++) {
                    // Pass 1: logits of the visible keys, and the error bound of each float logit.
                    double max = Double.NEGATIVE_INFINITY;
                    int visibleCount = 0;
                    for (int j = 0; j < lk; j++) {
                        visible[j] = visible(shape, options, b, i, j);
                        if (!visible[j]) {
                            continue;
                        }
                        double dot = 0;
                        double absDot = 0;
                        double qNorm = 0;
                        double kNorm = 0;
                        for (int c = 0; c < d; c++) {
                            double x = q[qBase + i * d + c];
                            double y = k[kBase + j * d + c];
                            dot += x * y;
                            absDot += Math.abs(x * y);
                            qNorm += x * x;
                            kNorm += y * y;
                        }
                        double logit;
                        double error;
                        if (options.score() == Score.DOT_PRODUCT) {
                            logit = scale * dot;
                            error = (d + 2) * U * Math.abs(scale) * absDot;
                        } else {
                            logit = -scale * (qNorm + kNorm - 2 * dot);
                            error = (d + 4) * U * Math.abs(scale) * (qNorm + kNorm + 2 * absDot);
                        }
                        if (options.bias() != null) {
                            double bias = options.bias()[options.biasOffset() + (b * lq + i) * lk + j];
                            if (bias == Double.NEGATIVE_INFINITY) {
                                visible[j] = false;
                                continue;
                            }
                            logit += bias;
                            error += 2 * U * (Math.abs(logit) + Math.abs(bias));
                        }
                        error += U * Math.abs(logit);
                        logits[j] = logit;
                        logitError[j] = error;
                        max = Math.max(max, logit);
                        visibleCount++;
                    }
                    int row = rowBase + i;
                    if (visibleCount == 0) {
                        lse[row] = Double.NEGATIVE_INFINITY;
                        continue;
                    }

                    // Pass 2: weights.
                    double sum = 0;
                    double maxError = 0;
                    for (int j = 0; j < lk; j++) {
                        if (visible[j]) {
                            logits[j] = Math.exp(logits[j] - max);
                            sum += logits[j];
                            maxError = Math.max(maxError, logitError[j]);
                        }
                    }
                    lse[row] = max + Math.log(sum);
                    double weightScale = options.normalization() == Normalization.SOFTMAX ? 1 / sum : Math.exp(max);

                    // Relative error of a float weight: the logit errors enter twice through the
                    // normalization, plus exp's ulps, the float sums and the tile rescalings.
                    double relative = Math.expm1(2 * maxError) + (2.0 * visibleCount + d + 24) * U;
                    lseTolerance[row] = maxError + (visibleCount + 8) * U + 2 * U * Math.abs(lse[row]);

                    // Pass 3: weighted sum of the value rows.
                    for (int c = 0; c < dv; c++) {
                        double acc = 0;
                        double absAcc = 0;
                        for (int j = 0; j < lk; j++) {
                            if (visible[j]) {
                                double w = logits[j] * weightScale;
                                acc += w * v[vBase + j * dv + c];
                                absAcc += Math.abs(w * v[vBase + j * dv + c]);
                            }
                        }
                        output[oBase + i * dv + c] = acc;
                        tolerance[oBase + i * dv + c] = 2 * relative * absAcc + Float.MIN_NORMAL;
                    }
                }
            }
        }
        return new Result(output, lse, tolerance, lseTolerance);
    }

    /** Returns whether key j is visible to query row i of sequence b under the position-based masks. */
    static boolean visible(AttentionShape shape, AttentionOptions options, int b, int i, int j) {
        int lq = shape.lq();
        int lk = shape.lk();
        long position = (long) lk - lq + i;
        if (options.causal() && j > position) {
            return false;
        }
        if (options.windowRadius() >= 0 && Math.abs(j - position) > options.windowRadius()) {
            return false;
        }
        if (options.keyLengths() != null && j >= options.keyLengths()[b]) {
            return false;
        }
        return options.mask() == null || options.mask()[options.maskOffset() + (b * lq + i) * lk + j];
    }
}
