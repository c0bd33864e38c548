package dev.lanekit.matvec.linalg;

import dev.lanekit.internal.Checks;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A small dense real matrix in double precision, row-major: {@code get(i, j) = data[i·cols + j]}.
 * It stores the sketches, factors and approximations of the learners, which are small next to
 * the operators they query. Mutable; not safe for concurrent writes.
 */
public final class Matrix {

    private final int rows;
    private final int cols;
    private final double[] data;

    /**
     * Creates a zero matrix.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     */
    public Matrix(int rows, int cols) {
        Checks.nonNegative("rows", rows);
        Checks.nonNegative("cols", cols);
        this.rows = rows;
        this.cols = cols;
        this.data = new double[Checks.arrayLength("rows·cols", (long) rows * cols)];
    }

    /**
     * Wraps a row-major array of length {@code rows·cols} (not copied).
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param data the row-major entries, not copied
     */
    public Matrix(int rows, int cols, double[] data) {
        Checks.nonNegative("rows", rows);
        Checks.nonNegative("cols", cols);
        Checks.elementCount("data", data.length, "rows·cols", (long) rows * cols);
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /**
     * {@return the identity-like matrix with ones on the main diagonal}
     *
     * @param rows the number of rows
     * @param cols the number of columns
     */
    public static Matrix identity(int rows, int cols) {
        Matrix identity = new Matrix(rows, cols);
        for (int i = 0; i < Math.min(rows, cols); i++) {
            identity.set(i, i, 1);
        }
        return identity;
    }

    /**
     * Builds a matrix from rows of equal length.
     *
     * @param rowArrays the rows, all of one length
     * @return the new matrix
     */
    public static Matrix ofRows(double[]... rowArrays) {
        int m = rowArrays.length;
        int n = m == 0 ? 0 : rowArrays[0].length;
        Matrix matrix = new Matrix(m, n);
        for (int i = 0; i < m; i++) {
            Checks.sameLength("rows[0]", n, "rows[" + i + "]", rowArrays[i].length);
            System.arraycopy(rowArrays[i], 0, matrix.data, i * n, n);
        }
        return matrix;
    }

    /**
     * Widens a row-major float array of length {@code rows·cols}.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param values the row-major float entries
     * @return the new matrix
     */
    public static Matrix fromFloats(int rows, int cols, float[] values) {
        Checks.elementCount("values", values.length, "rows·cols", (long) rows * cols);
        Matrix matrix = new Matrix(rows, cols);
        for (int k = 0; k < values.length; k++) {
            matrix.data[k] = values[k];
        }
        return matrix;
    }

    /**
     * {@return a matrix with independent standard normal entries times {@code scale}}
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param scale the factor applied to every entry
     * @param random the source of the random entries
     */
    public static Matrix gaussian(int rows, int cols, double scale, RandomGenerator random) {
        Matrix matrix = new Matrix(rows, cols);
        for (int k = 0; k < matrix.data.length; k++) {
            matrix.data[k] = scale * random.nextGaussian();
        }
        return matrix;
    }

    /**
     * {@return a matrix with independent entries ±{@code scale}, each sign with probability 1/2}
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param scale the factor applied to every entry
     * @param random the source of the random entries
     */
    public static Matrix rademacher(int rows, int cols, double scale, RandomGenerator random) {
        Matrix matrix = new Matrix(rows, cols);
        for (int k = 0; k < matrix.data.length; k++) {
            matrix.data[k] = random.nextBoolean() ? scale : -scale;
        }
        return matrix;
    }

    /** {@return the number of rows} */
    public int rows() {
        return rows;
    }

    /** {@return the number of columns} */
    public int cols() {
        return cols;
    }

    /** {@return the row-major backing array (not a copy)} */
    public double[] data() {
        return data;
    }

    /**
     * {@return the entry in row {@code i}, column {@code j}}
     *
     * @param i the row index
     * @param j the column index
     */
    public double get(int i, int j) {
        return data[i * cols + j];
    }

    /**
     * Overwrites the entry in row {@code i}, column {@code j}.
     *
     * @param i the row index
     * @param j the column index
     * @param value the new entry
     */
    public void set(int i, int j, double value) {
        data[i * cols + j] = value;
    }

    /**
     * {@return column {@code j} as a new array}
     *
     * @param j the column index
     */
    public double[] column(int j) {
        Checks.range("cols", cols, "j", j, 1);
        double[] column = new double[rows];
        for (int i = 0; i < rows; i++) {
            column[i] = data[i * cols + j];
        }
        return column;
    }

    /**
     * Overwrites column {@code j}.
     *
     * @param j the column index
     * @param column the new entries, one per row
     */
    public void setColumn(int j, double[] column) {
        Checks.range("cols", cols, "j", j, 1);
        Checks.sameLength("column", column.length, "rows", rows);
        for (int i = 0; i < rows; i++) {
            data[i * cols + j] = column[i];
        }
    }

    /** {@return a deep copy} */
    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    /**
     * {@return the first {@code count} columns as a new matrix}
     *
     * @param count the number of columns to keep
     */
    public Matrix leadingColumns(int count) {
        Checks.range("cols", cols, "count", 0, count);
        Matrix result = new Matrix(rows, count);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, i * cols, result.data, i * count, count);
        }
        return result;
    }

    /**
     * {@return the columns of {@code this} followed by those of {@code other}, which has as many rows}
     *
     * @param other the other matrix
     */
    public Matrix appendColumns(Matrix other) {
        Checks.sameLength("rows", rows, "other.rows", other.rows);
        Matrix result = new Matrix(rows, cols + other.cols);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, i * cols, result.data, i * result.cols, cols);
            System.arraycopy(other.data, i * other.cols, result.data, i * result.cols + cols, other.cols);
        }
        return result;
    }

    /** {@return the transpose, as a new matrix} */
    public Matrix transpose() {
        Matrix result = new Matrix(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                result.data[j * rows + i] = data[i * cols + j];
            }
        }
        return result;
    }

    /**
     * {@return {@code this·other}}
     *
     * @param other the right factor
     */
    public Matrix times(Matrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply a " + rows + " × " + cols + " by a " + other.rows
                    + " × " + other.cols + " matrix: the inner dimensions differ");
        }
        Matrix result = new Matrix(rows, other.cols);
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                double aik = data[i * cols + k];
                if (aik == 0) {
                    continue;
                }
                int otherRow = k * other.cols;
                int resultRow = i * other.cols;
                for (int j = 0; j < other.cols; j++) {
                    result.data[resultRow + j] += aik * other.data[otherRow + j];
                }
            }
        }
        return result;
    }

    /**
     * {@return {@code thisᵀ·other} without forming the transpose}
     *
     * @param other the other matrix
     */
    public Matrix transposeTimes(Matrix other) {
        if (rows != other.rows) {
            throw new IllegalArgumentException("cannot multiply the transpose of a " + rows + " × " + cols + " by a "
                    + other.rows + " × " + other.cols + " matrix: the row counts differ");
        }
        Matrix result = new Matrix(cols, other.cols);
        for (int k = 0; k < rows; k++) {
            for (int i = 0; i < cols; i++) {
                double aki = data[k * cols + i];
                if (aki == 0) {
                    continue;
                }
                for (int j = 0; j < other.cols; j++) {
                    result.data[i * other.cols + j] += aki * other.data[k * other.cols + j];
                }
            }
        }
        return result;
    }

    /**
     * {@return {@code this·x}}
     *
     * @param x the vector, with one element per column
     */
    public double[] times(double[] x) {
        Checks.sameLength("x", x.length, "cols", cols);
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                sum += data[i * cols + j] * x[j];
            }
            y[i] = sum;
        }
        return y;
    }

    /**
     * {@return {@code this + other}, as a new matrix}
     *
     * @param other a matrix of the same shape
     * @throws IllegalArgumentException when the shapes differ
     */
    public Matrix plus(Matrix other) {
        checkSameShape(other);
        Matrix result = copy();
        for (int k = 0; k < data.length; k++) {
            result.data[k] += other.data[k];
        }
        return result;
    }

    /**
     * {@return {@code this − other}, as a new matrix}
     *
     * @param other a matrix of the same shape
     * @throws IllegalArgumentException when the shapes differ
     */
    public Matrix minus(Matrix other) {
        checkSameShape(other);
        Matrix result = copy();
        for (int k = 0; k < data.length; k++) {
            result.data[k] -= other.data[k];
        }
        return result;
    }

    /**
     * {@return {@code factor·this}, as a new matrix}
     *
     * @param factor the factor applied to every entry
     */
    public Matrix scale(double factor) {
        Matrix result = copy();
        for (int k = 0; k < data.length; k++) {
            result.data[k] *= factor;
        }
        return result;
    }

    /**
     * {@return the Frobenius inner product {@code Σ thisᵢⱼ·otherᵢⱼ}}
     *
     * @param other the other matrix
     */
    public double frobeniusDot(Matrix other) {
        checkSameShape(other);
        double sum = 0;
        for (int k = 0; k < data.length; k++) {
            sum += data[k] * other.data[k];
        }
        return sum;
    }

    /** {@return the Frobenius norm, scaled to avoid overflow and underflow of the squares} */
    public double frobeniusNorm() {
        return norm2(data, 0, data.length);
    }

    /**
     * {@return {@code ‖this − other‖_F}}
     *
     * @param other the other matrix
     */
    public double frobeniusDistance(Matrix other) {
        checkSameShape(other);
        double[] difference = new double[data.length];
        for (int k = 0; k < data.length; k++) {
            difference[k] = data[k] - other.data[k];
        }
        return norm2(difference, 0, difference.length);
    }

    /** {@return whether any entry is NaN or infinite} */
    public boolean hasNonFinite() {
        for (double value : data) {
            if (!Double.isFinite(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Narrows the entries to a row-major float array.
     *
     * @return a new row-major float array
     */
    public float[] toFloats() {
        float[] values = new float[data.length];
        for (int k = 0; k < data.length; k++) {
            values[k] = (float) data[k];
        }
        return values;
    }

    /** Returns the Euclidean norm of {@code v[offset .. offset + n)}, scaled as in LAPACK's dnrm2. */
    static double norm2(double[] v, int offset, int n) {
        double scale = 0;
        double sum = 1;
        for (int k = offset; k < offset + n; k++) {
            double a = Math.abs(v[k]);
            if (Double.isNaN(a)) {
                return Double.NaN;
            }
            if (a > scale) {
                sum = 1 + sum * (scale / a) * (scale / a);
                scale = a;
            } else if (a > 0) {
                sum += (a / scale) * (a / scale);
            }
        }
        return scale == 0 ? 0 : scale * Math.sqrt(sum);
    }

    private void checkSameShape(Matrix other) {
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException("shape mismatch: " + rows + " × " + cols + " and " + other.rows + " × "
                    + other.cols);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(rows + " × " + cols + " [");
        for (int i = 0; i < rows; i++) {
            text.append(i == 0 ? "" : ", ").append(Arrays.toString(Arrays.copyOfRange(data, i * cols, (i + 1) * cols)));
        }
        return text.append(']').toString();
    }
}
