package dev.lanekit.proofs.attention;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import java.util.SplittableRandom;

/**
 * The reduction from Orthogonal Vectors to softmax attention of "On the Computational Complexity of
 * Self-Attention" (Keles, Wijewardena, Hegde, ALT 2023), run on the attention kernel as an executable
 * check: the kernel's output decides OV.
 *
 * <p>Given A, B ⊂ {0,1}^d with n vectors each, the threshold-product lift {@code ā = [a, 1 − a]},
 * {@code b̄ = [1 − b, 1]} gives {@code ā·b̄ = d − a·b}, so an orthogonal pair exists exactly when some
 * {@code ā·b̄ ≥ t = d}. The attention input is {@code Q = K = X = [Ā ; C·B̄]} (2n rows of D = 2d), no
 * scale, and {@code V = [1 ; 0]}, so output row i &lt; n is the softmax mass that query ā_i puts on the
 * A keys. With {@code C = ln(2(1+µ)n/(1−µ)) + D} the paper's bounds separate the cases even for outputs
 * off by a relative error µ: with no pair every mass is at least
 * {@code lo = (1−µ)/(e^{C(t−1)} + 1)}, and with a pair some mass is at most
 * {@code hi = (1+µ)·n·e^D/(e^{Ct} + n − 1 + n·e^D)}, and {@code hi < lo}.
 *
 * <p>The masses reach e^{−Ct}, below the float and double ranges once d passes about 18, so the
 * decision works on {@code log Y_i = lse_A(i) − lse(i)} from the kernel's log-sum-exp output: one run
 * over all keys and one with key padding that keeps only the n A keys.
 *
 * <p>The same paper reduces OV to the two unnormalized variants, whose row sums the log-sum-exp output
 * gives directly, with {@code C = 2·ln((1+µ)n/(1−µ))}:
 * <ul>
 *   <li>exponential dot-product attention, queries ā_i and keys b̄_j: {@code Y_i = Σⱼ exp(C·ā_i·b̄_j)},
 *       at most {@code n·e^{C(t−1)}} per row without a pair and at least {@code e^{Ct}} in some row
 *       with one;</li>
 *   <li>ℓ2 attention on the far-pair lift {@code ã = [a, 1 − a, 0]} and the complemented
 *       {@code b' = [1 − b, 1, b]}, whose squared distance is {@code d + 2·a·b}:
 *       {@code Y_i = Σⱼ exp(−C·‖ã_i − b'_j‖²)}, at most {@code n·e^{−C(d+1)}} per row without a pair
 *       and at least {@code e^{−Cd}} in some row with one.</li>
 * </ul>
 * For both, the decision is yes when the largest {@code log Y_i} passes the midpoint of the two bounds
 * in log space, with the bounds widened by a relative error µ.
 */
public final class OrthogonalVectorsReduction {

    private OrthogonalVectorsReduction() {}

    /**
     * An OV instance: n vectors a_i and n vectors b_j of dimension d, row-major 0/1 entries.
     *
     * @param n the number of vectors on each side
     * @param d the vector dimension
     * @param a the vectors a_i, row-major {@code n × d}
     * @param b the vectors b_j, row-major {@code n × d}
     */
    public record Instance(int n, int d, int[] a, int[] b) {}

    /**
     * {@return a random instance whose entries are 1 with probability {@code density}}
     *
     * @param random the source of randomness
     * @param n the number of vectors on each side
     * @param d the vector dimension
     * @param density the probability that an entry is 1
     */
    public static Instance random(SplittableRandom random, int n, int d, double density) {
        int[] a = new int[n * d];
        int[] b = new int[n * d];
        for (int i = 0; i < n * d; i++) {
            a[i] = random.nextDouble() < density ? 1 : 0;
            b[i] = random.nextDouble() < density ? 1 : 0;
        }
        return new Instance(n, d, a, b);
    }

    /**
     * {@return whether some a_i·b_j = 0, by the O(n²d) double loop}
     *
     * @param instance the OV instance
     */
    public static boolean bruteForce(Instance instance) {
        int n = instance.n();
        int d = instance.d();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int dot = 0;
                for (int c = 0; c < d; c++) {
                    dot += instance.a()[i * d + c] * instance.b()[j * d + c];
                }
                if (dot == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@return the constant C that separates the cases for relative output error µ}
     *
     * @param n the number of vectors on each side
     * @param d the vector dimension
     * @param mu the relative output error µ, in [0, 1)
     */
    public static double constant(int n, int d, double mu) {
        return Math.log(2 * (1 + mu) * n / (1 - mu)) + 2.0 * d;
    }

    /**
     * {@return {@code log Y_i} for the first n rows, computed by the attention kernel in log space}
     *
     * @param instance the OV instance
     * @param mu the relative output error µ, in [0, 1)
     */
    public static double[] logMassOnA(Instance instance, double mu) {
        int n = instance.n();
        int d = instance.d();
        int width = 2 * d;
        float c = (float) constant(n, d, mu);
        float[] x = new float[2 * n * width];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < d; r++) {
                int a = instance.a()[i * d + r];
                int b = instance.b()[i * d + r];
                x[i * width + r] = a;
                x[i * width + d + r] = 1 - a;
                x[(n + i) * width + r] = c * (1 - b);
                x[(n + i) * width + d + r] = c;
            }
        }
        float[] v = new float[2 * n];
        for (int i = 0; i < n; i++) {
            v[i] = 1f;
        }

        AttentionShape shape = AttentionShape.single(2 * n, 2 * n, width, 1);
        AttentionOptions all = AttentionOptions.DEFAULT.withScale(1f);
        AttentionOptions onlyA = all.withKeyLengths(new int[] {n});
        AttentionWorkspace workspace = AttentionWorkspace.forShape(shape, 1);
        float[] o = new float[2 * n];
        float[] lseAll = new float[2 * n];
        float[] lseA = new float[2 * n];
        Attention.kernels().attention(shape, all, x, 0, x, 0, v, 0, o, 0, lseAll, 0, workspace, null);
        Attention.kernels().attention(shape, onlyA, x, 0, x, 0, v, 0, o, 0, lseA, 0, workspace, null);

        double[] logMass = new double[n];
        for (int i = 0; i < n; i++) {
            logMass[i] = (double) lseA[i] - lseAll[i];
        }
        return logMass;
    }

    /**
     * {@return {@code log lo}, the smallest log mass any row can have when no orthogonal pair exists}
     *
     * @param n the number of vectors on each side
     * @param d the vector dimension
     * @param mu the relative output error µ, in [0, 1)
     */
    public static double logLowerBoundNo(int n, int d, double mu) {
        double c = constant(n, d, mu);
        return Math.log1p(-mu) - softplus(c * (d - 1));
    }

    /**
     * {@return {@code log hi}, a log mass that some row stays under when an orthogonal pair exists}
     *
     * @param n the number of vectors on each side
     * @param d the vector dimension
     * @param mu the relative output error µ, in [0, 1)
     */
    public static double logUpperBoundYes(int n, int d, double mu) {
        double c = constant(n, d, mu);
        double width = 2.0 * d;
        double logDenominator = logSumExp(c * d, n > 1 ? Math.log(n - 1) : Double.NEGATIVE_INFINITY,
                Math.log(n) + width);
        return Math.log1p(mu) + Math.log(n) + width - logDenominator;
    }

    /**
     * Decides OV from (possibly perturbed) log masses: yes when the smallest lies below the midpoint.
     *
     * @param logMass {@code log Y_i} of the first n rows
     * @param n the number of vectors on each side
     * @param d the vector dimension
     * @param mu the relative output error µ, in [0, 1)
     * @return whether the instance has an orthogonal pair, by this test
     */
    public static boolean decide(double[] logMass, int n, int d, double mu) {
        double threshold = 0.5 * (logLowerBoundNo(n, d, mu) + logUpperBoundYes(n, d, mu));
        double min = Double.POSITIVE_INFINITY;
        for (double value : logMass) {
            min = Math.min(min, value);
        }
        return min < threshold;
    }

    /** The unnormalized variants of the reduction. */
    public enum Unnormalized {
        /** {@code exp(C·q·k)} on the threshold-product lift. */
        EXPONENTIAL_DOT,
        /** {@code exp(−C·‖q − k‖²)} on the far-pair lift with complemented B. */
        SQUARED_DISTANCE
    }

    /**
     * {@return {@code C = 2·ln((1+µ)n/(1−µ))} of the unnormalized variants}
     *
     * @param n the number of vectors on each side
     * @param mu the relative output error µ, in [0, 1)
     */
    public static double unnormalizedConstant(int n, double mu) {
        return 2 * Math.log((1 + mu) * n / (1 - mu));
    }

    /**
     * {@return {@code log Y_i} of the unnormalized variant for every query row, from the kernel's log-sum-exp}
     *
     * @param instance the OV instance
     * @param mu the relative output error µ, in [0, 1)
     * @param variant the unnormalized score variant
     */
    public static double[] logRowSums(Instance instance, double mu, Unnormalized variant) {
        int n = instance.n();
        int d = instance.d();
        boolean dot = variant == Unnormalized.EXPONENTIAL_DOT;
        int width = dot ? 2 * d : 3 * d;
        float[] q = new float[n * width];
        float[] k = new float[n * width];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < d; r++) {
                int a = instance.a()[i * d + r];
                int b = instance.b()[i * d + r];
                q[i * width + r] = a;
                q[i * width + d + r] = 1 - a;
                if (dot) {
                    k[i * width + r] = 1 - b;
                    k[i * width + d + r] = 1;
                } else {
                    k[i * width + r] = 1 - b;
                    k[i * width + d + r] = 1;
                    k[i * width + 2 * d + r] = b;
                }
            }
        }

        AttentionShape shape = AttentionShape.single(n, n, width, 1);
        AttentionOptions options = AttentionOptions.DEFAULT
                .withScore(dot ? AttentionOptions.Score.DOT_PRODUCT : AttentionOptions.Score.NEGATIVE_SQUARED_DISTANCE)
                .withNormalization(AttentionOptions.Normalization.NONE)
                .withScale((float) unnormalizedConstant(n, mu));
        float[] o = new float[n];
        float[] lse = new float[n];
        Attention.kernels().attention(shape, options, q, 0, k, 0, new float[n], 0, o, 0, lse, 0, null, null);
        double[] logSums = new double[n];
        for (int i = 0; i < n; i++) {
            logSums[i] = lse[i];
        }
        return logSums;
    }

    /**
     * Decides OV from (possibly perturbed) log row sums of an unnormalized variant: yes when the largest
     * passes the midpoint between {@code ln(1−µ) + log e^{C·yes}} and {@code ln(1+µ) + ln n + log e^{C·no}}.
     * Needs n ≥ 2, because C = 0 at n = 1 and µ = 0 makes every weight 1.
     *
     * @param logSums {@code log Y_i} of every query row
     * @param n the number of vectors on each side
     * @param d the vector dimension
     * @param mu the relative output error µ, in [0, 1)
     * @param variant the unnormalized score variant
     * @return whether the instance has an orthogonal pair, by this test
     */
    public static boolean decideUnnormalized(double[] logSums, int n, int d, double mu, Unnormalized variant) {
        double c = unnormalizedConstant(n, mu);
        double yesExponent = variant == Unnormalized.EXPONENTIAL_DOT ? c * d : -c * d;
        double noExponent = variant == Unnormalized.EXPONENTIAL_DOT ? c * (d - 1) : -c * (d + 1);
        double threshold = 0.5 * (Math.log1p(-mu) + yesExponent + Math.log1p(mu) + Math.log(n) + noExponent);
        double max = Double.NEGATIVE_INFINITY;
        for (double value : logSums) {
            max = Math.max(max, value);
        }
        return max > threshold;
    }

    private static double softplus(double x) {
        return x > 30 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    private static double logSumExp(double... x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : x) {
            max = Math.max(max, value);
        }
        double sum = 0;
        for (double value : x) {
            sum += Math.exp(value - max);
        }
        return max + Math.log(sum);
    }
}
