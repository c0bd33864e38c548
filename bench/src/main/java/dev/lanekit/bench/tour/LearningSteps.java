package dev.lanekit.bench.tour;

import dev.lanekit.bench.data.Digits;
import dev.lanekit.bench.inversion.DigitsGenerator;
import dev.lanekit.bench.matvec.LearnRun;
import dev.lanekit.inversion.Candidate;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.SearchKernels;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.Matvec;
import dev.lanekit.matvec.MatvecKernels;
import dev.lanekit.matvec.learn.LowRankApproximation;
import dev.lanekit.matvec.learn.LowRankLearner;
import java.util.Arrays;
import java.util.Locale;

/**
 * The tour's learning and search steps: a rank-10 approximation of the raw pixel matrix from matvec
 * queries, as {@code lanekit learn --family lowrank --input digits} runs it, and exhaustive ℓ2 inversion
 * of digit 0 through the principal-component generator, as {@code lanekit invert --digits 0} runs it.
 */
public final class LearningSteps {

    /** Target rank of the low-rank step, the default of {@code lanekit learn}. */
    static final int RANK = 10;
    /** Seed of the low-rank step, the default of {@code lanekit learn}. */
    static final long SEED = 42;

    private final TourContext context;
    private final int latentDimension;

    /**
     * Creates the steps.
     *
     * @param context the data and timer they share
     * @param latentDimension the inversion searches the box {−2..2}^{@code latentDimension}
     */
    public LearningSteps(TourContext context, int latentDimension) {
        this.context = context;
        this.latentDimension = latentDimension;
    }

    /**
     * Learns the rank-10 approximation and times the dense A·x kernel its queries run, SIMD against scalar.
     *
     * @return the summary entry
     */
    public TourRow matvec() {
        float[] pixels = context.digits().rawPixels();
        int m = Digits.ROWS;
        int n = Digits.COLUMNS;
        LearnRun run = new LearnRun(DenseOperator.of(m, n, pixels), "digits", SEED);
        LowRankApproximation result = run.lowRank(RANK, 5, 1);

        float[] x = new float[n];
        Arrays.fill(x, 1f);
        float[] y = new float[m];
        TourContext.Timed gemv = context.time(() -> gemv(Matvec.simd(), m, n, pixels, x, y),
                () -> gemv(Matvec.scalar(), m, n, pixels, x, y));
        double ratio = run.error() / run.optimum();
        // Eckart–Young: no rank-k matrix beats the SVD tail, so a ratio below 1 means a wrong error or optimum.
        boolean passed = result.queries().equals(LowRankLearner.expectedQueries(m, n, RANK, 5, 1))
                && ratio >= 1 - 1e-9;
        return new TourRow("matvec", "low rank k = " + RANK + ", " + m + " × " + n + " raw pixels",
                run.learningSeconds(),
                String.format(Locale.ROOT, "err/optimum %.4f, %d queries", ratio, result.queries().total()),
                gemv.speedup(), String.format(Locale.ROOT, "time: one cold run; optimum: rank-%d SVD tail; "
                        + "speedup: the A·x kernel, %.1f µs", RANK, gemv.seconds() * 1e6), passed);
    }

    private static void gemv(MatvecKernels kernels, int m, int n, float[] a, float[] x, float[] y) {
        kernels.gemv(m, n, a, n, x, y);
    }

    /**
     * Inverts digit 0 on one thread, SIMD against scalar kernels, and checks the result by brute force.
     *
     * @return the summary entry
     */
    public TourRow inversion() {
        InversionProblem problem = new InversionProblem(DigitsGenerator.build(context.digits(), latentDimension),
                context.digits().image(0), LatentBox.uniform(latentDimension, -2, 2), Norm.L2);
        TourContext.Timed timed = context.time(() -> search(problem, InversionSearch.simdKernels()),
                () -> search(problem, InversionSearch.scalarKernels()));
        Candidate best = search(problem, InversionSearch.kernels()).best().orElseThrow();
        Candidate exhaustive = InversionSearch.bruteForce(problem, SearchOptions.optimize(1)).best().orElseThrow();

        boolean passed = best.index() == exhaustive.index() && best.objective() == exhaustive.objective();
        long size = problem.box().size();
        return new TourRow("inversion", String.format(Locale.ROOT, "ℓ2, digit 0, {−2..2}^%d: %d latents",
                latentDimension, size), timed.seconds(),
                String.format(Locale.ROOT, "best %.6f %s", best.objective(), passed ? "= brute force" : "≠ brute force"),
                timed.speedup(), String.format(Locale.ROOT, "z = %s; %.3g candidates/s on 1 thread",
                        Arrays.toString(best.latent()), size / timed.seconds()), passed);
    }

    private static SearchResult search(InversionProblem problem, SearchKernels kernels) {
        return InversionSearch.search(problem, SearchOptions.optimize(1).withKernels(kernels));
    }
}
