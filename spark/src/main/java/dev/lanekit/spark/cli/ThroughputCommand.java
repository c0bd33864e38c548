package dev.lanekit.spark.cli;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.spark.api.java.JavaSparkContext;

import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Layer;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import dev.lanekit.spark.SparkInversion;
import dev.lanekit.spark.SparkSearchResult;
import dev.lanekit.spark.TaskOverhead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Compares the inversion search through Spark with the single-machine search on the same instance:
 * candidates per second, the share of task slot time not spent searching, and the per-task
 * overhead, for several partition sizes. Each run is timed once, end to end, so run it on an
 * otherwise idle machine and repeat it to see the spread.
 */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Candidates per second of the inversion search through Spark against the single-machine search.")
final class ThroughputCommand implements Callable<Integer> {

    private static final long SEED = 2026;

    @Mixin
    SparkOption spark;

    @Option(names = "--n", split = ",", defaultValue = "26,28", description = "Latent sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--width", defaultValue = "64", description = "Hidden units of the dense network (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--outputs", defaultValue = "16", description = "Outputs of the dense network (default: ${DEFAULT-VALUE}).")
    int outputs;

    @Option(names = "--threads", defaultValue = "2", description = "Threads of the single-machine search (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--repeat", defaultValue = "1", description = "Rounds per latent size, each one single-machine run and one run per partition size (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--partition-size", split = ",", paramLabel = "L",
            description = "Candidates per Spark task, 0 for the automatic size; repeat or separate by commas (default: 0).")
    List<Long> partitionSizes;

    @Override
    public Integer call() throws Exception {
        try (JavaSparkContext context = spark.start("lanekit throughput")) {
            int cores = context.defaultParallelism();
            double overhead = TaskOverhead.measureSeconds(context, 2000);
            System.out.printf(Locale.ROOT, "master %s, %d cores, per-task overhead %.2f ms (2000 empty tasks)%n",
                    spark.master, cores, overhead * 1e3);
            System.out.println("| n | engine | partition size | tasks | seconds | candidates/s | vs single machine | slot time not searching | same best |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (int n : sizes) {
                InversionProblem problem = dense(n, width, outputs);
                SearchOptions options = SearchOptions.optimize(1);
                for (int round = 0; round < repeat; round++) {
                    SearchResult expected = runSingleMachine(problem, options, n);
                    double single = expected.statistics().candidates() / singleSeconds;
                    for (long length : partitionSizes != null ? partitionSizes : List.of(0L)) {
                        long used = length == 0 ? SparkInversion.rangeLength(context, problem, options) : length;
                        runSpark(context, problem, options, n, used, cores, single, expected);
                    }
                }
            }
        }
        return 0;
    }

    private double singleSeconds;

    /** Runs the single-machine search, prints its row, and returns its result. */
    private SearchResult runSingleMachine(InversionProblem problem, SearchOptions options, int n) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // One untimed run of a small prefix warms up the JIT as the Spark executors' first tasks do.
            InversionSearch.searchRange(problem, options, 0, Math.min(problem.box().size(), 1 << 20));
            long start = System.nanoTime();
            SearchResult result = InversionSearch.search(problem, options.withPartitions(Math.max(64, 16 * threads)), pool);
            singleSeconds = (System.nanoTime() - start) * 1e-9;
            double rate = result.statistics().candidates() / singleSeconds;
            System.out.printf(Locale.ROOT, "| %d | single machine, %d threads | | | %.2f | %.3g | 1.00 | | |%n", n, threads,
                    singleSeconds, rate);
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runSpark(JavaSparkContext context, InversionProblem problem, SearchOptions options, int n,
            long length, int cores, double single, SearchResult expected) throws Exception {
        SparkSearchResult<SearchResult> run = SparkInversion.search(context, problem, options, length);
        double seconds = run.elapsedNanos() * 1e-9;
        double rate = run.candidates() / seconds;
        double idle = 1 - run.taskNanos() / (run.elapsedNanos() * (double) cores);
        boolean same = expected.candidates().equals(run.result().candidates());
        System.out.printf(Locale.ROOT, "| %d | Spark %s | %d | %d | %.2f | %.3g | %.2f | %.1f %% | %s |%n", n,
                context.master(), length, run.tasks(), seconds, rate, rate / single, 100 * idle, same ? "yes" : "NO");
    }

    /**
     * Returns a dense network n → width → outputs with weights uniform in ±1/√fan-in, and a target
     * near the image of a random binary latent, so that a close latent exists.
     */
    static InversionProblem dense(int n, int width, int outputs) {
        SplittableRandom random = new SplittableRandom(SEED + n);
        Layer hidden = new Layer(width, n, uniform(random, width * n, 1 / Math.sqrt(n)), uniform(random, width, 0.5));
        Layer output = new Layer(outputs, width, uniform(random, outputs * width, 1 / Math.sqrt(width)),
                uniform(random, outputs, 0.1));
        ReluNetwork network = ReluNetwork.of(hidden, output);
        int[] planted = new int[n];
        for (int j = 0; j < n; j++) {
            planted[j] = random.nextInt(2);
        }
        double[] image = network.evaluate(planted);
        float[] target = new float[outputs];
        for (int i = 0; i < outputs; i++) {
            target[i] = (float) (image[i] + random.nextDouble(-0.05, 0.05));
        }
        return new InversionProblem(network, target, LatentBox.binary(n), Norm.L2);
    }

    private static float[] uniform(SplittableRandom random, int count, double scale) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextDouble(-scale, scale);
        }
        return values;
    }
}
