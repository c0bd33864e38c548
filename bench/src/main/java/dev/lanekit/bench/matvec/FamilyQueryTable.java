package dev.lanekit.bench.matvec;

import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.learn.FamilyConstants;
import dev.lanekit.matvec.learn.FiniteFamilyLearner;
import dev.lanekit.matvec.learn.FiniteFamilyLearner.Selection;
import dev.lanekit.matvec.learn.FiniteFamilyLearner.TwoSidedPlan;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Prints, as Markdown, the query counts of the finite-family algorithms against log₂|F| (from their
 * formulas) and their measured success rates on planted families, for bench/RESULTS.md.
 *
 * <p>Planted family: A is an 8 × 8 Gaussian matrix; one member lies at distance OPT = 1 from A and the
 * others at 1 + 2ε, 2, 3.2, 6 and 8 in turn. A run of a (1 + ε) method succeeds when it returns the
 * planted member (every other member is beyond (1 + ε)·OPT); a run of a (3 + ε) method succeeds when its
 * member is within (3 + ε)·OPT, or (3 + ε)·M for Algorithm 2 run with M = 1.5·OPT.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp bench/target/lanekit.jar
 * dev.lanekit.bench.matvec.FamilyQueryTable [trials]}.
 */
public final class FamilyQueryTable {

    private static final double EPSILON = 0.5;
    private static final double DELTA = 0.1;
    private static final int N = 8;

    private FamilyQueryTable() {}

    /**
     * Prints the query tables.
     *
     * @param args the number of trials per cell, default 200
     */
    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        FamilyConstants constants = FamilyConstants.DEFAULT;
        System.out.printf(Locale.ROOT, "Formulas, ε = %s, δ = %s, c = 1 (queries to A and Aᵀ):%n%n", EPSILON, DELTA);
        System.out.println("| log₂\\|F\\| | Claim 1 (one-sided sketch) | Algorithm 1 (T·ℓ) | Algorithm 2 (m + (⌊√L⌋+1)·ℓ, at most) |");
        System.out.println("|---:|---:|---:|---:|");
        for (int log2 : new int[] {4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096}) {
            int claim1 = FiniteFamilyLearner.oneSidedSketchWidthForLog2(log2, EPSILON, DELTA, constants);
            long refine = (long) FiniteFamilyLearner.refineRoundsForLog2(log2)
                    * FiniteFamilyLearner.refineWidthForLog2(log2, EPSILON, DELTA, constants);
            TwoSidedPlan plan = FiniteFamilyLearner.twoSidedPlanForLog2(log2, EPSILON, DELTA, constants);
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %d (m = %d, ℓ = %d) |%n", log2, claim1, refine,
                    plan.maxQueries(), plan.leftWidth(), plan.rightWidth());
        }

        System.out.printf(Locale.ROOT, "%nMeasured on planted %d × %d families, %d seeded trials each:%n%n", N, N, trials);
        System.out.println("| \\|F\\| | algorithm | guarantee | mean queries | success rate | required (1 − δ − 3σ) |");
        System.out.println("|---:|---|---|---:|---:|---:|");
        double required = 1 - DELTA - 3 * Math.sqrt(DELTA * (1 - DELTA) / trials);
        for (int size : new int[] {16, 64, 256}) {
            measure(size, trials, required, constants);
        }
    }

    private static void measure(int size, int trials, double required, FamilyConstants constants) {
        String[] names = {"Claim 1", "Algorithm 1 (M = OPT)", "Algorithm 2 (M = 1.5·OPT)", "Algorithm 4 (inner ε divisor 1)"};
        String[] guarantees = {"(1 + ε)·OPT", "(1 + ε)·OPT", "(3 + ε)·M", "(3 + ε)·OPT"};
        long[] queries = new long[names.length];
        int[] successes = new int[names.length];
        for (int t = 0; t < trials; t++) {
            SplittableRandom random = new SplittableRandom(t);
            Matrix a = Matrix.fromFloats(N, N, Matrix.gaussian(N, N, 1, random).toFloats());
            List<Matrix> family = planted(a, size, random);
            for (int algorithm = 0; algorithm < names.length; algorithm++) {
                MatvecOracle oracle = new MatvecOracle(DenseOperator.of(N, N, a.toFloats()));
                SplittableRandom sketches = new SplittableRandom(1_000_000L * (algorithm + 1) + t);
                Selection selection = switch (algorithm) {
                    case 0 -> FiniteFamilyLearner.oneSidedSketch(oracle, family, EPSILON, DELTA, constants, sketches);
                    case 1 -> FiniteFamilyLearner.oneSidedRefine(oracle, family, EPSILON, DELTA, 1, constants, sketches);
                    case 2 -> FiniteFamilyLearner.twoSidedRefine(oracle, family, EPSILON, DELTA, 1.5, constants, sketches);
                    default -> FiniteFamilyLearner.select(oracle, family, EPSILON, DELTA,
                            constants.withDivisors(1, constants.gridEpsilonDivisor()), sketches);
                };
                queries[algorithm] += oracle.queries();
                double limit = switch (algorithm) {
                    case 0, 1 -> 1 + EPSILON;
                    case 2 -> (3 + EPSILON) * 1.5;
                    default -> 3 + EPSILON;
                };
                if (selection.succeeded() && a.frobeniusDistance(family.get(selection.index())) <= limit * 1.000001) {
                    successes[algorithm]++;
                }
            }
        }
        for (int algorithm = 0; algorithm < names.length; algorithm++) {
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %.1f | %.3f | %.3f |%n", size, names[algorithm],
                    guarantees[algorithm], (double) queries[algorithm] / trials, (double) successes[algorithm] / trials,
                    required);
        }
    }

    private static List<Matrix> planted(Matrix a, int size, SplittableRandom random) {
        double[] decoys = {1 + 2 * EPSILON, 2, 3.2, 6, 8};
        int best = random.nextInt(size);
        List<Matrix> family = new ArrayList<>();
        for (int b = 0; b < size; b++) {
            double distance = b == best ? 1 : decoys[b % decoys.length];
            Matrix direction = Matrix.gaussian(N, N, 1, random);
            family.add(a.plus(direction.scale(distance / direction.frobeniusNorm())));
        }
        return family;
    }
}
