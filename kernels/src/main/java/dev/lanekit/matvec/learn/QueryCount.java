package dev.lanekit.matvec.learn;

import dev.lanekit.matvec.MatvecOracle;

/**
 * Numbers of queries a learner used, or that a formula predicts: right queries {@code x → A·x} and left
 * queries {@code x → Aᵀ·x}.
 *
 * @param right right queries
 * @param left left queries
 */
public record QueryCount(long right, long left) {

    /** No queries. */
    public static final QueryCount NONE = new QueryCount(0, 0);

    /** {@return the queries of both sides} */
    public long total() {
        return right + left;
    }

    /**
     * {@return the component-wise sum}
     *
     * @param other the counts to add
     */
    public QueryCount plus(QueryCount other) {
        return new QueryCount(right + other.right, left + other.left);
    }

    /** Returns the queries that {@code oracle} counted since {@code before} was taken. */
    static QueryCount since(MatvecOracle oracle, QueryCount before) {
        return new QueryCount(oracle.rightQueries() - before.right, oracle.leftQueries() - before.left);
    }

    /** Returns the queries {@code oracle} has counted so far. */
    static QueryCount of(MatvecOracle oracle) {
        return new QueryCount(oracle.rightQueries(), oracle.leftQueries());
    }
}
