package dev.lanekit.vector;

import dev.lanekit.internal.Checks;

/** Argument checks and row addressing shared by the batched distance kernels. */
final class Batches {

    private Batches() {}

    /** Checks the query slice and the row-major matrix of a batched kernel. */
    static void check(long queryLength, long queryOffset, long matrixLength, long matrixOffset, long m, long n,
            long lda) {
        Checks.matrix("matrix", matrixLength, "matrixOffset", matrixOffset, m, n, lda);
        Checks.range("query", queryLength, "queryOffset", queryOffset, n);
    }

    /**
     * Checks {@code k} and the two output arrays of a nearest-rows search and returns the number of rows it
     * reports, {@code min(k, m)}.
     */
    static int checkNearest(int k, long m, int indicesLength, int distancesLength) {
        Checks.nonNegative("k", k);
        int count = (int) Math.min(k, m);
        Checks.capacity("indices", indicesLength, "min(k, m)", count);
        Checks.capacity("distances", distancesLength, "min(k, m)", count);
        return count;
    }

    /**
     * Returns the array offset of row {@code r}. The product is formed in long; it fits an int whenever the
     * row has elements, because the checked matrix lies inside an array. An empty row reads nothing, so
     * it gets offset 0.
     */
    static int rowOffset(int matrixOffset, int r, int lda, int n) {
        return n == 0 ? 0 : (int) (matrixOffset + (long) r * lda);
    }
}
