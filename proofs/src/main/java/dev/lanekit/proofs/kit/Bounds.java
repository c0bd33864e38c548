package dev.lanekit.proofs.kit;

/**
 * Error bounds and the assertions that use them. Every tolerance here is derived from the rounding model
 * fl(a ∘ b) = (a ∘ b)(1 + δ), |δ| ≤ u, not picked as a bare epsilon, so that a failure means the kernel
 * broke its bound and shrinking cannot turn a logic error into a tolerance question.
 *
 * <p>The central bound (Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., §3.1 and §4.2):
 * any order of summing n terms, with or without fused multiply-adds, has an absolute error of at most
 * γₙ·Σ|termᵢ| with γₙ = n·u/(1 − n·u). Below the normal range a rounding is absolute, at most half the
 * smallest denormal, so {@link #sumBound} adds n such halves as an absolute floor.
 *
 * <pre>{@code
 * References.Sum exact = References.dot(References.widen(a), References.widen(b));
 * Bounds.assertSum("dot", kernel.dot(a, 0, b, 0, n), exact, n, Bounds.FLOAT);
 * }</pre>
 */
public final class Bounds {

    /**
     * The unit roundoff, smallest denormal and largest value of one floating-point format.
     *
     * @param name the format name, for messages
     * @param u the unit roundoff
     * @param minValue the smallest positive denormal
     * @param maxValue the largest finite value
     */
    public record Format(String name, double u, double minValue, double maxValue) {}

    /** IEEE binary32: u = 2⁻²⁴. */
    public static final Format FLOAT = new Format("float", 0x1p-24, Float.MIN_VALUE, Float.MAX_VALUE);
    /** IEEE binary64: u = 2⁻⁵³. */
    public static final Format DOUBLE = new Format("double", 0x1p-53, Double.MIN_VALUE, Double.MAX_VALUE);

    private Bounds() {}

    /**
     * {@return γₙ = n·u/(1 − n·u)}
     *
     * @param n the number of terms
     * @param u the unit roundoff
     * @throws IllegalArgumentException when n·u ≥ 1, where the bound is undefined
     */
    public static double gamma(long n, double u) {
        double nu = n * u;
        if (nu >= 1) {
            throw new IllegalArgumentException("gamma(n = " + n + ", u = " + u + "): n·u >= 1, so no bound exists");
        }
        return nu / (1 - nu);
    }

    /**
     * {@return γₙ·magnitude + n·minValue/2: the error bound of a sum of n terms whose magnitudes sum to {@code magnitude}}
     *
     * @param n the number of terms
     * @param magnitude Σ|termᵢ|, the sum of the magnitudes of the terms
     * @param format the floating-point format of the result
     */
    public static double sumBound(long n, double magnitude, Format format) {
        return gamma(n, format.u()) * magnitude + n * format.minValue() / 2;
    }

    /**
     * Asserts that a kernel's sum of {@code n} terms agrees with the reference within {@link #sumBound}.
     * When the reference is NaN the result must be NaN. When Σ|finite termᵢ| reaches the format's largest
     * value an intermediate sum may overflow in some orders and not others, so nothing more is checked.
     * When the reference is ±∞ (infinite terms of one sign) the result must equal it.
     *
     * @param what the kernel and input, for the failure message
     * @param got the value the kernel computed
     * @param reference the reference value
     * @param n the number of terms
     * @param format the floating-point format of the result
     */
    public static void assertSum(String what, double got, References.Sum reference, long n, Format format) {
        double expected = reference.value();
        if (Double.isNaN(expected)) {
            check(Double.isNaN(got), what, got, expected, "NaN propagates");
            return;
        }
        if (!(reference.magnitude() < format.maxValue() / (1 + gamma(Math.max(n, 1), format.u())))) {
            return;
        }
        if (Double.isInfinite(expected)) {
            check(got == expected, what, got, expected, "an infinite term gives that infinity");
            return;
        }
        double bound = sumBound(n, reference.magnitude(), format);
        check(Math.abs(got - expected) <= bound, what, got, expected,
                "|got - exact| <= gamma_n * sum|terms| + floor = " + bound + " (n = " + n + ")");
    }

    /**
     * Asserts that a result of the given format agrees with a finite or special reference within
     * {@code relative}·|expected| + {@code absolute}. A reference past the format's largest value by more than
     * the bound must give the infinity of its sign. Within the bound of the largest value either is accepted,
     * and an infinite reference also accepts a finite result within the bound of the largest value.
     *
     * @param format the floating-point format of the result
     * @param what the kernel and input, for the failure message
     * @param got the value the kernel computed
     * @param expected the reference value
     * @param relative the allowed error relative to |expected|
     * @param absolute the allowed absolute error
     */
    public static void assertRelativeIn(Format format, String what, double got, double expected, double relative,
            double absolute) {
        // A reference can round past the largest value where a kernel, within its bound, stays below it.
        // Infinite inputs are not affected: example tests pin that they give infinity.
        if (Double.isInfinite(expected) && Math.abs(got) >= format.maxValue() / (1 + relative)
                && Math.signum(got) == Math.signum(expected)) {
            return;
        }
        double magnitude = Math.abs(expected);
        if (Double.isFinite(expected) && magnitude > format.maxValue() / (1 + relative)) {
            if (magnitude >= format.maxValue() * (1 + relative)) {
                check(got == Math.copySign(Double.POSITIVE_INFINITY, expected), what, got, expected,
                        "the result overflows the format");
            }
            return;
        }
        assertRelative(what, got, expected, relative, absolute);
    }

    /**
     * Asserts |got − expected| ≤ relative·|expected| + absolute, after the special values: NaN must meet NaN
     * and an infinity must meet the same infinity.
     *
     * @param what the kernel and input, for the failure message
     * @param got the value the kernel computed
     * @param expected the reference value
     * @param relative the allowed error relative to |expected|
     * @param absolute the allowed absolute error
     */
    public static void assertRelative(String what, double got, double expected, double relative, double absolute) {
        if (Double.isNaN(expected)) {
            check(Double.isNaN(got), what, got, expected, "NaN expected");
            return;
        }
        if (Double.isInfinite(expected)) {
            check(got == expected, what, got, expected, "the same infinity expected");
            return;
        }
        double bound = relative * Math.abs(expected) + absolute;
        check(Math.abs(got - expected) <= bound, what, got, expected,
                "|got - expected| <= " + relative + " * |expected| + " + absolute + " = " + bound);
    }

    /**
     * Asserts that two results are the same value: equal bits, or both NaN.
     *
     * @param what the kernel and input, for the failure message
     * @param got the value the kernel computed
     * @param expected the reference value
     */
    public static void assertSame(String what, double got, double expected) {
        boolean same = Double.doubleToLongBits(got) == Double.doubleToLongBits(expected);
        check(same, what, got, expected, "the same value expected (bit for bit, any NaN matches NaN)");
    }

    /**
     * {@return how many float ulps separate {@code got} from the exact value {@code exact}: |got − exact| / ulp(exact)}
     *
     * @param got the value the kernel computed
     * @param exact the exact value
     */
    public static double floatUlps(float got, double exact) {
        if (Double.isNaN(exact) || Float.isNaN(got)) {
            return Double.isNaN(exact) && Float.isNaN(got) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(exact) || Float.isInfinite(got)) {
            return got == exact ? 0 : Double.POSITIVE_INFINITY;
        }
        float rounded = (float) exact;
        double ulp = Math.ulp(Float.isInfinite(rounded) ? Float.MAX_VALUE : Math.abs(rounded));
        return Math.abs(got - exact) / ulp;
    }

    /**
     * {@return how many double ulps separate {@code got} from {@code reference}}
     *
     * @param got the value the kernel computed
     * @param reference the reference value
     */
    public static double doubleUlps(double got, double reference) {
        if (Double.isNaN(reference) || Double.isNaN(got)) {
            return Double.isNaN(reference) && Double.isNaN(got) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(reference) || Double.isInfinite(got)) {
            return got == reference ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(got - reference) / Math.ulp(reference);
    }

    private static void check(boolean condition, String what, double got, double expected, String rule) {
        if (!condition) {
            throw new AssertionError(what + ": got " + got + ", expected " + expected + "; " + rule);
        }
    }
}
