package dev.lanekit.bench.inversion;

import dev.lanekit.inversion.Evaluation;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Single-thread candidates per second of the three evaluation strategies, timed by the thread's CPU time
 * instead of the wall clock, so that a machine shared with other builds still gives usable ratios. Also
 * prints the work left per candidate (output rows, exact re-evaluations) that the FLOP estimate needs.
 *
 * <p>Usage: {@code java --add-modules jdk.incubator.vector -cp bench/target/lanekit.jar
 * dev.lanekit.bench.inversion.InversionThroughput [dense|sat] N WIDTH P [LOG2_RANGE]}: the range contains
 * 2^LOG2_RANGE candidates from the middle of the codes (default 18). A longer range starts with an empty
 * bound just the same, so the start of the search weighs less in it.
 */
public final class InversionThroughput {

    private static final int OUTPUTS = 64;
    private static final int DEFAULT_LOG2_RANGE = 18;

    private InversionThroughput() {}

    /**
     * Measures the throughput of one instance.
     *
     * @param args the model ({@code dense} or {@code sat}), the latent dimension N, the hidden width, the
     *     norm order P and, optionally, the base-2 logarithm of the range length
     */
    public static void main(String[] args) {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: InversionThroughput dense|sat N WIDTH P [LOG2_RANGE]");
            System.exit(2);
        }
        long range = 1L << (args.length == 5 ? Integer.parseInt(args[4]) : DEFAULT_LOG2_RANGE);
        int n = Integer.parseInt(args[1]);
        int width = Integer.parseInt(args[2]);
        Norm norm = Norm.parse(args[3]);
        InversionProblem problem = args[0].equals("sat") ? InversionInstances.sat(n, norm, 2023)
                : InversionInstances.dense(n, width, OUTPUTS, norm, 2023);
        long start = problem.box().size() / 2;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Evaluation evaluation : Evaluation.values()) {
            SearchOptions options = SearchOptions.optimize(1).withEvaluation(evaluation);

            // Two warm-up passes let C2 compile the worker before the timed pass.
            for (int warmup = 0; warmup < 2; warmup++) {
                InversionSearch.searchRange(problem, options, start, start + range);
            }
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            SearchResult result = InversionSearch.searchRange(problem, options, start, start + range);
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            long candidates = result.statistics().candidates();
            System.out.printf(Locale.ROOT, "%s n=%d width=%d p=%s %-19s %12.0f candidates/s (CPU time) %12.0f (wall)"
                            + "  rows/candidate %.2f  exact/candidate %.5f%n",
                    args[0], n, width, norm, evaluation, candidates / cpu, candidates / wall,
                    (double) result.statistics().outputRowsComputed() / candidates,
                    (double) result.statistics().exactEvaluations() / candidates);
        }
    }
}
