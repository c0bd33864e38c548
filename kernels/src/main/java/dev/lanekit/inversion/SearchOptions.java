package dev.lanekit.inversion;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Settings of an exhaustive inversion search. Immutable: each {@code with…} method returns a copy.
 *
 * <p>Two modes: optimisation ({@link #optimize(int)}) returns the k candidates with the smallest
 * objective; decision ({@link #decide(double)}) returns the candidate with the smallest enumeration index
 * whose objective is at most the radius r, or none. Neither result depends on the thread count, the
 * partition count, the kernels or the {@link Evaluation}: they differ only in speed.
 */
public final class SearchOptions {

    private static final int DEFAULT_PARTITIONS = 64;

    private final double radius;
    private final int topK;
    private final Evaluation evaluation;
    private final Propagation propagation;
    private final int partitions;
    private final Consumer<SearchProgress> progressListener;
    private final Duration progressInterval;
    private final CancellationToken cancellation;
    private final SearchKernels kernels;

    private SearchOptions(double radius, int topK, Evaluation evaluation, Propagation propagation, int partitions,
            Consumer<SearchProgress> progressListener, Duration progressInterval, CancellationToken cancellation,
            SearchKernels kernels) {
        this.radius = radius;
        this.topK = topK;
        this.evaluation = evaluation;
        this.propagation = propagation;
        this.partitions = partitions;
        this.progressListener = progressListener;
        this.progressInterval = progressInterval;
        this.cancellation = cancellation;
        this.kernels = kernels;
    }

    /**
     * {@return options for optimisation mode with the k best candidates}
     *
     * @param k the number of best candidates to keep, at least 1
     * @throws IllegalArgumentException when {@code k < 1}
     */
    public static SearchOptions optimize(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k = " + k + " must be >= 1");
        }
        return new SearchOptions(Double.NaN, k, Evaluation.INCREMENTAL_ABANDON, Propagation.AUTO, DEFAULT_PARTITIONS,
                null, Duration.ofMillis(500), new CancellationToken(), InversionSearch.kernels());
    }

    /**
     * {@return options for decision mode: is there a z with ‖G(z) − x‖_p ≤ radius?}
     *
     * @param radius the largest objective that counts as a solution, at least 0
     * @throws IllegalArgumentException when the radius is negative or NaN
     */
    public static SearchOptions decide(double radius) {
        if (!(radius >= 0)) {
            throw new IllegalArgumentException("radius = " + radius + " must be >= 0");
        }
        return new SearchOptions(radius, 1, Evaluation.INCREMENTAL_ABANDON, Propagation.AUTO, DEFAULT_PARTITIONS,
                null, Duration.ofMillis(500), new CancellationToken(), InversionSearch.kernels());
    }

    /** {@return whether these options select decision mode} */
    public boolean isDecision() {
        return !Double.isNaN(radius);
    }

    /** {@return the decision radius, or NaN in optimisation mode} */
    public double radius() {
        return radius;
    }

    /** {@return k, the number of best candidates kept (1 in decision mode)} */
    public int topK() {
        return topK;
    }

    /** {@return how candidates are evaluated} */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** {@return how first-layer changes reach the second layer} */
    public Propagation propagation() {
        return propagation;
    }

    /** {@return the number of index ranges that {@link InversionSearch#search} submits to the executor} */
    public int partitions() {
        return partitions;
    }

    /** {@return the progress listener, or null} */
    public Consumer<SearchProgress> progressListener() {
        return progressListener;
    }

    /** {@return the time between two progress reports} */
    public Duration progressInterval() {
        return progressInterval;
    }

    /** {@return the cancellation token the workers poll} */
    public CancellationToken cancellation() {
        return cancellation;
    }

    /** {@return the float kernels used for the approximate objective} */
    public SearchKernels kernels() {
        return kernels;
    }

    /**
     * {@return a copy with another evaluation strategy}
     *
     * @param value the evaluation strategy
     */
    public SearchOptions withEvaluation(Evaluation value) {
        return new SearchOptions(radius, topK, Objects.requireNonNull(value, "evaluation"), propagation, partitions,
                progressListener, progressInterval, cancellation, kernels);
    }

    /**
     * {@return a copy with another propagation}
     *
     * @param value the propagation
     */
    public SearchOptions withPropagation(Propagation value) {
        return new SearchOptions(radius, topK, evaluation, Objects.requireNonNull(value, "propagation"), partitions,
                progressListener, progressInterval, cancellation, kernels);
    }

    /**
     * {@return a copy that splits the index space into {@code value} ranges (fewer when the box is smaller)}
     *
     * @param value the number of index ranges, at least 1
     * @throws IllegalArgumentException when {@code value < 1}
     */
    public SearchOptions withPartitions(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("partitions = " + value + " must be >= 1");
        }
        return new SearchOptions(radius, topK, evaluation, propagation, value, progressListener, progressInterval,
                cancellation, kernels);
    }

    /**
     * {@return a copy that reports progress to {@code listener} every {@code interval}, on the calling thread}
     *
     * @param listener receives each progress report
     * @param interval the time between reports
     */
    public SearchOptions withProgress(Consumer<SearchProgress> listener, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("progress interval = " + interval + " must be positive");
        }
        return new SearchOptions(radius, topK, evaluation, propagation, partitions, listener, interval, cancellation,
                kernels);
    }

    /**
     * {@return a copy that polls {@code token} for cancellation}
     *
     * @param token the token polled for cancellation
     */
    public SearchOptions withCancellation(CancellationToken token) {
        return new SearchOptions(radius, topK, evaluation, propagation, partitions, progressListener, progressInterval,
                Objects.requireNonNull(token, "token"), kernels);
    }

    /**
     * {@return a copy that uses the given kernels (for example {@link InversionSearch#scalarKernels()})}
     *
     * @param value the kernels that evaluate candidates
     */
    public SearchOptions withKernels(SearchKernels value) {
        return new SearchOptions(radius, topK, evaluation, propagation, partitions, progressListener, progressInterval,
                cancellation, Objects.requireNonNull(value, "kernels"));
    }
}
