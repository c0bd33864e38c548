package dev.lanekit.spark;

import java.io.Serializable;

/**
 * The merged result of a search on Spark, with its cost.
 *
 * @param <R> the type of the search result
 * @param result the merge of the results of ranges {@code 0 .. rangesMerged - 1}, in order
 * @param settled true when the search stopped early because that merged result settles it
 *     ({@link RangeSearch#settles}); the ranges after it were not searched or were cancelled
 * @param rangesMerged the number of ranges whose results are in {@code result}
 * @param tasks the number of tasks that finished, including ones whose results came too late to
 *     matter after the search settled
 * @param candidates the number of candidates the finished tasks searched
 * @param taskNanos the wall time of the range searches themselves, summed over finished tasks
 * @param elapsedNanos the wall time of the whole search on the driver, from broadcast to merged result
 */
public record SparkSearchResult<R extends Serializable>(
        R result,
        boolean settled,
        long rangesMerged,
        long tasks,
        long candidates,
        long taskNanos,
        long elapsedNanos) {

    /** {@return the number of candidates searched per second of driver wall time} */
    public double candidatesPerSecond() {
        return elapsedNanos == 0 ? 0 : candidates * 1e9 / elapsedNanos;
    }
}
