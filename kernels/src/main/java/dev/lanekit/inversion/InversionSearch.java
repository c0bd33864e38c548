package dev.lanekit.inversion;

import dev.lanekit.provider.Providers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Exhaustive inversion of generative models: over every integer latent z in a box, find the z that
 * minimise ‖G(z) − x‖_p (optimisation), or decide whether some z has ‖G(z) − x‖_p ≤ r (decision).
 *
 * <p>Why exhaustive: "On the Fine-Grained Hardness of Inverting Generative Models" (Keles, Hegde, 2023)
 * shows that under SETH exact inversion of a ReLU network with latent size n needs Ω(2ⁿ) time, and
 * approximate ℓp inversion too for odd p (only 2^Ω(n) under ETH for even p). So the job is the fastest
 * enumeration the hardware allows: Gray-code steps with O(width) incremental updates, sparse propagation
 * where the weights are sparse, SIMD kernels for the rest, and early abandonment of the ℓp sum.
 *
 * <p>Guarantees, for every thread count, partition count, kernel set and {@link Evaluation}:
 * <ul>
 *   <li>Every reported objective is the double, fixed-order value {@link InversionProblem#objective(int[])}
 *       of the reported latent; float drift of the incremental sums can only cause extra exact checks,
 *       never a wrong result (see the admission slack in the class notes of the search plan).</li>
 *   <li>Ties go to the smallest enumeration index; NaN objectives never rank; +∞ ranks last.</li>
 *   <li>The same inputs give the same result, bit for bit.</li>
 * </ul>
 *
 * <p>Cost: O(|box|·(width₁ + remaining work)) per search; memory O(k + widths) per worker.
 *
 * <p>Scalar and SIMD kernels ({@link SearchOptions#withKernels}) sum the float screen in different
 * orders, which can change how many candidates get the exact double check, never the result.
 * Allocation: each worker allocates its buffers once. After that, a candidate allocates only when it
 * passes the float screen and is evaluated in double, or when it enters the k best. Threads: the static
 * methods keep no state, so independent searches may run at once; one search runs its partitions on
 * the executor it is given.
 */
public final class InversionSearch {

    // A static final field of an exact class type lets C2 inline the chosen kernels at every call site.
    private static final SearchKernels ACTIVE = Providers.simd() ? SimdHolder.INSTANCE : ScalarSearchKernels.INSTANCE;

    private InversionSearch() {}

    /** {@return the kernels the provider chose for this JVM} */
    public static SearchKernels kernels() {
        return ACTIVE;
    }

    /** {@return the plain-Java kernels} */
    public static SearchKernels scalarKernels() {
        return ScalarSearchKernels.INSTANCE;
    }

    /**
     * {@return the Vector API kernels, whatever the provider choice}
     *
     * @throws IllegalStateException when the Vector API is not usable in this JVM
     */
    public static SearchKernels simdKernels() {
        if (!Providers.simdLoadable()) {
            throw new IllegalStateException("the SIMD kernels cannot load: "
                    + String.join("; ", Providers.info().fallbackReasons()));
        }
        return SimdHolder.INSTANCE;
    }

    /**
     * Searches the whole box on the calling thread.
     *
     * @param problem the network, target, latent box and norm
     * @param options the search mode and settings
     * @return the best candidates or the decision, with the search statistics
     */
    public static SearchResult search(InversionProblem problem, SearchOptions options) {
        return search(problem, options, Runnable::run);
    }

    /**
     * Searches the whole box, split into {@link SearchOptions#partitions()} index ranges that run on
     * {@code executor}. Progress reports run on the calling thread, which waits for the result.
     *
     * @param problem the network, target, latent box and norm
     * @param options the search mode and settings
     * @param executor runs the partitions; the calling thread waits for them
     * @return the best candidates or the decision, with the search statistics
     * @throws CancellationException when the options' token is cancelled or the calling thread is
     *     interrupted (the interrupt flag is then set again)
     */
    public static SearchResult search(InversionProblem problem, SearchOptions options, Executor executor) {
        return searchRange(problem, options, 0, problem.box().size(), executor);
    }

    /**
     * Searches the enumeration indices {@code start ≤ i < end}, split into {@link SearchOptions#partitions()}
     * ranges that run on {@code executor}. Progress reports run on the calling thread.
     *
     * @param problem the network, target, latent box and norm
     * @param options the search mode and settings
     * @param start the first enumeration index searched
     * @param end one past the last enumeration index searched
     * @param executor runs the partitions; the calling thread waits for them
     * @return the best candidates or the decision, with the search statistics
     * @throws IndexOutOfBoundsException when the range is not inside 0 … box size
     * @throws CancellationException when the options' token is cancelled or the calling thread is
     *     interrupted (the interrupt flag is then set again)
     */
    public static SearchResult searchRange(InversionProblem problem, SearchOptions options, long start, long end,
            Executor executor) {
        checkRange(problem, start, end);
        if (start == end) {
            return SearchResult.empty(options);
        }
        SearchPlan plan = problem.plan(options.evaluation(), options.propagation(), options.kernels());
        SearchShared shared = new SearchShared(options.cancellation());
        long size = end - start;
        int parts = (int) Math.min(options.partitions(), size);
        long base = size / parts;
        long extra = size % parts;

        long started = System.nanoTime();
        List<CompletableFuture<SearchResult>> futures = new ArrayList<>(parts);
        long from = start;
        for (int i = 0; i < parts; i++) {
            long to = from + base + (i < extra ? 1 : 0);
            long first = from;
            futures.add(CompletableFuture.supplyAsync(() -> new SearchWorker(plan, options, shared).run(first, to), executor));
            from = to;
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
        awaitWithProgress(all, options, shared, size, started);

        SearchResult result = SearchResult.empty(options);
        for (CompletableFuture<SearchResult> future : futures) {
            result = result.merge(future.join());
        }
        report(options, shared, size, started);
        return result;
    }

    /**
     * Searches the enumeration indices {@code start ≤ i < end} on the calling thread: the entry point for
     * a distributed driver, which runs ranges anywhere and combines them with
     * {@link SearchResult#merge(SearchResult)}.
     *
     * @param problem the network, target, latent box and norm
     * @param options the search mode and settings
     * @param start the first enumeration index searched
     * @param end one past the last enumeration index searched
     * @return the best candidates or the decision, with the search statistics
     * @throws IndexOutOfBoundsException when the range is not inside 0 … box size
     * @throws CancellationException when the options' token is cancelled
     */
    public static SearchResult searchRange(InversionProblem problem, SearchOptions options, long start, long end) {
        checkRange(problem, start, end);
        if (start == end) {
            return SearchResult.empty(options);
        }
        SearchPlan plan = problem.plan(options.evaluation(), options.propagation(), options.kernels());
        return new SearchWorker(plan, options, new SearchShared(options.cancellation())).run(start, end);
    }

    /**
     * Searches every candidate in index order, evaluated from scratch in double, with no Gray code, no
     * float arithmetic and no abandonment: the reference for tests. Costs O(|box|·cost(G)).
     *
     * @param problem the network, target, latent box and norm
     * @param options the search mode and settings
     * @return the best candidates or the decision, with the search statistics
     */
    public static SearchResult bruteForce(InversionProblem problem, SearchOptions options) {
        List<Candidate> all = new ArrayList<>();
        LatentBox box = problem.box();
        for (long index = 0; index < box.size(); index++) {
            int[] z = box.latent(index);
            double objective = problem.objective(z);
            if (Double.isNaN(objective)) {
                continue;
            }
            if (options.isDecision()) {
                if (objective <= options.radius()) {
                    all.add(new Candidate(index, z, objective));
                    break;
                }
            } else {
                all.add(new Candidate(index, z, objective));
            }
        }
        all.sort(Candidate.RANKING);
        List<Candidate> best = all.subList(0, Math.min(options.topK(), all.size()));
        return new SearchResult(options.isDecision(), options.radius(), options.topK(), best,
                new SearchStatistics(box.size(), box.size(), 0));
    }

    private static void checkRange(InversionProblem problem, long start, long end) {
        long size = problem.box().size();
        if (start < 0 || end > size || start > end) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") is not inside [0, " + size + ")");
        }
    }

    private static void awaitWithProgress(CompletableFuture<Void> all, SearchOptions options, SearchShared shared,
            long size, long started) {
        long intervalNanos = options.progressInterval().toNanos();
        while (true) {
            try {
                all.get(intervalNanos, TimeUnit.NANOSECONDS);
                return;
            } catch (TimeoutException e) {
                report(options, shared, size, started);
            } catch (InterruptedException e) {
                options.cancellation().cancel();
                Thread.currentThread().interrupt();
                throw new CancellationException("inversion search interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("inversion search failed", cause);
            }
        }
    }

    private static void report(SearchOptions options, SearchShared shared, long size, long started) {
        if (options.progressListener() != null) {
            options.progressListener().accept(new SearchProgress(shared.progress(), size, System.nanoTime() - started));
        }
    }

    /** Keeps the SIMD class unloaded unless it is used, so a JVM without the Vector API never touches it. */
    private static final class SimdHolder {
        static final SearchKernels INSTANCE = SimdSearchKernels.INSTANCE;
    }
}
