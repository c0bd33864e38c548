package dev.lanekit.inversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of searching some part of a box: in optimisation mode the k best candidates under
 * {@link Candidate#RANKING}; in decision mode the witness with the smallest enumeration index, if any.
 *
 * <p>Results of disjoint index ranges combine with {@link #merge(SearchResult)}, which is associative and
 * commutative, so a distributed driver (one task per index range) can merge in any order and get exactly
 * the result of a single search over the union. Immutable.
 */
public final class SearchResult implements java.io.Serializable {

    // A distributed driver (the spark module) moves range results from executors to the driver.
    private static final long serialVersionUID = 1L;

    /** Whether the search ran in decision mode. */
    private final boolean decision;
    /** The decision radius, or NaN for an optimisation result. */
    private final double radius;
    /** The number of best candidates kept. */
    private final int topK;
    /** The best candidates, best first, or the witness in decision mode. */
    private final List<Candidate> best;
    /** The work counters of the search. */
    private final SearchStatistics statistics;

    SearchResult(boolean decision, double radius, int topK, List<Candidate> best, SearchStatistics statistics) {
        this.decision = decision;
        this.radius = radius;
        this.topK = topK;
        this.best = List.copyOf(best);
        this.statistics = statistics;
    }

    /**
     * {@return an empty result for these options, the identity of {@link #merge(SearchResult)}}
     *
     * @param options the search mode and settings
     */
    public static SearchResult empty(SearchOptions options) {
        return new SearchResult(options.isDecision(), options.radius(), options.topK(), List.of(), SearchStatistics.EMPTY);
    }

    /** {@return whether this is a decision result} */
    public boolean isDecision() {
        return decision;
    }

    /** {@return the decision radius, or NaN for an optimisation result} */
    public double radius() {
        return radius;
    }

    /** {@return the k of an optimisation result (1 for a decision result)} */
    public int topK() {
        return topK;
    }

    /**
     * {@return the candidates, best first: up to k in optimisation mode, the witness (or nothing) in
     * decision mode}
     *
     */
    public List<Candidate> candidates() {
        return best;
    }

    /** {@return the best candidate (the witness in decision mode), if any} */
    public Optional<Candidate> best() {
        return best.isEmpty() ? Optional.empty() : Optional.of(best.getFirst());
    }

    /** {@return whether a decision search found a z within the radius} */
    public boolean found() {
        return !best.isEmpty();
    }

    /** {@return the work counters} */
    public SearchStatistics statistics() {
        return statistics;
    }

    /**
     * {@return the result of the union of the two searched ranges (the ranges must be disjoint)}
     *
     * @param other the result to combine with
     * @throws IllegalArgumentException when the results come from different modes, radii or k
     */
    public SearchResult merge(SearchResult other) {
        if (decision != other.decision || Double.compare(radius, other.radius) != 0 || topK != other.topK) {
            throw new IllegalArgumentException("cannot merge results of different searches: decision=" + decision
                    + ", radius=" + radius + ", k=" + topK + " versus decision=" + other.decision + ", radius="
                    + other.radius + ", k=" + other.topK);
        }
        List<Candidate> all = new ArrayList<>(best);
        all.addAll(other.best);
        if (decision) {
            // The witness with the smallest enumeration index wins, whatever its objective.
            all.sort((a, b) -> Long.compare(a.index(), b.index()));
        } else {
            all.sort(Candidate.RANKING);
        }
        return new SearchResult(decision, radius, topK, all.subList(0, Math.min(topK, all.size())),
                statistics.plus(other.statistics));
    }

    @Override
    public String toString() {
        return (decision ? "SearchResult[decision r=" + radius : "SearchResult[top " + topK) + ", " + best + ", " + statistics + "]";
    }
}
