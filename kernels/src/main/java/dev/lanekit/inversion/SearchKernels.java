package dev.lanekit.inversion;

/**
 * The float kernels of the exhaustive inversion search, implemented twice: in plain Java
 * ({@link InversionSearch#scalarKernels()}) and with the Vector API ({@link InversionSearch#simdKernels()}).
 *
 * <p>These kernels compute the approximate objective that decides which candidates are abandoned. They
 * never decide the reported objective: every candidate that survives is re-evaluated in double by
 * {@link ReluNetwork#evaluate(int[])} and {@link Norm#distance(double[], float[])}. Callers pass
 * validated, in-range arguments (the search checks shapes once per problem), so the kernels do not
 * repeat the checks on every candidate. Implementations are stateless and allocate nothing.
 */
public interface SearchKernels {

    /**
     * Adds {@code alpha·x[xOffset + i]} to {@code y[i]} for {@code i < n}.
     *
     * @param y the accumulator, updated in place
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param alpha the scalar multiplier
     * @param n the number of elements
     */
    void addScaled(float[] y, float[] x, int xOffset, float alpha, int n);

    /**
     * Writes {@code max(src[i], 0)} to {@code dst[i]} for {@code i < n}; NaN stays NaN.
     *
     * @param src the input
     * @param dst the output; may be {@code src}
     * @param n the number of elements
     */
    void relu(float[] src, float[] dst, int n);

    /**
     * Writes {@code Σ_j w[(firstRow + r)·cols + j]·x[j] + bias[firstRow + r]} to {@code y[firstRow + r]}
     * for {@code r < rowCount}: a block of rows of a row-major matrix-vector product.
     *
     * @param w the row-major weights, {@code cols} per row
     * @param bias one bias per row
     * @param cols the number of columns
     * @param x the input vector of {@code cols} elements
     * @param y the output vector
     * @param firstRow the first row to compute
     * @param rowCount the number of rows to compute
     */
    void matvecRows(float[] w, float[] bias, int cols, float[] x, float[] y, int firstRow, int rowCount);

    /**
     * {@return the ℓp partial sum {@code Σ (|y[i] − target[i]|·scale)^p} over {@code from ≤ i < to} for
     * p = 1 and p = 2, or {@code max |y[i] − target[i]|·scale} for {@link Norm#isInfinite() p = ∞}} Any
     * other p is summed in double with {@link Norm#scaledTerm(double)}. A NaN difference makes the
     * result NaN for p = 1 and 2; for p = ∞ the result is NaN when the block holds a NaN.
     *
     * @param norm the norm
     * @param y the network output
     * @param target the target
     * @param from the first index of the block
     * @param to one past the last index of the block
     * @param scale the factor applied to every difference, to keep the powers in range
     */
    float distanceBlock(Norm norm, float[] y, float[] target, int from, int to, float scale);
}
