package dev.lanekit.matvec;

/**
 * The matrix-vector kernels behind the operators of this package, implemented twice:
 * {@link Matvec#scalar()} in plain Java and {@link Matvec#simd()} with the Vector API.
 *
 * <p>Every kernel overwrites {@code y}: its values on entry, NaN included, are never read. Every method
 * validates its arguments before reading anything. Accumulation is in float. Implementations are
 * stateless and safe to call from any thread.
 *
 * <p>Cost: one pass over the stored entries, with one multiply-add each: m·n for dense, (kl + ku + 1)·m
 * for band, nnz for CSR. Accuracy: a sum of k stored terms is within γₖ·Σ|aᵢⱼxⱼ| of the exact value,
 * with γₖ = k·u/(1 − k·u) and u = 2⁻²⁴. The properties in {@code lanekit-proofs} check the looser
 * γₗ₊₂·Σ|aᵢⱼxⱼ| + 2⁻¹⁰²² against a double reference, with l the full length of the row (or column, for
 * Aᵀ·x). The SIMD band kernels add the same fused multiply-adds in the same order
 * as the scalar ones and give bit-identical results. The SIMD dense and CSR kernels sum in lane-parallel
 * order, so they stay within the same bound but are not bit-identical. NaN or ±∞ in a stored entry or in x propagates to
 * the outputs whose sums contain it (∞·0 gives NaN). Allocation: none; the SIMD kernels allocate
 * nothing once C2 has compiled their loops.
 */
public interface MatvecKernels {

    /**
     * Computes {@code y = A·x} for a row-major {@code m × n} matrix with leading dimension {@code lda}:
     * {@code A[i][j] = a[i·lda + j]}.
     *
     * @param m number of rows
     * @param n number of columns
     * @param a the matrix, row-major
     * @param lda row stride of {@code a}, at least {@code n}
     * @param x the input vector of {@code n} elements
     * @param y the output vector of {@code m} elements, overwritten
     */
    void gemv(int m, int n, float[] a, int lda, float[] x, float[] y);

    /**
     * Computes {@code y = Aᵀ·x} for the row-major {@code m × n} matrix of {@link #gemv}.
     *
     * @param m number of rows
     * @param n number of columns
     * @param a the matrix, row-major
     * @param lda row stride of {@code a}, at least {@code n}
     * @param x the input vector of {@code m} elements
     * @param y the output vector of {@code n} elements, overwritten
     */
    void gemvTranspose(int m, int n, float[] a, int lda, float[] x, float[] y);

    /**
     * Computes {@code y = A·x} for an {@code m × n} band matrix in diagonal-major storage:
     * {@code diagonals[t·m + i] = A[i][i − kl + t]} for {@code t = 0 .. kl + ku}. Slots whose column
     * {@code i − kl + t} lies outside {@code 0 .. n−1} are never read.
     *
     * @param m number of rows
     * @param n number of columns
     * @param kl number of subdiagonals in the band
     * @param ku number of superdiagonals in the band
     * @param diagonals the band in diagonal-major storage, {@code (kl + ku + 1)·m} elements
     * @param x the input vector of {@code n} elements
     * @param y the output vector of {@code m} elements, overwritten
     */
    void gbmv(int m, int n, int kl, int ku, float[] diagonals, float[] x, float[] y);

    /**
     * Computes {@code y = Aᵀ·x} for the band matrix of {@link #gbmv}.
     *
     * @param m number of rows
     * @param n number of columns
     * @param kl number of subdiagonals in the band
     * @param ku number of superdiagonals in the band
     * @param diagonals the band in diagonal-major storage, {@code (kl + ku + 1)·m} elements
     * @param x the input vector of {@code m} elements
     * @param y the output vector of {@code n} elements, overwritten
     */
    void gbmvTranspose(int m, int n, int kl, int ku, float[] diagonals, float[] x, float[] y);

    /**
     * Computes {@code y = A·x} for an {@code m × n} matrix in compressed sparse row form: the entries of
     * row {@code i} are {@code values[k]} at column {@code columns[k]} for
     * {@code rowPointers[i] ≤ k < rowPointers[i + 1]}.
     *
     * @param m number of rows
     * @param n number of columns
     * @param rowPointers {@code m + 1} offsets into values and columns; row i is
     *        {@code [rowPointers[i], rowPointers[i + 1])}
     * @param columns the column index of each value
     * @param values the nonzero values, row by row
     * @param x the input vector of {@code n} elements
     * @param y the output vector of {@code m} elements, overwritten
     */
    void csrmv(int m, int n, int[] rowPointers, int[] columns, float[] values, float[] x, float[] y);

    /**
     * Computes {@code y = Aᵀ·x} for the compressed sparse row matrix of {@link #csrmv}.
     *
     * @param m number of rows
     * @param n number of columns
     * @param rowPointers {@code m + 1} offsets into values and columns; row i is
     *        {@code [rowPointers[i], rowPointers[i + 1])}
     * @param columns the column index of each value
     * @param values the nonzero values, row by row
     * @param x the input vector of {@code m} elements
     * @param y the output vector of {@code n} elements, overwritten
     */
    void csrmvTranspose(int m, int n, int[] rowPointers, int[] columns, float[] values, float[] x, float[] y);
}
