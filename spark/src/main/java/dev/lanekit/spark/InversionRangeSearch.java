package dev.lanekit.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import dev.lanekit.inversion.CancellationToken;
import dev.lanekit.inversion.Evaluation;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Layer;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.Propagation;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;

/**
 * The single-machine inversion search ({@link InversionSearch#searchRange}) as a {@link RangeSearch},
 * so that {@link SparkSearch} can run it one index range per Spark task.
 *
 * <p>The problem and the options travel as plain arrays and values, because the inversion classes
 * are not serializable; each executor rebuilds the {@link InversionProblem} once and shares it
 * between its task threads. Each executor picks its own kernels (SIMD at its own vector width, or
 * scalar), which changes only the speed: the reported objectives are always recomputed in double in
 * a fixed order. Explicitly chosen scalar kernels stay scalar on the executors.
 *
 * <p>Results merge with {@link SearchResult#merge}: ties go to the smallest enumeration index, a
 * decision search keeps the witness with the smallest index. So the merged result over any cut
 * equals {@link InversionSearch#search}'s result; the work counters in
 * {@link SearchResult#statistics()} do differ, since abandonment bounds are per range.
 */
public final class InversionRangeSearch implements RangeSearch<SearchResult> {

    private static final long serialVersionUID = 1L;

    /** The network's layers, first to last. */
    private final List<LayerData> layers;
    /** The target output x. */
    private final float[] target;
    /** The lower bound of each latent coordinate. */
    private final int[] lo;
    /** The upper bound of each latent coordinate. */
    private final int[] hi;
    /** The norm order p. */
    private final double p;
    /** The decision radius, or NaN in optimisation mode. */
    private final double radius;
    /** The number of best candidates kept. */
    private final int topK;
    /** The evaluation strategy. */
    private final Evaluation evaluation;
    /** The path by which a first-layer change reaches the second layer. */
    private final Propagation propagation;
    /** Whether the options named the scalar kernels explicitly. */
    private final boolean scalarKernels;
    /** The number of candidates in the box. */
    private final long size;

    private transient volatile InversionProblem problem;

    /**
     * One layer's arrays, row-major weights.
     *
     * @param rows the number of outputs
     * @param cols the number of inputs
     * @param weights the row-major weights
     * @param biases the biases
     */
    private record LayerData(int rows, int cols, float[] weights, float[] biases) implements java.io.Serializable {}

    /**
     * Captures {@code problem} and the search-defining part of {@code options}: mode, radius, k,
     * evaluation, propagation and kernels. Progress listener, partitions and cancellation token are
     * the driver's business and are not shipped.
     *
     * @param problem the inversion problem
     * @param options the search options
     */
    public InversionRangeSearch(InversionProblem problem, SearchOptions options) {
        List<LayerData> copied = new ArrayList<>();
        for (Layer layer : problem.network().layers()) {
            copied.add(new LayerData(layer.rows(), layer.cols(), layer.weights(), layer.biases()));
        }
        LatentBox box = problem.box();
        this.layers = List.copyOf(copied);
        this.target = problem.target();
        this.lo = new int[box.dimension()];
        this.hi = new int[box.dimension()];
        for (int j = 0; j < box.dimension(); j++) {
            lo[j] = box.lo(j);
            hi[j] = box.hi(j);
        }
        this.p = problem.norm().p();
        this.radius = options.radius();
        this.topK = options.topK();
        this.evaluation = options.evaluation();
        this.propagation = options.propagation();
        this.scalarKernels = options.kernels() == InversionSearch.scalarKernels();
        this.size = box.size();
        this.problem = problem;
    }

    @Override
    public long size() {
        return size;
    }

    /** Returns the options this search runs with on an executor, with a fresh cancellation token. */
    SearchOptions options(CancellationToken token) {
        SearchOptions options = Double.isNaN(radius) ? SearchOptions.optimize(topK) : SearchOptions.decide(radius);
        options = options.withEvaluation(evaluation).withPropagation(propagation).withCancellation(token);
        return scalarKernels ? options.withKernels(InversionSearch.scalarKernels()) : options;
    }

    /** Returns the problem, rebuilt from the shipped arrays on first use in this JVM. */
    InversionProblem problem() {
        InversionProblem built = problem;
        if (built == null) {
            synchronized (this) {
                built = problem;
                if (built == null) {
                    List<Layer> network = new ArrayList<>();
                    for (LayerData layer : layers) {
                        network.add(new Layer(layer.rows(), layer.cols(), layer.weights(), layer.biases()));
                    }
                    built = new InversionProblem(ReluNetwork.of(network), target, LatentBox.of(lo, hi), Norm.of(p));
                    problem = built;
                }
            }
        }
        return built;
    }

    /**
     * Runs {@link InversionSearch#searchRange} on {@code [from, to)}. Spark's kill flag reaches the
     * search's cancellation token within {@link KillWatcher#POLL_MILLIS} ms.
     *
     * <p>NOTE: progress is reported once, when the range is done, because
     * {@code InversionSearch.searchRange} has no progress hook; and each range starts with no
     * abandonment bound, where the single-machine search shares the best bound between its
     * partitions, so short ranges evaluate more rows per candidate. Neither changes the result.
     */
    @Override
    public SearchResult search(long from, long to, RangeMonitor monitor) {
        CancellationToken token = new CancellationToken();
        SearchOptions options = options(token);
        try (KillWatcher.Registration ignored = KillWatcher.watch(monitor, token)) {
            SearchResult result = InversionSearch.searchRange(problem(), options, from, to);
            monitor.advance(result.statistics().candidates());
            return result;
        } catch (CancellationException e) {
            // Spark discards a killed task's result; an empty one keeps the contract.
            return SearchResult.empty(options);
        }
    }

    @Override
    public SearchResult merge(SearchResult earlier, SearchResult later) {
        return earlier.merge(later);
    }

    /**
     * Returns true for a decision result with a witness, and for an optimization result whose k
     * candidates all have objective 0: a later candidate can at best tie at 0, and ties go to the
     * smaller index. Distances are sums of absolute values, so never -0.0, which would rank before 0.
     */
    @Override
    public boolean settles(SearchResult result) {
        if (result.isDecision()) {
            return result.found();
        }
        List<dev.lanekit.inversion.Candidate> candidates = result.candidates();
        return candidates.size() == result.topK() && candidates.getLast().objective() == 0;
    }
}
