package dev.lanekit.matvec;

/**
 * The matrix-vector kernels behind the operators of this package, implemented twice:
 * {@link Matvec#scalar()} in plain Java and {@link Matvec#simd()} with the Vector API.
 *
 * <p>Every kernel overwrites {@code y}: its values on entry, NaN included, are never read. Every method
 * validates its arguments before reading anything. Accumulation is in float. Implementations are
 * stateless and safe to call from any thread.
 */
public interface MatvecKernels {

    /**
     * Computes {@code y = A·x} for a row-major {@code m × n} matrix with leading dimension {@code lda}:
     * {@code A[i][j] = a[i·lda + j]}.
     */
    void gemv(int m, int n, float[] a, int lda, float[] x, float[] y);

    /** Computes {@code y = Aᵀ·x} for the row-major {@code m × n} matrix of {@link #gemv}. */
    void gemvTranspose(int m, int n, float[] a, int lda, float[] x, float[] y);

    /**
     * Computes {@code y = A·x} for an {@code m × n} band matrix in diagonal-major storage:
     * {@code diagonals[t·m + i] = A[i][i − kl + t]} for {@code t = 0 .. kl + ku}. Slots whose column
     * {@code i − kl + t} lies outside {@code 0 .. n−1} are never read.
     */
    void gbmv(int m, int n, int kl, int ku, float[] diagonals, float[] x, float[] y);

    /** Computes {@code y = Aᵀ·x} for the band matrix of {@link #gbmv}. */
    void gbmvTranspose(int m, int n, int kl, int ku, float[] diagonals, float[] x, float[] y);

    /**
     * Computes {@code y = A·x} for an {@code m × n} matrix in compressed sparse row form: the entries of
     * row {@code i} are {@code values[k]} at column {@code columns[k]} for
     * {@code rowPointers[i] ≤ k < rowPointers[i + 1]}.
     */
    void csrmv(int m, int n, int[] rowPointers, int[] columns, float[] values, float[] x, float[] y);

    /** Computes {@code y = Aᵀ·x} for the compressed sparse row matrix of {@link #csrmv}. */
    void csrmvTranspose(int m, int n, int[] rowPointers, int[] columns, float[] values, float[] x, float[] y);
}
