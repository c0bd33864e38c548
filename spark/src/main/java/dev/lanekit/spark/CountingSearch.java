package dev.lanekit.spark;

/**
 * A search whose result is the number of candidates it visited: results add up and never settle
 * the search. For measuring Spark itself, and for tests.
 */
interface CountingSearch extends RangeSearch<Long> {

    @Override
    default Long merge(Long earlier, Long later) {
        return earlier + later;
    }

    @Override
    default boolean settles(Long result) {
        return false;
    }
}
