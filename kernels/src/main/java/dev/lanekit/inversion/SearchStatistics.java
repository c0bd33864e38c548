package dev.lanekit.inversion;

/**
 * Work counters of a search, summed over its index ranges.
 *
 * @param candidates candidates enumerated
 * @param exactEvaluations candidates re-evaluated in double because their approximate objective was
 *     within the admission slack of the bound
 * @param outputRowsComputed rows of the last dense layer computed (an abandoned candidate stops early);
 *     0 when the outputs are maintained incrementally
 */
public record SearchStatistics(long candidates, long exactEvaluations, long outputRowsComputed)
        implements java.io.Serializable {

    /** The counters of no work. */
    public static final SearchStatistics EMPTY = new SearchStatistics(0, 0, 0);

    /**
     * {@return the sums of both counters}
     *
     * @param other the counters to add
     */
    public SearchStatistics plus(SearchStatistics other) {
        return new SearchStatistics(candidates + other.candidates, exactEvaluations + other.exactEvaluations,
                outputRowsComputed + other.outputRowsComputed);
    }
}
