package dev.lanekit.inversion;

import java.util.Locale;

/**
 * The order p of the ℓp distance ‖G(z) − x‖_p that the inversion search minimises: any real p ≥ 1, or
 * p = ∞ (the maximum absolute difference).
 *
 * <p>{@link #distance(double[], float[])} is the reference objective that every reported result
 * carries. It runs in double, in index order, and scales by the largest absolute difference before
 * raising to the power p. So it neither overflows nor underflows where the true norm is representable:
 * ‖[1e20, 1e20]‖₁₇ ≈ 1.0416e20 comes out right although the unscaled 17th powers overflow a double.
 */
public final class Norm {

    /** The ℓ1 norm: the sum of absolute differences. */
    public static final Norm L1 = new Norm(1);
    /** The Euclidean norm. */
    public static final Norm L2 = new Norm(2);
    /** The ℓ∞ norm: the largest absolute difference. */
    public static final Norm INF = new Norm(Double.POSITIVE_INFINITY);

    private final double p;
    private final int integerP;

    private Norm(double p) {
        this.p = p;
        this.integerP = !Double.isInfinite(p) && p == Math.rint(p) && p <= 64 ? (int) p : -1;
    }

    /**
     * {@return the ℓp norm of order {@code p}}
     *
     * @param p the order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @throws IllegalArgumentException when p is NaN or below 1 (then ‖·‖_p is not a norm)
     */
    public static Norm of(double p) {
        if (!(p >= 1)) {
            throw new IllegalArgumentException("p = " + p + " is not a norm order; it must be a real number >= 1 or infinity");
        }
        if (p == 1) {
            return L1;
        }
        if (p == 2) {
            return L2;
        }
        return p == Double.POSITIVE_INFINITY ? INF : new Norm(p);
    }

    /**
     * Parses a norm order: a number ≥ 1, or {@code inf} / {@code infinity} (any case) for ℓ∞.
     *
     * @param text the text to parse
     * @return the norm
     * @throws IllegalArgumentException when the text is neither
     */
    public static Norm parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("inf") || t.equals("infinity") || t.equals("∞")) {
            return INF;
        }
        double p;
        try {
            p = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("p = '" + text + "' is not a number; use a number >= 1 or 'inf'", e);
        }
        return of(p);
    }

    /** {@return the order p ({@link Double#POSITIVE_INFINITY} for ℓ∞)} */
    public double p() {
        return p;
    }

    /** {@return whether this is the ℓ∞ norm} */
    public boolean isInfinite() {
        return Double.isInfinite(p);
    }

    /**
     * Returns {@code x^p} for a finite p, with repeated multiplication for integer p ≤ 64 and
     * {@link StrictMath#pow} otherwise, so the value does not depend on the JIT.
     */
    double scaledTerm(double x) {
        if (integerP > 0) {
            double result = x;
            for (int i = 1; i < integerP; i++) {
                result *= x;
            }
            return result;
        }
        return StrictMath.pow(x, p);
    }

    /**
     * {@return ‖y − target‖_p in double} The differences are taken in double ({@code y[i] − (double) target[i]}),
     * scaled by the largest absolute difference and summed in index order, so the result is the same on
     * every machine and every vector width. NaN anywhere gives NaN; otherwise an infinite difference gives
     * +∞. Empty vectors give 0.
     *
     * @param y the output, in double
     * @param target the target
     * @throws IllegalArgumentException when the lengths differ
     */
    public double distance(double[] y, float[] target) {
        if (y.length != target.length) {
            throw new IllegalArgumentException("length mismatch: y.length = " + y.length + " but target.length = " + target.length);
        }
        double max = 0;
        boolean nan = false;
        for (int i = 0; i < y.length; i++) {
            double d = Math.abs(y[i] - target[i]);
            if (Double.isNaN(d)) {
                nan = true;
            } else if (d > max) {
                max = d;
            }
        }
        if (nan) {
            return Double.NaN;
        }
        if (isInfinite() || max == 0 || Double.isInfinite(max)) {
            return max;
        }
        if (p == 1) {
            // A sum of absolute values cannot underflow, and it overflows only where the norm does.
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                sum += Math.abs(y[i] - target[i]);
            }
            return sum;
        }
        // Dividing (rather than multiplying by 1/max) keeps every ratio in [0, 1] even when max is subnormal.
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += scaledTerm(Math.abs(y[i] - target[i]) / max);
        }
        return p == 2 ? max * Math.sqrt(sum) : max * StrictMath.pow(sum, 1 / p);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Norm norm && Double.compare(norm.p, p) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(p);
    }

    /** Returns {@code "1"}, {@code "2"}, {@code "3.5"} or {@code "inf"}. */
    @Override
    public String toString() {
        if (isInfinite()) {
            return "inf";
        }
        return integerP > 0 ? Integer.toString(integerP) : Double.toString(p);
    }
}
