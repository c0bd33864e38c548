package dev.lanekit.matvec.linalg;

import dev.lanekit.internal.Checks;

/**
 * Principal directions of a data matrix (one sample per row) from its full thin SVD: after optional
 * centering, {@code X = U·Σ·Vᵀ}, and the principal directions are the columns of V in order of
 * decreasing singular value, with the sign convention of {@link JacobiSvd}.
 *
 * @param mean the column means that were subtracted (all zero when not centered)
 * @param singularValues σ₁ ≥ σ₂ ≥ … of the (centered) data; the variance along direction j is σⱼ²/(rows − 1)
 * @param directions {@code cols × min(rows, cols)}, column j the j-th principal direction (unit length)
 */
public record PrincipalComponents(double[] mean, double[] singularValues, Matrix directions) {

    /**
     * Computes the principal directions of a row-major {@code rows × cols} float array.
     *
     * @param data the row-major data, one sample per row
     * @param rows the number of rows
     * @param cols the number of columns
     * @param center whether to subtract each column's mean first (PCA proper); without it the directions
     *     are the right singular vectors of the raw data
     * @return the column means (zeros without centering), the singular values and the principal directions
     */
    public static PrincipalComponents of(float[] data, int rows, int cols, boolean center) {
        Checks.elementCount("data", data.length, "rows·cols", (long) rows * cols);
        Matrix x = Matrix.fromFloats(rows, cols, data);
        double[] mean = new double[cols];
        if (center && rows > 0) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    mean[j] += x.get(i, j);
                }
            }
            for (int j = 0; j < cols; j++) {
                mean[j] /= rows;
            }
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    x.set(i, j, x.get(i, j) - mean[j]);
                }
            }
        }
        JacobiSvd svd = JacobiSvd.of(x);
        return new PrincipalComponents(mean, svd.singularValues(), svd.v());
    }

    /**
     * {@return the first {@code k} principal directions as a {@code k × cols} row-major float array}
     *
     * @param k the number of directions, at most {@code cols}
     */
    public float[] topDirections(int k) {
        if (k < 0 || k > directions.cols()) {
            throw new IllegalArgumentException("k = " + k + " must be in 0.." + directions.cols());
        }
        int cols = directions.rows();
        float[] top = new float[k * cols];
        for (int d = 0; d < k; d++) {
            for (int j = 0; j < cols; j++) {
                top[d * cols + j] = (float) directions.get(j, d);
            }
        }
        return top;
    }
}
