package dev.lanekit.spark;

import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;

import dev.lanekit.inversion.CancellationToken;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;

/**
 * Exhaustive inversion search on Spark: the entry point that the lanekit-spark tool calls. The
 * result's candidates equal those of {@link InversionSearch#search(InversionProblem, SearchOptions)}
 * for any range length.
 */
public final class SparkInversion {

    /**
     * Per-task overhead assumed when sizing ranges, in seconds. {@link TaskOverhead} measured 1 to
     * 7 ms on {@code local[2]} and {@code local-cluster[2,1,1024]} on a 2-core machine shared with
     * other builds. A real cluster's scheduler delay may be larger.
     */
    public static final double DEFAULT_TASK_OVERHEAD_SECONDS = 0.01;

    /** Largest share of a task's time that its overhead may take when ranges are sized automatically. */
    public static final double DEFAULT_MAX_OVERHEAD_SHARE = 0.02;

    /** Shortest driver-side run that the rate estimate is taken from, in nanoseconds. */
    private static final long CALIBRATION_NANOS = 200_000_000L;

    private SparkInversion() {}

    /**
     * Searches the whole box on Spark with ranges of {@code rangeLength} candidates. Progress goes to
     * the options' progress listener, if any, at the options' interval.
     *
     * @param context the Spark context
     * @param problem the inversion problem
     * @param options the search options
     * @param rangeLength the number of candidates per range
     * @return the merged result and its cost
     * @throws SparkException when a task fails more often than Spark retries it
     * @throws InterruptedException when the calling thread is interrupted while it waits for a job
     */
    public static SparkSearchResult<SearchResult> search(JavaSparkContext context, InversionProblem problem,
            SearchOptions options, long rangeLength) throws SparkException, InterruptedException {
        InversionRangeSearch search = new InversionRangeSearch(problem, options);
        SparkSearch runner = SparkSearch.on(context);
        if (options.progressListener() != null) {
            runner = runner.withProgress(options.progressListener(), options.progressInterval());
        }
        return runner.run(search, new IndexRanges(search.size(), rangeLength));
    }

    /**
     * {@return a range length that keeps the per-task overhead below
     * {@link #DEFAULT_MAX_OVERHEAD_SHARE} of each task, from a rate measured on the driver (see
     * {@link PartitionSizing})}
     *
     * @param context the Spark context
     * @param problem the inversion problem
     * @param options the search options
     */
    public static long rangeLength(JavaSparkContext context, InversionProblem problem, SearchOptions options) {
        double rate = candidatesPerSecond(problem, options);
        return PartitionSizing.rangeLength(problem.box().size(), context.defaultParallelism(), rate,
                DEFAULT_TASK_OVERHEAD_SECONDS, DEFAULT_MAX_OVERHEAD_SHARE);
    }

    /**
     * Estimates the search rate of one core by searching ever longer prefixes of the box on the
     * calling thread until one takes {@code CALIBRATION_NANOS}. The first runs also warm up the JIT.
     * NOTE: a decision search that finds an early witness, or an optimization search that reaches
     * objective 0, stops early and so reads as faster than a full range would be.
     */
    static double candidatesPerSecond(InversionProblem problem, SearchOptions options) {
        long size = problem.box().size();
        SearchOptions quiet = new InversionRangeSearch(problem, options).options(new CancellationToken());
        long length = Math.min(size, 1024);
        while (true) {
            long start = System.nanoTime();
            SearchResult result = InversionSearch.searchRange(problem, quiet, 0, length);
            long nanos = Math.max(1, System.nanoTime() - start);
            if (nanos >= CALIBRATION_NANOS || length == size) {
                return Math.max(1, result.statistics().candidates()) * 1e9 / nanos;
            }
            length = Math.min(size, length * 4);
        }
    }
}
