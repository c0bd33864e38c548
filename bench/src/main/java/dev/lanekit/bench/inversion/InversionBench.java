package dev.lanekit.bench.inversion;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.inversion.Evaluation;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import dev.lanekit.inversion.SearchStatistics;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Candidates per second of the exhaustive inversion search (one operation = one candidate): {@code naive}
 * recomputes every layer for every candidate, {@code gray} updates the first layer by one column per
 * Gray-code step (with sparse propagation on the k-SAT network), {@code grayAbandon} also abandons a
 * candidate once its partial ℓp sum exceeds the bound. Each invocation searches a fixed range of
 * {@value #RANGE} candidates near the middle of the 2ⁿ codes, on {@code threads} worker threads, from an
 * empty bound; a whole-box search tightens its bound further and abandons more.
 *
 * <p>{@code model}: {@code dense} is one hidden ReLU layer of {@code width} units and 64 outputs;
 * {@code sat} is the network of a random 3-SAT formula with 4.26·n clauses (hidden width 4n + m, n + m
 * outputs; {@code width} is ignored).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InversionBench {

    /** Candidates per invocation. */
    static final int RANGE = 1 << 16;
    private static final int OUTPUTS = 64;
    private static final long SEED = 2023;

    /** The latent dimension: the box is {0,1}ⁿ. */
    @Param({"20", "24", "28"})
    public int n;

    /** The hidden width of the {@code dense} model. */
    @Param({"64", "256", "512"})
    public int width;

    /** The norm order: {@code 1}, {@code 2} or {@code inf}. */
    @Param({"1", "2", "inf"})
    public String p;

    /** The network: {@code dense} or {@code sat}. */
    @Param({"dense", "sat"})
    public String model;

    /** The number of worker threads. */
    @Param({"1", "2"})
    public int threads;

    private InversionProblem problem;
    private ExecutorService pool;
    private long start;

    /**
     * Nominal work of one candidate: the multiply-adds of a from-scratch forward pass.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        long n = shape.dimension("n");
        boolean sat = "sat".equals(shape.params().get("model"));
        long clauses = Math.round(InversionInstances.CLAUSE_RATIO * n);
        long hidden = sat ? 4 * n + clauses : shape.dimension("width");
        long outputs = sat ? n + clauses : OUTPUTS;
        return new Work(2.0 * (n * hidden + hidden * outputs), 0);
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public InversionBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup(Level.Trial)
    public void setUp() {
        Norm norm = Norm.parse(p);
        problem = model.equals("sat") ? InversionInstances.sat(n, norm, SEED) : InversionInstances.dense(n, width, OUTPUTS, norm, SEED);
        start = problem.box().size() / 2;
        pool = Executors.newFixedThreadPool(threads);

        // The three variants must return the same best candidate, and it must be the brute-force one
        // over the range.
        SearchResult reference = run(Evaluation.NAIVE);
        for (Evaluation evaluation : new Evaluation[] {Evaluation.INCREMENTAL, Evaluation.INCREMENTAL_ABANDON}) {
            SearchResult other = run(evaluation);
            if (!other.candidates().equals(reference.candidates())) {
                throw new IllegalStateException(evaluation + " found " + other.candidates() + " but naive found " + reference.candidates());
            }
        }
        SearchStatistics statistics = run(Evaluation.INCREMENTAL_ABANDON).statistics();
        System.out.printf("%n[inversion] %s n=%d width=%d p=%s: best %s; with abandon %.2f output rows and %.5f exact"
                        + " re-evaluations per candidate%n",
                model, n, width, p, reference.best().orElseThrow(), (double) statistics.outputRowsComputed() / statistics.candidates(),
                (double) statistics.exactEvaluations() / statistics.candidates());
    }

    /** Stops the helper threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    private SearchResult run(Evaluation evaluation) {
        SearchOptions options = SearchOptions.optimize(1).withEvaluation(evaluation).withPartitions(threads == 1 ? 1 : 4 * threads);
        return threads == 1
                ? InversionSearch.searchRange(problem, options, start, start + RANGE)
                : InversionSearch.searchRange(problem, options, start, start + RANGE, pool);
    }

    /** {@return the result of the search that recomputes every layer for every candidate} */
    @Benchmark
    @OperationsPerInvocation(RANGE)
    public SearchResult naive() {
        return run(Evaluation.NAIVE);
    }

    /** {@return the result of the Gray-code search} */
    @Benchmark
    @OperationsPerInvocation(RANGE)
    public SearchResult gray() {
        return run(Evaluation.INCREMENTAL);
    }

    /** {@return the result of the Gray-code search with early abandonment} */
    @Benchmark
    @OperationsPerInvocation(RANGE)
    public SearchResult grayAbandon() {
        return run(Evaluation.INCREMENTAL_ABANDON);
    }
}
