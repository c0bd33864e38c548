package dev.lanekit.matvec;

import dev.lanekit.internal.Checks;

/**
 * A real {@code rows × cols} matrix A seen only through products {@code x → A·x} and {@code x → Aᵀ·x},
 * in float.
 *
 * <p>Both products overwrite {@code y}: its values on entry, NaN included, are never read. {@code y} must
 * be a different array from {@code x}; the implementations in this package reject the same array with
 * {@link IllegalArgumentException}. Arrays longer than needed are allowed; only the first {@code cols} (or
 * {@code rows}) elements are read and written.
 * Implementations in this package are immutable and safe to call from any thread.
 */
public interface LinearOperator {

    /** {@return the number of rows m} */
    int rows();

    /** {@return the number of columns n} */
    int cols();

    /**
     * Computes {@code y = A·x}, with {@code x} of length ≥ n and {@code y} of length ≥ m.
     *
     * @param x the input vector, at least {@code cols()} long
     * @param y the output vector, at least {@code rows()} long
     */
    void apply(float[] x, float[] y);

    /**
     * Computes {@code y = Aᵀ·x}, with {@code x} of length ≥ m and {@code y} of length ≥ n.
     *
     * @param x the input vector, at least {@code rows()} long
     * @param y the output vector, at least {@code cols()} long
     */
    void applyTranspose(float[] x, float[] y);

    /**
     * {@return {@code A·x} in a new array}
     *
     * @param x the input vector, at least {@code cols()} long
     */
    default float[] apply(float[] x) {
        float[] y = new float[rows()];
        apply(x, y);
        return y;
    }

    /**
     * {@return {@code Aᵀ·x} in a new array}
     *
     * @param x the input vector, at least {@code rows()} long
     */
    default float[] applyTranspose(float[] x) {
        float[] y = new float[cols()];
        applyTranspose(x, y);
        return y;
    }

    /** {@return the dense row-major copy of A, computed from n products with the unit vectors} */
    default float[] toDense() {
        int m = rows();
        int n = cols();
        float[] dense = new float[Checks.arrayLength("rows()·cols()", (long) m * n)];
        float[] unit = new float[n];
        float[] column = new float[m];
        for (int j = 0; j < n; j++) {
            unit[j] = 1f;
            apply(unit, column);
            unit[j] = 0f;
            for (int i = 0; i < m; i++) {
                dense[i * n + j] = column[i];
            }
        }
        return dense;
    }
}
