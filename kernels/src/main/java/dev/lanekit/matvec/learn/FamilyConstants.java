package dev.lanekit.matvec.learn;

/**
 * The constants of the finite-family learners. "Query Efficient Structured Matrix Learning" (Amsel, Avi,
 * Chen, Keles, Hegde, Musco, Musco and Persson, COLT 2026) proves its guarantees for constants that are
 * "sufficiently large" without giving values, so every one of them is a parameter here.
 *
 * @param sketch c in every sketch width: ℓ = ⌈c·ln(·)/ε²⌉ and the left width m of the two-sided algorithm
 * @param coarse c in the number t = ⌈c·ln(1/δ)⌉ of Gaussian pairs of the coarse estimate
 * @param sample the factor in the per-iteration sample size q = ⌈sample·2^{√L}·ln(L/δ)⌉ of the two-sided
 *     algorithm (the proof needs 1.5; the paper prints an exponent here that would sample every candidate)
 * @param innerEpsilonDivisor the binary search runs the two-sided algorithm with ε/innerEpsilonDivisor (24 in the paper)
 * @param gridEpsilonDivisor the binary-search grid has ratio 1 + ε/gridEpsilonDivisor (12 in the paper)
 * @param warmStart C in the warm-start sketch width k = ⌈C·(ε₀⁻²·√ln(N/δ) + ln(1/δ))⌉
 * @param warmStartRank α in the warm-start truncation rank r₀ = ⌈α·ε₀²·k⌉
 */
public record FamilyConstants(double sketch, double coarse, double sample, double innerEpsilonDivisor,
        double gridEpsilonDivisor, double warmStart, double warmStartRank) {

    /** The paper's divisors with c = 1 everywhere and α = 0.1: a starting point, not a proven choice. */
    public static final FamilyConstants DEFAULT = new FamilyConstants(1, 1, 1.5, 24, 12, 1, 0.1);

    /**
     * Validates the constants.
     *
     * @throws IllegalArgumentException when a constant is not finite and positive, or warmStartRank is
     *     negative or not finite
     */
    public FamilyConstants {
        check("sketch", sketch);
        check("coarse", coarse);
        check("sample", sample);
        check("innerEpsilonDivisor", innerEpsilonDivisor);
        check("gridEpsilonDivisor", gridEpsilonDivisor);
        check("warmStart", warmStart);
        if (!(warmStartRank >= 0) || Double.isInfinite(warmStartRank)) {
            throw new IllegalArgumentException("warmStartRank = " + warmStartRank + " must be finite and >= 0");
        }
    }

    /**
     * {@return a copy with the sketch constant c replaced}
     *
     * @param value the new sketch constant c
     */
    public FamilyConstants withSketch(double value) {
        return new FamilyConstants(value, coarse, sample, innerEpsilonDivisor, gridEpsilonDivisor, warmStart,
                warmStartRank);
    }

    /**
     * {@return a copy with the binary-search divisors replaced}
     *
     * @param inner the divisor of ε for the inner runs
     * @param grid the divisor of ε for the grid ratio
     */
    public FamilyConstants withDivisors(double inner, double grid) {
        return new FamilyConstants(sketch, coarse, sample, inner, grid, warmStart, warmStartRank);
    }

    /**
     * {@return a copy with the warm-start constants replaced}
     *
     * @param width the warm-start width constant C
     * @param rank the warm-start rank constant
     */
    public FamilyConstants withWarmStart(double width, double rank) {
        return new FamilyConstants(sketch, coarse, sample, innerEpsilonDivisor, gridEpsilonDivisor, width, rank);
    }

    private static void check(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + " must be finite and > 0");
        }
    }
}
