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
     * Walks the accumulator through a run of Gray-code steps and writes its ReLU after each. For each row
     * {@code s < count}: when {@code s ≥ from} it first adds {@code deltas[s]·x[coordinates[s]·n + i]} to
     * {@code y[i]}, then it writes {@code max(y[i], 0)} to {@code dst[s·n + i]}, for {@code i < n}. Each
     * element gets the same rounding as {@link #addScaled} followed by {@link #relu} row by row.
     *
     * @param y the accumulator, updated in place to its value after the last step
     * @param x the columns, {@code n} floats each
     * @param coordinates per row, the column that its step adds
     * @param deltas per row, the multiplier of that column
     * @param from the first row that takes a step; rows before it get the ReLU of {@code y} unchanged
     * @param count the number of rows
     * @param dst the output of the ReLU, {@code count} rows of {@code n} floats
     * @param n the number of elements per row
     */
    void stepsRelu(float[] y, float[] x, int[] coordinates, int[] deltas, int from, int count, float[] dst, int n);

    /**
     * Writes {@code max(src[i], 0)} to {@code dst[dstOffset + i]} for {@code i < n}; NaN stays NaN.
     *
     * @param src the input
     * @param dst the output; may be {@code src} when {@code dstOffset} is 0
     * @param dstOffset index of the first element written in {@code dst}
     * @param n the number of elements
     */
    void relu(float[] src, float[] dst, int dstOffset, int n);

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
     * Computes one tile of the output layer for several candidates at once: for {@code i < count} and
     * {@code r < tile}, {@code y[i·tile + r] = Σ_k h[candidates[i]·cols + k]·panel[first·cols + k·tile + r]
     * + bias[first + r]}. Row c of {@code h} holds the hidden activations of candidate c; {@code panel}
     * holds the output layer packed by tiles (output {@code first + r} and column k at
     * {@code first·cols + k·tile + r}) and, with {@code bias}, is zero-padded to whole tiles.
     *
     * @param h the hidden activations, one row of {@code cols} per candidate
     * @param cols the hidden width: columns of the output layer
     * @param candidates the rows of {@code h} to compute
     * @param count the number of entries of {@code candidates} to use
     * @param panel the output layer packed by tiles
     * @param tile outputs per tile, a multiple of the float vector length
     * @param bias the output biases, zero-padded to whole tiles
     * @param first the first output of the tile, a multiple of {@code tile}
     * @param y the tile's outputs, {@code tile} per candidate in the order of {@code candidates}
     */
    void outputTile(float[] h, int cols, int[] candidates, int count, float[] panel, int tile, float[] bias, int first,
            float[] y);

    /**
     * {@return {@link #distanceBlock} of {@code y[yOffset …]} against {@code target[targetOffset …]} over
     * {@code length} elements} The same sums, with separate offsets for the two operands.
     *
     * @param norm the norm
     * @param y the network output
     * @param yOffset index of the first element of {@code y}
     * @param target the target
     * @param targetOffset index of the first element of {@code target}
     * @param length the number of elements
     * @param scale the factor applied to every difference, to keep the powers in range
     */
    float distance(Norm norm, float[] y, int yOffset, float[] target, int targetOffset, int length, float scale);

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
