package dev.lanekit.bench;

/**
 * Checks, in a benchmark's {@code @Setup}, that every implementation computes the same result before
 * any of them is timed: a fast wrong kernel must fail the run, not win it.
 */
public final class Agreement {

    /** Unit roundoff of float, 2⁻²⁴. */
    public static final double FLOAT_UNIT_ROUNDOFF = 0x1p-24;
    /** Unit roundoff of double, 2⁻⁵³. */
    public static final double DOUBLE_UNIT_ROUNDOFF = 0x1p-53;

    private Agreement() {}

    /**
     * {@return γₙ = n·u/(1 − n·u), the worst-case relative error factor of a length-{@code n} sum in a
     * format with unit roundoff {@code u}} When n·u ≥ 1/2 the worst-case bound is no longer finite or useful, so 1 is
     * returned: the check then catches only gross errors (a wrong index, a missing tail).
     *
     * @param n the number of terms
     * @param u the unit roundoff of the format
     */
    public static double gamma(long n, double u) {
        double nu = n * u;
        return nu >= 0.5 ? 1.0 : nu / (1 - nu);
    }

    /**
     * Throws when {@code got} differs from {@code reference} by more than {@code bound}, or when exactly
     * one of them is NaN.
     *
     * @param what the implementation and input, for the message
     * @param got the value the implementation computed
     * @param reference the value to compare with
     * @param bound the largest allowed absolute difference
     */
    public static void check(String what, double got, double reference, double bound) {
        boolean bothNaN = Double.isNaN(got) && Double.isNaN(reference);
        if (!bothNaN && !(Math.abs(got - reference) <= bound)) {
            throw new IllegalStateException(what + " = " + got + " disagrees with the reference " + reference
                    + " by " + Math.abs(got - reference) + ", more than the bound " + bound);
        }
    }
}
