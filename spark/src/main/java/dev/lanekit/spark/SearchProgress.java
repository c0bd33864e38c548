package dev.lanekit.spark;

/**
 * Receives the progress of a search on Spark, on the driver thread that runs the search.
 */
@FunctionalInterface
public interface SearchProgress {

    /**
     * Reports the state of the search.
     *
     * @param done the number of candidates searched so far, from finished tasks exactly and from
     *     running tasks as of their last executor heartbeat
     * @param total the number of candidates in the whole search
     * @param elapsedNanos the wall time since the search started
     */
    void update(long done, long total, long elapsedNanos);

    /** Progress that goes nowhere. */
    SearchProgress NONE = (done, total, elapsedNanos) -> {};
}
