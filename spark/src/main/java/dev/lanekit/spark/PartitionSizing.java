package dev.lanekit.spark;

/**
 * Chooses how many candidates each Spark task searches.
 *
 * <p>A task of {@code L} candidates at {@code rate} candidates per second per core costs
 * {@code L / rate} seconds of search plus a fixed overhead {@code o} (scheduling, task
 * serialization, result transfer), so the overhead's share of the task is
 * {@code o / (o + L / rate)}. Keeping that share at most {@code f} needs
 * {@code L >= rate * o * (1 - f) / f}. Smaller searches get shorter tasks instead, at least four
 * per core, because with fewer tasks than that the last wave leaves cores idle for longer than the
 * overhead costs.
 */
public final class PartitionSizing {

    /** Tasks per core that a search is cut into when it is too small to keep the overhead share low. */
    static final int TASKS_PER_CORE = 4;

    private PartitionSizing() {}

    /**
     * {@return the number of candidates per task}
     *
     * @param size the number of candidates in the search, at least 1
     * @param cores the number of task slots in the cluster (Spark's default parallelism), at least 1
     * @param candidatesPerSecond the search rate of one task on one core, positive
     * @param taskOverheadSeconds the fixed cost of one task, at least 0
     * @param maxOverheadShare the largest share of a task's time that its overhead may take, in (0, 1)
     */
    public static long rangeLength(long size, int cores, double candidatesPerSecond, double taskOverheadSeconds,
            double maxOverheadShare) {
        if (size < 1) {
            throw new IllegalArgumentException("size = " + size + " is invalid; it must be >= 1");
        }
        if (cores < 1) {
            throw new IllegalArgumentException("cores = " + cores + " is invalid; it must be >= 1");
        }
        if (!(candidatesPerSecond > 0) || Double.isInfinite(candidatesPerSecond)) {
            throw new IllegalArgumentException("candidatesPerSecond = " + candidatesPerSecond
                    + " is invalid; it must be positive and finite");
        }
        if (!(taskOverheadSeconds >= 0) || Double.isInfinite(taskOverheadSeconds)) {
            throw new IllegalArgumentException("taskOverheadSeconds = " + taskOverheadSeconds
                    + " is invalid; it must be >= 0 and finite");
        }
        if (!(maxOverheadShare > 0 && maxOverheadShare < 1)) {
            throw new IllegalArgumentException("maxOverheadShare = " + maxOverheadShare
                    + " is invalid; it must lie strictly between 0 and 1");
        }

        double forOverhead = Math.ceil(candidatesPerSecond * taskOverheadSeconds * (1 - maxOverheadShare)
                / maxOverheadShare);
        long forBalance = ceilDiv(size, (long) cores * TASKS_PER_CORE);
        // The double may exceed every long; min() then keeps the balance bound.
        long length = forOverhead >= forBalance ? forBalance : (long) forOverhead;
        return Math.clamp(length, 1, size);
    }

    private static long ceilDiv(long a, long b) {
        return (a - 1) / b + 1;
    }
}
