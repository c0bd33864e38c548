package dev.lanekit.matvec;

/** Thrown by {@link MatvecOracle} when a query would exceed its budget; the query does not run. */
public final class QueryBudgetExceededException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    QueryBudgetExceededException(long budget, long used, int requested) {
        super("query budget exceeded: " + used + " of " + budget + " queries used, " + requested
                + " more requested; raise the budget or lower the sketch sizes");
    }
}
