package dev.lanekit.matvec;

import dev.lanekit.internal.Checks;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Query access to a matrix A that is known only through its products: right queries {@code x → A·x}
 * and left queries {@code x → Aᵀ·x}. Every returned vector counts as one query of its side, a block
 * of b columns as b queries, and the order of all queries is recorded, so that statements such as
 * "all left queries come before any right query" can be checked.
 *
 * <p>Queries are given and returned in double; the operator computes in float, so each result carries
 * the operator's float rounding error. An optional budget bounds the total number of queries: a query
 * that would exceed it throws {@link QueryBudgetExceededException} before it runs and is not counted.
 * Not thread-safe.
 */
public final class MatvecOracle {

    /** The side of a query. */
    public enum Side {
        /** {@code x → A·x}. */
        RIGHT,
        /** {@code x → Aᵀ·x}. */
        LEFT
    }

    private final LinearOperator operator;
    private final long budget;
    private final List<Side> order = new ArrayList<>();
    private long rightQueries;
    private long leftQueries;
    private final float[] input;
    private final float[] output;

    /**
     * Wraps {@code operator} with no budget.
     *
     * @param operator the matrix A that answers the queries
     */
    public MatvecOracle(LinearOperator operator) {
        this(operator, Long.MAX_VALUE);
    }

    /**
     * Wraps {@code operator} with a budget of at most {@code budget} queries in total (both sides).
     *
     * @param operator the matrix A that answers the queries
     * @param budget the largest number of queries allowed, both sides together
     */
    public MatvecOracle(LinearOperator operator, long budget) {
        Checks.nonNegative("budget", budget);
        this.operator = operator;
        this.budget = budget;
        int longest = Math.max(operator.rows(), operator.cols());
        this.input = new float[longest];
        this.output = new float[longest];
    }

    /** {@return the number of rows m of A} */
    public int rows() {
        return operator.rows();
    }

    /** {@return the number of columns n of A} */
    public int cols() {
        return operator.cols();
    }

    /**
     * Returns {@code A·x} for {@code x} of length n; counts one right query.
     *
     * @param x the query vector or block of query vectors
     * @return {@code A·x} for {@code x} of length n
     */
    public double[] right(double[] x) {
        Checks.sameLength("x", x.length, "cols", cols());
        charge(Side.RIGHT, 1);
        return multiply(x, false);
    }

    /**
     * Returns {@code Aᵀ·x} for {@code x} of length m; counts one left query.
     *
     * @param x the query vector or block of query vectors
     * @return {@code Aᵀ·x} for {@code x} of length m
     */
    public double[] left(double[] x) {
        Checks.sameLength("x", x.length, "rows", rows());
        charge(Side.LEFT, 1);
        return multiply(x, true);
    }

    /**
     * Returns {@code A·X} for X of size {@code n × b}; counts b right queries, charged before any runs.
     *
     * @param x the query vector or block of query vectors
     * @return {@code A·X} for X of size {@code n × b}
     */
    public Matrix right(Matrix x) {
        return block(x, Side.RIGHT);
    }

    /**
     * Returns {@code Aᵀ·X} for X of size {@code m × b}; counts b left queries, charged before any runs.
     *
     * @param x the query vector or block of query vectors
     * @return {@code Aᵀ·X} for X of size {@code m × b}
     */
    public Matrix left(Matrix x) {
        return block(x, Side.LEFT);
    }

    private Matrix block(Matrix x, Side side) {
        boolean transpose = side == Side.LEFT;
        int inputLength = transpose ? rows() : cols();
        int outputLength = transpose ? cols() : rows();
        if (x.rows() != inputLength) {
            throw new IllegalArgumentException("a block of " + side.name().toLowerCase() + " queries needs "
                    + inputLength + " rows, got " + x.rows());
        }
        charge(side, x.cols());
        Matrix result = new Matrix(outputLength, x.cols());
        for (int j = 0; j < x.cols(); j++) {
            result.setColumn(j, multiply(x.column(j), transpose));
        }
        return result;
    }

    private double[] multiply(double[] x, boolean transpose) {
        for (int i = 0; i < x.length; i++) {
            input[i] = (float) x[i];
        }
        if (transpose) {
            operator.applyTranspose(input, output);
        } else {
            operator.apply(input, output);
        }
        double[] y = new double[transpose ? cols() : rows()];
        for (int i = 0; i < y.length; i++) {
            y[i] = output[i];
        }
        return y;
    }

    private void charge(Side side, int count) {
        long used = rightQueries + leftQueries;
        if (count > budget - used) {
            throw new QueryBudgetExceededException(budget, used, count);
        }
        if (side == Side.RIGHT) {
            rightQueries += count;
        } else {
            leftQueries += count;
        }
        for (int k = 0; k < count; k++) {
            order.add(side);
        }
    }

    /** {@return the number of right queries so far} */
    public long rightQueries() {
        return rightQueries;
    }

    /** {@return the number of left queries so far} */
    public long leftQueries() {
        return leftQueries;
    }

    /** {@return the number of queries of both sides so far} */
    public long queries() {
        return rightQueries + leftQueries;
    }

    /** {@return the budget, {@link Long#MAX_VALUE} when there is none} */
    public long budget() {
        return budget;
    }

    /** {@return the side of every query so far, in the order they ran (an unmodifiable view)} */
    public List<Side> order() {
        return Collections.unmodifiableList(order);
    }

    /** {@return whether every left query so far came before every right query (true when a side has none)} */
    public boolean allLeftBeforeRight() {
        return allBefore(Side.LEFT, Side.RIGHT);
    }

    /** {@return whether every right query so far came before every left query (true when a side has none)} */
    public boolean allRightBeforeLeft() {
        return allBefore(Side.RIGHT, Side.LEFT);
    }

    private boolean allBefore(Side first, Side second) {
        int firstOfSecond = order.indexOf(second);
        return firstOfSecond < 0 || order.lastIndexOf(first) < firstOfSecond;
    }
}
