package dev.lanekit.spark;

/**
 * The channel between one range search and the Spark task that runs it: progress goes out,
 * cancellation comes in. One monitor serves one task: {@link #advance} may be called from the task
 * thread only, {@link #cancelled} from any thread.
 */
public interface RangeMonitor {

    /**
     * Records that {@code candidates} more candidates have been searched.
     *
     * @param candidates the number of candidates searched since the last call
     */
    void advance(long candidates);

    /** {@return true once the task has been cancelled, after which the search should return} */
    boolean cancelled();

    /** A monitor that records nothing and is never cancelled, for searches outside Spark. */
    RangeMonitor NONE = new RangeMonitor() {
        @Override
        public void advance(long candidates) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
