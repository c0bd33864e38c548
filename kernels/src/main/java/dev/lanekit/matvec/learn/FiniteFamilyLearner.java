package dev.lanekit.matvec.learn;

import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.linalg.HouseholderQr;
import dev.lanekit.matvec.linalg.JacobiSvd;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses the member of a finite family F = {B₁ … B_N} of {@code m × n} matrices closest to A in the
 * Frobenius norm, from matvec queries, following "Query Efficient Structured Matrix Learning" (Amsel,
 * Avi, Chen, Keles, Hegde, Musco, Musco and Persson, COLT 2026). OPT = min_B ‖A − B‖_F; A need not be
 * in F. Computation on the family is free; only queries to A count.
 *
 * <ul>
 *   <li>{@link #oneSidedSketch} (the paper's Claim 1): one Rademacher sketch Π of width
 *       ℓ = ⌈c·ln(N/δ)/ε²⌉ and {@code argmin_B ‖A·Π − B·Π‖_F}; (1 + ε)·OPT with probability 1 − δ, ℓ right
 *       queries.</li>
 *   <li>{@link #oneSidedRefine} (Algorithm 1): T = ⌈L/log₂L⌉ rounds, each with a fresh sketch of width
 *       ℓ = ⌈c·ln(L/δ)/ε²⌉, keeping the members within (1 + ε/2)·M in every sketch; exactly T·ℓ right
 *       queries, and (1 + ε)·M for any M ≥ OPT.</li>
 *   <li>{@link #twoSidedRefine} (Algorithm 2): m left queries once, then at most ⌊√L⌋ + 1 rounds of ℓ
 *       right queries; (3 + ε)·M for M ≥ OPT.</li>
 *   <li>{@link #coarseEstimate} (Algorithm 3): M_init with OPT ≤ M_init ≤ 6N·OPT from 2t right queries.</li>
 *   <li>{@link #select} (Algorithm 4, Theorem 1): binary search for M on a geometric grid, each step one
 *       run of Algorithm 2; (3 + ε)·OPT with Õ(√log N/ε²) queries.</li>
 *   <li>{@link #warmStart} (the authors' follow-up note): from any Ā with ‖A − Ā‖_F ≤ γ·OPT, all right
 *       queries and then all left queries pick a member within (1 + ε)·OPT.</li>
 * </ul>
 *
 * <p>Here L = max(2, log₂N), so that log₂L ≥ 1 and ln(L/δ) > 0 for small families. Sketch widths use the
 * constants of {@link FamilyConstants}. Every method returns the index it chose and the queries it used,
 * and uses exactly the queries that its {@code *Plan} or width method predicts.
 */
public final class FiniteFamilyLearner {

    private FiniteFamilyLearner() {}

    /**
     * The outcome of a selection.
     *
     * @param index the chosen member, or −1 when the algorithm failed (Algorithm 2 may, with probability ≤ δ)
     * @param queries the queries used
     * @param rounds rounds of right queries that filtered the family (Algorithms 1 and 2; summed over the
     *     runs of Algorithm 2 inside {@link #select})
     * @param runs runs of Algorithm 2 (1 for {@link #twoSidedRefine}, the binary-search steps for
     *     {@link #select}, 0 otherwise)
     */
    public record Selection(int index, QueryCount queries, int rounds, int runs) {

        /** {@return whether a member was chosen} */
        public boolean succeeded() {
            return index >= 0;
        }
    }

    /**
     * The sizes of one run of Algorithm 2.
     *
     * @param leftWidth m = ⌈(c/ε²)·√L·ln(L/δ)⌉, the left queries issued once
     * @param rightWidth ℓ = ⌈(c/ε²)·ln(L/δ)⌉, the right queries per productive round
     * @param sketchesPerRound r = ⌈L/log₂L⌉ right sketches drawn per round
     * @param sampleSize q = ⌈sample·2^{√L}·ln(L/δ)⌉ members sampled per round
     * @param maxRounds ⌊√L⌋ + 1
     */
    public record TwoSidedPlan(int leftWidth, int rightWidth, int sketchesPerRound, int sampleSize, int maxRounds) {

        /** {@return the most queries a run can use: m + (⌊√L⌋ + 1)·ℓ} */
        public long maxQueries() {
            return leftWidth + (long) maxRounds * rightWidth;
        }
    }

    /**
     * {@return L = max(2, log₂N)}
     *
     * @param familySize the family size N, at least 1
     */
    public static double logSize(int familySize) {
        return Math.max(2, log2(familySize));
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    // ---- Claim 1 ------------------------------------------------------------------------------------

    /**
     * {@return the sketch width ℓ = ⌈c·ln(N/δ)/ε²⌉ of {@link #oneSidedSketch}, its number of right queries}
     *
     * @param familySize the family size N, at least 1
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     */
    public static int oneSidedSketchWidth(int familySize, double epsilon, double delta, FamilyConstants constants) {
        return oneSidedSketchWidthForLog2(log2(familySize), epsilon, delta, constants);
    }

    /**
     * As {@link #oneSidedSketchWidth} for a family of 2^log2Size members, for sizes beyond {@code int}.
     *
     * @param log2Size log₂N, the family size as a base-2 logarithm
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     * @return the sketch width ℓ
     */
    public static int oneSidedSketchWidthForLog2(double log2Size, double epsilon, double delta, FamilyConstants constants) {
        checkAccuracy(epsilon, delta);
        return width(constants.sketch() * (log2Size * Math.log(2) - Math.log(delta)) / (epsilon * epsilon));
    }

    /**
     * Chooses {@code argmin_B ‖A·Π − B·Π‖_F} over one Rademacher sketch Π of width {@link #oneSidedSketchWidth}.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param family the candidate matrices B₁ … B_N, each of A's shape
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     * @param random the source of the random sketches
     * @return the chosen member and the queries used
     */
    public static Selection oneSidedSketch(MatvecOracle oracle, List<Matrix> family, double epsilon, double delta,
            FamilyConstants constants, RandomGenerator random) {
        checkFamily(oracle, family);
        QueryCount before = QueryCount.of(oracle);
        int width = oneSidedSketchWidth(family.size(), epsilon, delta, constants);
        Matrix pi = Matrix.rademacher(oracle.cols(), width, 1 / Math.sqrt(width), random);
        Matrix z = oracle.right(pi);
        int best = 0;
        double bestError = Double.POSITIVE_INFINITY;
        for (int b = 0; b < family.size(); b++) {
            double error = z.frobeniusDistance(family.get(b).times(pi));
            if (error < bestError) {
                bestError = error;
                best = b;
            }
        }
        return new Selection(best, QueryCount.since(oracle, before), 1, 0);
    }

    // ---- Algorithm 1 --------------------------------------------------------------------------------

    /**
     * {@return the width ℓ = ⌈c·ln(L/δ)/ε²⌉ of each sketch of {@link #oneSidedRefine}}
     *
     * @param familySize the family size N, at least 1
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     */
    public static int refineWidth(int familySize, double epsilon, double delta, FamilyConstants constants) {
        return refineWidthForLog2(log2(familySize), epsilon, delta, constants);
    }

    /**
     * As {@link #refineWidth} for a family of 2^log2Size members.
     *
     * @param log2Size log₂N, the family size as a base-2 logarithm
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     * @return the sketch width ℓ
     */
    public static int refineWidthForLog2(double log2Size, double epsilon, double delta, FamilyConstants constants) {
        checkAccuracy(epsilon, delta);
        return width(constants.sketch() * Math.log(Math.max(2, log2Size) / delta) / (epsilon * epsilon));
    }

    /**
     * {@return the number of rounds T = ⌈L/log₂L⌉ of {@link #oneSidedRefine}}
     *
     * @param familySize the family size N, at least 1
     */
    public static int refineRounds(int familySize) {
        return refineRoundsForLog2(log2(familySize));
    }

    /**
     * As {@link #refineRounds} for a family of 2^log2Size members.
     *
     * @param log2Size log₂N, the family size as a base-2 logarithm
     * @return the number of rounds T
     */
    public static int refineRoundsForLog2(double log2Size) {
        double l = Math.max(2, log2Size);
        return (int) Math.ceil(l / log2(l));
    }

    /**
     * Algorithm 1: T rounds of fresh Rademacher sketches, each keeping the members with
     * {@code ‖A·Π − B·Π‖_F ≤ (1 + ε/2)·M}; returns the survivor with the smallest error in the last
     * sketch, or index −1 when none survives (possible only if M &lt; OPT, or with probability ≤ δ).
     * Uses exactly T·ℓ right queries.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param family the candidate matrices B₁ … B_N, each of A's shape
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param bound an upper bound M on OPT
     * @param constants the constants of the sketch widths
     * @param random the source of the random sketches
     * @return the chosen member and the queries used
     */
    public static Selection oneSidedRefine(MatvecOracle oracle, List<Matrix> family, double epsilon, double delta,
            double bound, FamilyConstants constants, RandomGenerator random) {
        checkFamily(oracle, family);
        checkBound(bound);
        QueryCount before = QueryCount.of(oracle);
        int width = refineWidth(family.size(), epsilon, delta, constants);
        int rounds = refineRounds(family.size());
        List<Integer> survivors = allIndices(family.size());
        int best = -1;
        for (int round = 0; round < rounds; round++) {
            Matrix pi = Matrix.rademacher(oracle.cols(), width, 1 / Math.sqrt(width), random);
            Matrix z = oracle.right(pi);
            List<Integer> kept = new ArrayList<>();
            double bestError = Double.POSITIVE_INFINITY;
            best = -1;
            for (int b : survivors) {
                double error = z.frobeniusDistance(family.get(b).times(pi));
                if (error <= (1 + epsilon / 2) * bound) {
                    kept.add(b);
                    if (error < bestError) {
                        bestError = error;
                        best = b;
                    }
                }
            }
            survivors = kept;
        }
        return new Selection(best, QueryCount.since(oracle, before), rounds, 0);
    }

    // ---- Algorithm 2 --------------------------------------------------------------------------------

    /**
     * {@return the sizes of one run of {@link #twoSidedRefine}}
     *
     * @param familySize the family size N, at least 1
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     */
    public static TwoSidedPlan twoSidedPlan(int familySize, double epsilon, double delta, FamilyConstants constants) {
        return twoSidedPlanForLog2(log2(familySize), epsilon, delta, constants);
    }

    /**
     * As {@link #twoSidedPlan} for a family of 2^log2Size members.
     *
     * @param log2Size log₂N, the family size as a base-2 logarithm
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     * @return the sizes of one run
     */
    public static TwoSidedPlan twoSidedPlanForLog2(double log2Size, double epsilon, double delta,
            FamilyConstants constants) {
        checkAccuracy(epsilon, delta);
        double l = Math.max(2, log2Size);
        double logTerm = Math.log(l / delta);
        double scale = constants.sketch() / (epsilon * epsilon);
        int leftWidth = width(scale * Math.sqrt(l) * logTerm);
        int rightWidth = width(scale * logTerm);
        int sketches = (int) Math.ceil(l / (Math.log(l) / Math.log(2)));
        double sample = Math.min(Integer.MAX_VALUE, Math.ceil(constants.sample() * Math.pow(2, Math.sqrt(l)) * logTerm));
        int rounds = (int) Math.floor(Math.sqrt(l)) + 1;
        return new TwoSidedPlan(leftWidth, rightWidth, sketches, (int) sample, rounds);
    }

    /**
     * Algorithm 2 (two-sided simulation of Algorithm 1) for a bound {@code M ≥ OPT}: returns a member within
     * (3 + ε)·M with probability ≥ 1 − δ for large enough constants, or index −1 (FAILED).
     *
     * <p>Queries: the m left queries {@code Aᵀ·Ψ} come first and only once; then each productive round
     * (a sketch that no sampled member explains within (1 + ε/6)·M) costs ℓ right queries, for at most
     * ⌊√L⌋ + 1 rounds. The total is exactly {@code m + rounds·ℓ}.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param family the candidate matrices B₁ … B_N, each of A's shape
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param bound an upper bound M on OPT
     * @param constants the constants of the sketch widths
     * @param random the source of the random sketches
     * @return the chosen member and the queries used
     */
    public static Selection twoSidedRefine(MatvecOracle oracle, List<Matrix> family, double epsilon, double delta,
            double bound, FamilyConstants constants, RandomGenerator random) {
        checkFamily(oracle, family);
        checkBound(bound);
        QueryCount before = QueryCount.of(oracle);
        TwoSidedPlan plan = twoSidedPlan(family.size(), epsilon, delta, constants);
        int m = oracle.rows();
        int n = oracle.cols();

        // W = Ψᵀ·A from m left queries, issued once. Then ‖W·Π − Ψᵀ·B·Π‖_F² = ⟨GᵦΠ, Π⟩ with the n × n Gram
        // matrix Gᵦ = (ΨᵀB − W)ᵀ(ΨᵀB − W), computed once per member, so each sketch costs n² per member.
        Matrix psi = Matrix.rademacher(m, plan.leftWidth(), 1 / Math.sqrt(plan.leftWidth()), random);
        Matrix w = oracle.left(psi).transpose();
        Matrix[] gram = new Matrix[family.size()];
        for (int b = 0; b < family.size(); b++) {
            Matrix difference = psi.transposeTimes(family.get(b)).minus(w);
            gram[b] = difference.transposeTimes(difference);
        }

        List<Integer> candidates = allIndices(family.size());
        int rounds = 0;
        double ell = plan.rightWidth();
        for (int round = 0; round < plan.maxRounds(); round++) {
            if (candidates.isEmpty()) {
                break;
            }
            List<Integer> sample = sampleWithoutReplacement(candidates, plan.sampleSize(), random);

            // r fresh right sketches; for each, the sampled member closest to A in the two-sided sketch.
            Matrix[] pis = new Matrix[plan.sketchesPerRound()];
            int[] proxies = new int[pis.length];
            int productive = -1;
            for (int j = 0; j < pis.length; j++) {
                pis[j] = Matrix.rademacher(n, plan.rightWidth(), 1 / Math.sqrt(ell), random);
                Matrix outer = pis[j].times(pis[j].transpose());
                double bestError = Double.POSITIVE_INFINITY;
                for (int b : sample) {
                    double error = Math.sqrt(Math.max(0, gram[b].frobeniusDot(outer)));
                    if (error < bestError) {
                        bestError = error;
                        proxies[j] = b;
                    }
                }
                if (productive < 0 && bestError > (1 + epsilon / 6) * bound) {
                    productive = j;
                }
            }

            if (productive < 0) {
                // Every sketch has a proxy: return the candidate closest to the proxies in the worst sketch.
                int best = -1;
                double bestWorst = Double.POSITIVE_INFINITY;
                Matrix[] proxySketches = new Matrix[pis.length];
                for (int j = 0; j < pis.length; j++) {
                    proxySketches[j] = family.get(proxies[j]).times(pis[j]);
                }
                for (int b : candidates) {
                    double worst = 0;
                    for (int j = 0; j < pis.length; j++) {
                        worst = Math.max(worst, proxySketches[j].frobeniusDistance(family.get(b).times(pis[j])));
                    }
                    if (worst < bestWorst) {
                        bestWorst = worst;
                        best = b;
                    }
                }
                return new Selection(best, QueryCount.since(oracle, before), rounds, 1);
            }

            // A productive sketch: query it and keep the candidates within (1 + ε/12)·M.
            rounds++;
            Matrix z = oracle.right(pis[productive]);
            List<Integer> kept = new ArrayList<>();
            for (int b : candidates) {
                if (z.frobeniusDistance(family.get(b).times(pis[productive])) <= (1 + epsilon / 12) * bound) {
                    kept.add(b);
                }
            }
            candidates = kept;
        }
        return new Selection(-1, QueryCount.since(oracle, before), rounds, 1);
    }

    // ---- Algorithm 3 --------------------------------------------------------------------------------

    /**
     * Returns the number t = ⌈c·ln(1/δ)⌉ of Gaussian pairs of {@link #coarseEstimate}; it uses 2t right queries.
     *
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     * @return the number t = ⌈c·ln(1/δ)⌉ of Gaussian pairs of {@link #coarseEstimate}
     */
    public static int coarsePairs(double delta, FamilyConstants constants) {
        checkAccuracy(1, delta);
        return width(constants.coarse() * Math.log(1 / delta));
    }

    /**
     * Algorithm 3: the median over t independent Gaussian {@code n × 2} sketches Π (entries N(0, ½)) of
     * {@code √(6N)·min_B ‖A·Π − B·Π‖_F}. With probability 1 − δ, OPT ≤ M_init ≤ 6N·OPT.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param family the candidate matrices B₁ … B_N, each of A's shape
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     * @param random the source of the random sketches
     * @return the estimate M_init and the queries used
     */
    public static TraceEstimators.Estimate coarseEstimate(MatvecOracle oracle, List<Matrix> family, double delta,
            FamilyConstants constants, RandomGenerator random) {
        checkFamily(oracle, family);
        QueryCount before = QueryCount.of(oracle);
        int pairs = coarsePairs(delta, constants);
        double[] estimates = new double[pairs];
        for (int t = 0; t < pairs; t++) {
            Matrix pi = Matrix.gaussian(oracle.cols(), 2, Math.sqrt(0.5), random);
            Matrix z = oracle.right(pi);
            double min = Double.POSITIVE_INFINITY;
            for (Matrix b : family) {
                min = Math.min(min, z.frobeniusDistance(b.times(pi)));
            }
            estimates[t] = Math.sqrt(6.0 * family.size()) * min;
        }
        return new TraceEstimators.Estimate(median(estimates), QueryCount.since(oracle, before));
    }

    // ---- Algorithm 4 --------------------------------------------------------------------------------

    /**
     * {@return the number of grid steps R = ⌈log_{1+ε/d}(6N)⌉ of {@link #select}, with d the grid divisor}
     *
     * @param familySize the family size N, at least 1
     * @param epsilon the accuracy ε, in (0, 1]
     * @param constants the constants of the sketch widths
     */
    public static int gridSteps(int familySize, double epsilon, FamilyConstants constants) {
        return (int) Math.ceil(Math.log(6.0 * familySize) / Math.log1p(epsilon / constants.gridEpsilonDivisor()));
    }

    /**
     * {@return the width ⌈c·ln(L/(δ·ε))/ε²⌉ of the shared error sketch of {@link #select}}
     *
     * @param familySize the family size N, at least 1
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     */
    public static int errorSketchWidth(int familySize, double epsilon, double delta, FamilyConstants constants) {
        checkAccuracy(epsilon, delta);
        return width(constants.sketch() * Math.log(logSize(familySize) / (delta * epsilon)) / (epsilon * epsilon));
    }

    /**
     * {@return the plan of each Algorithm 2 run inside {@link #select}: ε' = ε/24 and δ' = δ/(4 + 4R)}
     *
     * @param familySize the family size N, at least 1
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     */
    public static TwoSidedPlan selectInnerPlan(int familySize, double epsilon, double delta, FamilyConstants constants) {
        int steps = gridSteps(familySize, epsilon, constants);
        return twoSidedPlan(familySize, epsilon / constants.innerEpsilonDivisor(), delta / (4 + 4.0 * steps), constants);
    }

    /**
     * Algorithm 4 (Theorem 1): a member within (3 + ε)·OPT with probability ≥ 1 − δ for large enough
     * constants. Queries, exactly: 2t (coarse estimate) + ℓₑ (error sketch) + runs·m' + rounds·ℓ', with
     * m' and ℓ' from {@link #selectInnerPlan} and runs, rounds from the returned {@link Selection}.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param family the candidate matrices B₁ … B_N, each of A's shape
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     * @param random the source of the random sketches
     * @return the chosen member and the queries used
     */
    public static Selection select(MatvecOracle oracle, List<Matrix> family, double epsilon, double delta,
            FamilyConstants constants, RandomGenerator random) {
        checkFamily(oracle, family);
        checkAccuracy(epsilon, delta);
        QueryCount before = QueryCount.of(oracle);
        double coarse = coarseEstimate(oracle, family, delta, constants, random).value();

        int steps = gridSteps(family.size(), epsilon, constants);
        double ratio = 1 + epsilon / constants.gridEpsilonDivisor();
        double base = coarse / (6.0 * family.size());
        double innerEpsilon = epsilon / constants.innerEpsilonDivisor();
        double innerDelta = delta / (4 + 4.0 * steps);

        // One error sketch shared by every step decides whether a step's output is good enough.
        int errorWidth = errorSketchWidth(family.size(), epsilon, delta, constants);
        Matrix pi = Matrix.rademacher(oracle.cols(), errorWidth, 1 / Math.sqrt(errorWidth), random);
        Matrix z = oracle.right(pi);

        int low = 0;
        int high = steps;
        int best = -1;
        double bestError = Double.POSITIVE_INFINITY;
        int runs = 0;
        int rounds = 0;
        while (low < high) {
            int mid = (low + high) >>> 1;
            double bound = base * Math.pow(ratio, mid);
            Selection step = twoSidedRefine(oracle, family, innerEpsilon, innerDelta, bound, constants, random);
            runs++;
            rounds += step.rounds();
            double error = step.succeeded() ? z.frobeniusDistance(family.get(step.index()).times(pi)) : Double.POSITIVE_INFINITY;
            if (error <= (3 + epsilon / 6) * bound) {
                high = mid;
                if (error < bestError) {
                    bestError = error;
                    best = step.index();
                }
            } else {
                low = mid + 1;
            }
        }
        if (best < 0) {
            // No step passed: fall back to the member with the smallest error in the shared sketch (no queries).
            for (int b = 0; b < family.size(); b++) {
                double error = z.frobeniusDistance(family.get(b).times(pi));
                if (error < bestError) {
                    bestError = error;
                    best = b;
                }
            }
        }
        return new Selection(best, QueryCount.since(oracle, before), rounds, runs);
    }

    // ---- Warm start ---------------------------------------------------------------------------------

    /**
     * {@return the warm-start sketch width k = ⌈C·(ε₀⁻²·√ln(N/δ) + ln(1/δ))⌉ with ε₀ = ε/(2γ(1 + γ))}
     *
     * @param familySize the family size N, at least 1
     * @param gamma the factor γ with ‖A − Ā‖_F ≤ γ·OPT
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     */
    public static int warmStartWidth(int familySize, double gamma, double epsilon, double delta,
            FamilyConstants constants) {
        checkAccuracy(epsilon, delta);
        double epsilon0 = epsilon / (2 * gamma * (1 + gamma));
        return width(constants.warmStart()
                * (Math.sqrt(Math.log(familySize / delta)) / (epsilon0 * epsilon0) + Math.log(1 / delta)));
    }

    /**
     * {@return the queries of {@link #warmStart}: 2k right, then {@code min(k, m)} left (the columns of an
     * orthonormal basis of the sketched residual)}
     *
     * @param rows the number of rows m of A
     * @param familySize the family size N, at least 1
     * @param gamma the factor γ with ‖A − Ā‖_F ≤ γ·OPT
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     */
    public static QueryCount warmStartQueries(int rows, int familySize, double gamma, double epsilon, double delta,
            FamilyConstants constants) {
        int k = warmStartWidth(familySize, gamma, epsilon, delta, constants);
        return new QueryCount(2L * k, Math.min(k, rows));
    }

    /**
     * The warm-start selection: given Ā with ‖A − Ā‖_F ≤ γ·OPT, estimates each φᵢ = ⟨Bᵢ, A − Ā⟩ (Bᵢ = Aᵢ − Ā)
     * from a deflated sketch and returns {@code argminᵢ ‖Bᵢ‖_F² − 2·φ̂ᵢ}, within (1 + ε)·OPT with
     * probability 1 − δ for large enough C. Two rounds: all 2k right queries, then all left queries.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param family the candidate matrices B₁ … B_N, each of A's shape
     * @param warm the warm start Ā
     * @param gamma the factor γ with ‖A − Ā‖_F ≤ γ·OPT
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constants the constants of the sketch widths
     * @param random the source of the random sketches
     * @return the chosen member and the queries used
     */
    public static Selection warmStart(MatvecOracle oracle, List<Matrix> family, Matrix warm, double gamma,
            double epsilon, double delta, FamilyConstants constants, RandomGenerator random) {
        checkFamily(oracle, family);
        if (warm.rows() != oracle.rows() || warm.cols() != oracle.cols()) {
            throw new IllegalArgumentException("the warm start is " + warm.rows() + " × " + warm.cols()
                    + " but A is " + oracle.rows() + " × " + oracle.cols());
        }
        if (!(gamma >= 1) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma = " + gamma + " must be finite and >= 1");
        }
        QueryCount before = QueryCount.of(oracle);
        int k = warmStartWidth(family.size(), gamma, epsilon, delta, constants);
        double epsilon0 = epsilon / (2 * gamma * (1 + gamma));
        int truncation = (int) Math.ceil(constants.warmStartRank() * epsilon0 * epsilon0 * k);

        // Round 1, right queries: A·Ω and A·Y.
        Matrix omega = Matrix.gaussian(oracle.cols(), k, 1, random);
        Matrix y = Matrix.gaussian(oracle.cols(), k, 1, random);
        Matrix aOmega = oracle.right(omega);
        Matrix aY = oracle.right(y);

        // Round 2, left queries: Aᵀ·Q for Q an orthonormal basis of (A − Ā)·Ω.
        Matrix q = HouseholderQr.orthonormalBasis(aOmega.minus(warm.times(omega)));
        Matrix w = oracle.left(q).transpose().minus(q.transposeTimes(warm));
        Matrix bHat = q.times(w);
        Matrix residualY = aY.minus(warm.times(y)).minus(bHat.times(y));

        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int i = 0; i < family.size(); i++) {
            Matrix b = family.get(i).minus(warm);
            Matrix high = truncation == 0 ? b : b.minus(JacobiSvd.of(b).truncate(Math.min(truncation,
                    Math.min(b.rows(), b.cols()))));
            double phi = b.frobeniusDot(bHat) + high.times(y).frobeniusDot(residualY) / k;
            double norm = b.frobeniusNorm();
            double score = norm * norm - 2 * phi;
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return new Selection(best, QueryCount.since(oracle, before), 0, 0);
    }

    /**
     * The member nearest to a known matrix.
     *
     * @param index the member's index
     * @param distance its Frobenius distance, OPT
     */
    public record Nearest(int index, double distance) {}

    /**
     * {@return the member closest to {@code a} and OPT, by brute force over the whole of {@code a} (no queries)}
     *
     * @param a the matrix to approximate
     * @param family the candidate matrices B₁ … B_N, each of A's shape
     * @throws IllegalArgumentException if {@code family} is empty
     */
    public static Nearest nearest(Matrix a, List<Matrix> family) {
        if (family.isEmpty()) {
            throw new IllegalArgumentException("family is empty; it must contain at least one matrix");
        }
        int best = -1;
        double opt = Double.POSITIVE_INFINITY;
        for (int b = 0; b < family.size(); b++) {
            double distance = a.frobeniusDistance(family.get(b));
            if (distance < opt) {
                opt = distance;
                best = b;
            }
        }
        return new Nearest(best, opt);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static int width(double value) {
        if (!(value < Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("a sketch width of " + value + " columns is too large; raise epsilon"
                    + " or delta, or lower the constants");
        }
        return Math.max(1, (int) Math.ceil(value));
    }

    private static List<Integer> allIndices(int size) {
        List<Integer> indices = new ArrayList<>(size);
        for (int b = 0; b < size; b++) {
            indices.add(b);
        }
        return indices;
    }

    private static List<Integer> sampleWithoutReplacement(List<Integer> from, int count, RandomGenerator random) {
        if (count >= from.size()) {
            return from;
        }
        Integer[] shuffled = from.toArray(new Integer[0]);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(shuffled.length - i);
            Integer swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        return Arrays.asList(shuffled).subList(0, count);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void checkFamily(MatvecOracle oracle, List<Matrix> family) {
        if (family.isEmpty()) {
            throw new IllegalArgumentException("the family is empty; it needs at least one member");
        }
        for (int b = 0; b < family.size(); b++) {
            Matrix member = family.get(b);
            if (member.rows() != oracle.rows() || member.cols() != oracle.cols()) {
                throw new IllegalArgumentException("member " + b + " is " + member.rows() + " × " + member.cols()
                        + " but A is " + oracle.rows() + " × " + oracle.cols());
            }
        }
    }

    private static void checkAccuracy(double epsilon, double delta) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon = " + epsilon + " must be finite and > 0");
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta = " + delta + " must be in (0, 1)");
        }
    }

    private static void checkBound(double bound) {
        if (!(bound >= 0) || Double.isInfinite(bound)) {
            throw new IllegalArgumentException("bound M = " + bound + " must be finite and >= 0");
        }
    }
}
