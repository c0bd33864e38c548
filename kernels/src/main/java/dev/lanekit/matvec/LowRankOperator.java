package dev.lanekit.matvec;

import dev.lanekit.internal.Checks;

/**
 * A factored matrix {@code A = U·Vᵀ} with U of size {@code m × rank} and V of size {@code n × rank},
 * both row-major. Products cost (m + n)·rank fused multiply-adds and allocate one array of
 * {@code rank} floats per call. The arrays are used as given, not copied.
 */
public final class LowRankOperator implements LinearOperator {

    private final int m;
    private final int n;
    private final int rank;
    private final float[] u;
    private final float[] v;

    /**
     * Wraps row-major factors {@code u} ({@code m × rank}) and {@code v} ({@code n × rank}).
     *
     * @param m number of rows
     * @param n number of columns
     * @param rank the number of columns of both factors
     * @param u the left factor, row-major {@code m × rank}
     * @param v the right factor, row-major {@code n × rank}
     */
    public LowRankOperator(int m, int n, int rank, float[] u, float[] v) {
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        Checks.nonNegative("rank", rank);
        Checks.elementCount("u", u.length, "m·rank", (long) m * rank);
        Checks.elementCount("v", v.length, "n·rank", (long) n * rank);
        this.m = m;
        this.n = n;
        this.rank = rank;
        this.u = u;
        this.v = v;
    }

    @Override
    public int rows() {
        return m;
    }

    @Override
    public int cols() {
        return n;
    }

    /** {@return the inner dimension of the factorization} */
    public int rank() {
        return rank;
    }

    @Override
    public void apply(float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, false);
        if (rank == 0) {
            java.util.Arrays.fill(y, 0, m, 0f);
            return;
        }
        float[] inner = new float[rank];
        Matvec.kernels().gemvTranspose(n, rank, v, rank, x, inner);
        Matvec.kernels().gemv(m, rank, u, rank, inner, y);
    }

    @Override
    public void applyTranspose(float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, true);
        if (rank == 0) {
            java.util.Arrays.fill(y, 0, n, 0f);
            return;
        }
        float[] inner = new float[rank];
        Matvec.kernels().gemvTranspose(m, rank, u, rank, x, inner);
        Matvec.kernels().gemv(n, rank, v, rank, inner, y);
    }
}
