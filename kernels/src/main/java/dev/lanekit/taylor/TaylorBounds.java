package dev.lanekit.taylor;

import dev.lanekit.internal.Checks;

/**
 * The error of Taylor attention against exact softmax attention, and the choice of the order p.
 *
 * <p>Let R = max|s_ij| over the scaled scores s_ij = q_i·k_j/√d. Lagrange's remainder gives, for
 * |s| ≤ R, |T_p(s)/e^s − 1| ≤ η_p(R) = e^R·R^{p+1}/(p+1)!. When η &lt; 1 every Taylor weight is positive,
 * each normalized weight is within a factor (1 ± η)/(1 ∓ η) of the softmax weight, and so
 * ‖Ŷ − Y‖_max ≤ 2η/(1 − η)·‖V‖_max. The paper "On the Computational Complexity of Self-Attention"
 * (Keles, Wijewardena, Hegde, ALT 2023) states the linear-time algorithm but no error bound. This bound
 * follows from the remainder term, and this project's property tests check it on random inputs.
 */
public final class TaylorBounds {

    /** Largest order that {@link #chooseOrder} tries. */
    public static final int MAX_ORDER = 64;

    private TaylorBounds() {}

    /**
     * {@return η_p(R) = e^R·R^{p+1}/(p+1)!, the bound on the relative error of every Taylor weight when all
     * scaled scores lie in [−R, R]} Evaluated in log space, so large R or p give +∞ or 0, never NaN.
     *
     * @param order the Taylor order p, at least 0
     * @param radius the radius R, a bound on every |q·k|/√d
     * @throws IllegalArgumentException when {@code order < 0} or R is negative or NaN
     */
    public static double eta(int order, double radius) {
        Checks.nonNegative("p", order);
        checkRadius(radius);
        if (radius == 0) {
            return 0;
        }
        double logFactorial = 0;
        for (int i = 2; i <= order + 1; i++) {
            logFactorial += Math.log(i);
        }
        return Math.exp(radius + (order + 1) * Math.log(radius) - logFactorial);
    }

    /**
     * {@return the bound 2η/(1 − η) on ‖Ŷ − Y‖_max / ‖V‖_max, or +∞ when η ≥ 1 (no bound applies there)}
     *
     * @param order the Taylor order p, at least 0
     * @param radius the radius R, a bound on every |q·k|/√d
     */
    public static double relativeErrorBound(int order, double radius) {
        double eta = eta(order, radius);
        return eta < 1 ? 2 * eta / (1 - eta) : Double.POSITIVE_INFINITY;
    }

    /**
     * {@return the smallest order whose bound meets {@code targetRelativeError} (an error on
     * ‖Ŷ − Y‖_max relative to ‖V‖_max) at radius R, with its feature dimension and cost}
     *
     * @param targetRelativeError the largest allowed ‖Ŷ − Y‖_max / ‖V‖_max, positive
     * @param radius the radius R, a bound on every |q·k|/√d
     * @param d the query and key head dimension
     * @param dv the value head dimension
     * @throws IllegalArgumentException when the target is not positive, R is negative or NaN, or no order up
     *     to {@value #MAX_ORDER} meets the target
     */
    public static OrderChoice chooseOrder(double targetRelativeError, double radius, int d, int dv) {
        if (!(targetRelativeError > 0)) {
            throw new IllegalArgumentException("targetRelativeError = " + targetRelativeError + " must be > 0");
        }
        checkRadius(radius);
        if (dv < 1) {
            throw new IllegalArgumentException("dv = " + dv + " must be >= 1");
        }
        for (int order = 0; order <= MAX_ORDER; order++) {
            double bound = relativeErrorBound(order, radius);
            if (bound <= targetRelativeError) {
                return new OrderChoice(order, radius, eta(order, radius), bound, MonomialBasis.dimension(d, order),
                        d, dv);
            }
        }
        throw new IllegalArgumentException("no order p <= " + MAX_ORDER + " bounds the error by "
                + targetRelativeError + " at R = " + radius + " (the bound needs p + 1 well above e·R); scale the"
                + " inputs down or accept a larger error");
    }

    /**
     * {@return the smallest order that bounds ‖Ŷ − Y‖_max by {@code targetError} (absolute) for this data,
     * with R taken as max‖q_i‖·max‖k_j‖/√d (Cauchy–Schwarz, an upper bound on max|q_i·k_j|/√d that costs
     * O(n·d) instead of O(n²·d)) and ‖V‖_max read from {@code v}} Rows are n × d (q, k) and n × dv (v),
     * one head.
     *
     * @param targetError the largest allowed ‖Ŷ − Y‖_max, positive
     * @param q the queries, {@code n × d} row-major
     * @param k the keys, {@code n × d} row-major
     * @param v the values, {@code n × dv} row-major
     * @param n the number of tokens
     * @param d the query and key head dimension
     * @param dv the value head dimension
     * @throws IllegalArgumentException as {@link #chooseOrder(double, double, int, int)}, for arrays shorter
     *     than the shape, or for a NaN or infinite input
     */
    public static OrderChoice chooseOrder(double targetError, float[] q, float[] k, float[] v, int n, int d, int dv) {
        Checks.nonNegative("n", n);
        if (q.length < (long) n * d || k.length < (long) n * d || v.length < (long) n * dv) {
            throw new IllegalArgumentException("q, k need n·d = " + (long) n * d + " floats and v needs n·dv = "
                    + (long) n * dv + "; got " + q.length + ", " + k.length + ", " + v.length);
        }
        double radius = maxNorm(q, n, d) * maxNorm(k, n, d) / Math.sqrt(d);
        double vMax = 0;
        for (int i = 0; i < n * dv; i++) {
            vMax = Math.max(vMax, Math.abs(v[i]));
        }
        if (!Double.isFinite(radius) || !Double.isFinite(vMax)) {
            throw new IllegalArgumentException("the inputs contain NaN or ±∞; no error bound applies");
        }
        double relative = vMax == 0 ? Double.MAX_VALUE : targetError / vMax;
        return chooseOrder(relative, radius, d, dv);
    }

    /**
     * {@return R = max|q_i·k_j|/√d over every pair, computed exactly in double in O(n²·d)}
     *
     * @param q the queries, {@code n × d} row-major
     * @param k the keys, {@code n × d} row-major
     * @param n the number of tokens
     * @param d the query and key head dimension
     * @throws IllegalArgumentException when n is negative, d is not positive, or q or k has fewer than n·d
     *     floats
     */
    public static double radius(float[] q, float[] k, int n, int d) {
        Checks.nonNegative("n", n);
        if (d < 1) {
            throw new IllegalArgumentException("d = " + d + " must be >= 1");
        }
        if (q.length < (long) n * d || k.length < (long) n * d) {
            throw new IllegalArgumentException("q and k need n·d = " + (long) n * d + " floats; got " + q.length
                    + " and " + k.length);
        }
        double max = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int r = 0; r < d; r++) {
                    s += (double) q[i * d + r] * k[j * d + r];
                }
                max = Math.max(max, Math.abs(s));
            }
        }
        return max / Math.sqrt(d);
    }

    private static double maxNorm(float[] x, int n, int d) {
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int r = 0; r < d; r++) {
                sum += (double) x[i * d + r] * x[i * d + r];
            }
            max = Math.max(max, Math.sqrt(sum));
        }
        return max;
    }

    private static void checkRadius(double radius) {
        if (!(radius >= 0)) {
            throw new IllegalArgumentException("R = " + radius + " must be >= 0 and not NaN");
        }
    }
}
