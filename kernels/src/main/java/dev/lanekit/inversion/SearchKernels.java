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

    /** Adds {@code alpha·x[xOffset + i]} to {@code y[i]} for {@code i < n}. */
    void addScaled(float[] y, float[] x, int xOffset, float alpha, int n);

    /** Writes {@code max(src[i], 0)} to {@code dst[dstOffset + i]} for {@code i < n}; NaN stays NaN. */
    void relu(float[] src, float[] dst, int dstOffset, int n);

    /**
     * Writes {@code Σ_j w[(firstRow + r)·cols + j]·x[j] + bias[firstRow + r]} to {@code y[firstRow + r]}
     * for {@code r < rowCount}: a block of rows of a row-major matrix-vector product.
     */
    void matvecRows(float[] w, float[] bias, int cols, float[] x, float[] y, int firstRow, int rowCount);

    /**
     * Computes one tile of the output layer for several candidates at once: for {@code i < count} and
     * {@code r < tile}, {@code y[i·tile + r] = Σ_k h[candidates[i]·cols + k]·panel[first·cols + k·tile + r]
     * + bias[first + r]}. Row c of {@code h} holds the hidden activations of candidate c; {@code panel}
     * holds the output layer packed by tiles (output {@code first + r} and column k at
     * {@code first·cols + k·tile + r}) and, with {@code bias}, is zero-padded to whole tiles. {@code tile}
     * is a multiple of the float vector length.
     */
    void outputTile(float[] h, int cols, int[] candidates, int count, float[] panel, int tile, float[] bias, int first,
            float[] y);

    /**
     * Returns {@link #distanceBlock} of {@code y[yOffset …]} against {@code target[targetOffset …]} over
     * {@code length} elements: the same sums, with separate offsets for the two operands.
     */
    float distance(Norm norm, float[] y, int yOffset, float[] target, int targetOffset, int length, float scale);

    /**
     * Returns the ℓp partial sum {@code Σ (|y[i] − target[i]|·scale)^p} over {@code from ≤ i < to} for
     * p = 1 and p = 2, or {@code max |y[i] − target[i]|·scale} for {@link Norm#isInfinite() p = ∞}. Any
     * other p is summed in double with {@link Norm#scaledTerm(double)}. A NaN difference makes the
     * result NaN for p = 1 and 2; for p = ∞ the result is NaN when the block holds a NaN.
     */
    float distanceBlock(Norm norm, float[] y, float[] target, int from, int to, float scale);
}
