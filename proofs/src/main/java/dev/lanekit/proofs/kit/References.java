package dev.lanekit.proofs.kit;

/**
 * Reference results computed more accurately than the kernels under test, so that the difference between
 * kernel and reference is the kernel's own error.
 *
 * <p>float kernels are checked against these references on their inputs widened to double, where every
 * product of two floats is exact and the compensated sums below are accurate to about 2⁻⁵³ relative, far
 * below float's u = 2⁻²⁴. double kernels are checked against the same compensated algorithms, which are as
 * accurate as if computed in twice the working precision: Ogita, Rump and Oishi, "Accurate Sum and Dot
 * Product", SIAM J. Sci. Comput. 26(6), 2005 (algorithms Sum2 and Dot2, with the error-free TwoSum and
 * a fused multiply-add TwoProduct).
 *
 * <p>Special values follow IEEE arithmetic on the exact terms: a NaN term, ∞·0 or ∞ − ∞ gives NaN, other
 * infinite terms give ±∞. Each method documents the rest.
 */
public final class References {

    private References() {}

    /**
     * A reference sum and the sum of the magnitudes of its terms, Σ|termᵢ|, which scales the error bound
     * of any ordering of the summation (see {@link Bounds#sumBound}).
     *
     * @param value the sum, accurate to about one rounding in double
     * @param magnitude Σ|termᵢ| over the finite terms, computed in double (+∞ when it overflows)
     */
    public record Sum(double value, double magnitude) {}

    /**
     * Returns Σ aᵢ·bᵢ by Dot2: each product split exactly into p + e with a fused multiply-add, then Sum2.
     * The special value comes from the exact terms. A NaN factor, ∞·0, or infinite terms of both signs give
     * NaN, and infinite terms of one sign give that infinity. A product of finite factors that overflows double
     * is not an infinite term: it makes {@link Sum#magnitude()} infinite, which signals to the comparator that
     * intermediate overflow is possible.
     *
     * @param a the first vector
     * @param b the second vector
     * @return the compensated dot product and its special value
     */
    public static Sum dot(double[] a, double[] b) {
        boolean nan = false;
        boolean positive = false;
        boolean negative = false;
        double magnitude = 0.0;
        for (int i = 0; i < a.length; i++) {
            double product = a[i] * b[i];
            if (Double.isNaN(a[i]) || Double.isNaN(b[i]) || Double.isNaN(product)) {
                nan = true;
            } else if (Double.isInfinite(a[i]) || Double.isInfinite(b[i])) {
                positive |= product > 0;
                negative |= product < 0;
            } else {
                magnitude += Math.abs(product);
            }
        }
        Sum special = special(nan, positive, negative, magnitude);
        if (special != null) {
            return special;
        }
        if (!Double.isFinite(magnitude)) {
            return new Sum(0.0, magnitude);
        }
        double sum = 0.0;
        double compensation = 0.0;
        for (int i = 0; i < a.length; i++) {
            double product = a[i] * b[i];
            double productError = Math.fma(a[i], b[i], -product);
            double next = sum + product;
            compensation += twoSumError(sum, product, next) + productError;
            sum = next;
        }
        return new Sum(sum + compensation, magnitude);
    }

    private static Sum special(boolean nan, boolean positive, boolean negative, double magnitude) {
        if (nan || (positive && negative)) {
            return new Sum(Double.NaN, Double.POSITIVE_INFINITY);
        }
        if (positive || negative) {
            return new Sum(positive ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, magnitude);
        }
        return null;
    }

    /**
     * Returns Σ xᵢ by Sum2 (TwoSum with one compensation term), with the special values of {@link #dot}.
     *
     * @param x the input
     * @return the compensated sum and its special value
     */
    public static Sum sum(double[] x) {
        boolean nan = false;
        boolean positive = false;
        boolean negative = false;
        double magnitude = 0.0;
        for (double value : x) {
            nan |= Double.isNaN(value);
            positive |= value == Double.POSITIVE_INFINITY;
            negative |= value == Double.NEGATIVE_INFINITY;
            if (Double.isFinite(value)) {
                magnitude += Math.abs(value);
            }
        }
        Sum special = special(nan, positive, negative, magnitude);
        if (special != null) {
            return special;
        }
        if (!Double.isFinite(magnitude)) {
            return new Sum(0.0, magnitude);
        }
        double sum = 0.0;
        double compensation = 0.0;
        for (double value : x) {
            double next = sum + value;
            compensation += twoSumError(sum, value, next);
            sum = next;
        }
        return new Sum(sum + compensation, magnitude);
    }

    /**
     * {@return the rounding error of {@code sum = a + b}, exactly (Knuth's TwoSum, no branch)}
     *
     * @param a the first vector
     * @param b the second vector
     * @param sum the rounded sum of a and b
     */
    public static double twoSumError(double a, double b, double sum) {
        double bVirtual = sum - a;
        double aVirtual = sum - bVirtual;
        return (a - aVirtual) + (b - bVirtual);
    }

    /**
     * {@return the element-wise difference a − b in double} For float inputs widened to double it is exact.
     *
     * @param a the first vector
     * @param b the second vector
     */
    public static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /**
     * {@return the ℓp norm (Σ|xᵢ|ᵖ)^(1/p) for p ≥ 1 or p = +∞ without overflow or underflow: the elements are
     * scaled by the power of two nearest below the largest magnitude (exact), the scaled powers are summed
     * with Sum2 (p = 2 with exact squares via fused multiply-add), and the scale is applied back} Relative
     * error: about 2⁻⁵² for p = 1, 2 and ∞, and about 2⁻⁵¹ for other p (one Math.pow per term, within one
     * ulp). NaN when an element is NaN, else +∞ when one is infinite, and 0 when x is empty.
     *
     * @param x the input
     * @param p the norm order: at least 1, or +∞
     */
    public static double norm(double[] x, double p) {
        double max = 0.0;
        for (double value : x) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            max = Math.max(max, Math.abs(value));
        }
        if (max == Double.POSITIVE_INFINITY || max == 0.0 || p == Double.POSITIVE_INFINITY) {
            return max;
        }
        int exponent = Math.getExponent(max);
        double sum = 0.0;
        double compensation = 0.0;
        for (double value : x) {
            double t = Math.scalb(Math.abs(value), -exponent);
            double term;
            double termError = 0.0;
            if (p == 1.0) {
                term = t;
            } else if (p == 2.0) {
                term = t * t;
                termError = Math.fma(t, t, -term);
            } else {
                term = Math.pow(t, p);
            }
            double next = sum + term;
            compensation += twoSumError(sum, term, next) + termError;
            sum = next;
        }
        double total = sum + compensation;
        double root;
        if (p == 1.0) {
            root = total;
        } else if (p == 2.0) {
            root = Math.sqrt(total);
        } else {
            root = Math.pow(total, 1.0 / p);
        }
        return Math.scalb(root, exponent);
    }

    /**
     * {@return softmax(x) in double with the limits lanekit documents} When there are +∞ entries they share
     * the mass equally. All −∞ gives the uniform distribution, and a NaN makes every entry NaN.
     *
     * @param x the input
     */
    public static double[] softmax(double[] x) {
        int n = x.length;
        double[] y = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        int infinities = 0;
        for (double value : x) {
            nan |= Double.isNaN(value);
            max = Math.max(max, value);
            if (value == Double.POSITIVE_INFINITY) {
                infinities++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (nan) {
                y[i] = Double.NaN;
            } else if (infinities > 0) {
                y[i] = x[i] == Double.POSITIVE_INFINITY ? 1.0 / infinities : 0.0;
            } else if (max == Double.NEGATIVE_INFINITY) {
                y[i] = 1.0 / n;
            }
        }
        if (nan || infinities > 0 || max == Double.NEGATIVE_INFINITY) {
            return y;
        }
        double[] exps = new double[n];
        for (int i = 0; i < n; i++) {
            exps[i] = Math.exp(x[i] - max);
        }
        double total = sum(exps).value();
        for (int i = 0; i < n; i++) {
            y[i] = exps[i] / total;
        }
        return y;
    }

    /**
     * {@return log Σ exp(xᵢ) as max + log Σ exp(xᵢ − max), the sum compensated: −∞ when x is empty or all
     * −∞, +∞ when an element is +∞, NaN when one is NaN}
     *
     * @param x the input
     */
    public static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : x) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            max = Math.max(max, value);
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        double[] exps = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            exps[i] = Math.exp(x[i] - max);
        }
        return max + Math.log(sum(exps).value());
    }

    /**
     * {@return {@code values} widened to double}
     *
     * @param values the values to place
     */
    public static double[] widen(float[] values) {
        double[] wide = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            wide[i] = values[i];
        }
        return wide;
    }
}
