package dev.lanekit.spark;

import java.io.Serializable;

/**
 * An exhaustive search over the enumeration indices {@code [0, size())} that can be cut into
 * contiguous ranges, searched range by range on Spark executors, and put back together on the
 * driver.
 *
 * <p>Spark broadcasts one instance to each executor, and every task on that executor calls
 * {@link #search} on the same instance, possibly at the same time from several task threads. So an
 * implementation is serializable, keeps per-call state local to {@code search}, and rebuilds any
 * heavy derived state in a transient field that it initializes in a thread-safe way.
 *
 * <p>The contract that makes the distributed result equal the single-machine result bit for bit:
 * for any {@code a <= b <= c}, {@code merge(search(a, b), search(b, c))} equals
 * {@code search(a, c)}, and {@code merge} is associative. The driver always merges in ascending
 * range order, so {@code merge} need not be commutative.
 *
 * @param <R> the result of searching one range, or a merged run of ranges; it travels from the
 *     executor to the driver through Java serialization
 */
public interface RangeSearch<R extends Serializable> extends Serializable {

    /** {@return the number of candidates, so the enumeration index runs over {@code [0, size())}} */
    long size();

    /**
     * Searches the candidates with enumeration index in {@code [from, to)}.
     *
     * @param from the first enumeration index
     * @param to one past the last enumeration index
     * @param monitor receives the number of candidates done as the search goes, and returns true
     *     from {@code cancelled()} to make the search return early when Spark has cancelled the task (the returned value is then
     *     discarded)
     * @return the result of the range
     */
    R search(long from, long to, RangeMonitor monitor);

    /**
     * Merges the result of a run of ranges with the result of the run that directly follows it.
     * Neither argument may be modified.
     *
     * @param earlier the result of the earlier run of ranges
     * @param later the result of the run that directly follows it
     * @return the result of both runs together
     */
    R merge(R earlier, R later);

    /**
     * {@return whether {@code result} settles the whole search, so that no range after the ones it
     * covers can change the merged result} A decision search with a witness returns true (later
     * witnesses have larger enumeration indices and lose the tie); an optimization search always
     * returns false.
     *
     * @param result a merged result
     */
    boolean settles(R result);
}
