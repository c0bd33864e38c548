package dev.lanekit.inversion;

/**
 * One affine layer {@code y = W·x + b} of a {@link ReluNetwork}: {@code rows × cols} weights stored row-major
 * and {@code rows} biases, in float. The network applies ReLU after every layer but the last.
 */
public final class Layer {

    private final int rows;
    private final int cols;
    final float[] weights;
    final float[] bias;
    /**
     * The nonzero weights of each row in column order (compressed sparse rows), where at most half the
     * weights are nonzero; else null. Row i is {@code rowStart[i] ≤ t < rowStart[i + 1]}.
     */
    final int[] rowStart;
    final int[] nonzeroColumns;
    final float[] nonzeroWeights;

    /**
     * Creates a layer from row-major weights; the arrays are copied.
     *
     * @param rows the number of outputs
     * @param cols the number of inputs
     * @param weights the row-major {@code rows × cols} weights
     * @param bias the {@code rows} biases
     * @throws IllegalArgumentException when a dimension is negative or the array lengths do not match it
     */
    public Layer(int rows, int cols, float[] weights, float[] bias) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("layer shape " + rows + " x " + cols + " has a negative dimension");
        }
        if ((long) rows * cols != weights.length) {
            throw new IllegalArgumentException("weights.length = " + weights.length + " but a " + rows + " x " + cols
                    + " layer needs " + (long) rows * cols);
        }
        if (bias.length != rows) {
            throw new IllegalArgumentException("bias.length = " + bias.length + " but the layer has " + rows + " rows");
        }
        this.rows = rows;
        this.cols = cols;
        this.weights = weights.clone();
        this.bias = bias.clone();

        int nonzeros = 0;
        for (float w : weights) {
            nonzeros += w != 0f ? 1 : 0;
        }
        if (2L * nonzeros <= weights.length) {
            rowStart = new int[rows + 1];
            nonzeroColumns = new int[nonzeros];
            nonzeroWeights = new float[nonzeros];
            int t = 0;
            for (int i = 0; i < rows; i++) {
                rowStart[i] = t;
                for (int j = 0; j < cols; j++) {
                    float w = weights[i * cols + j];
                    if (w != 0f) {
                        nonzeroColumns[t] = j;
                        nonzeroWeights[t++] = w;
                    }
                }
            }
            rowStart[rows] = t;
        } else {
            rowStart = null;
            nonzeroColumns = null;
            nonzeroWeights = null;
        }
    }

    /** {@return the number of outputs (rows of W)} */
    public int rows() {
        return rows;
    }

    /** {@return the number of inputs (columns of W)} */
    public int cols() {
        return cols;
    }

    /**
     * {@return the weight in row i, column j}
     *
     * @param i the row index
     * @param j the column index
     */
    public float weight(int i, int j) {
        return weights[i * cols + j];
    }

    /**
     * {@return the bias of row i}
     *
     * @param i the row index
     */
    public float bias(int i) {
        return bias[i];
    }

    /** {@return a copy of the row-major weights} */
    public float[] weights() {
        return weights.clone();
    }

    /** {@return a copy of the biases} */
    public float[] biases() {
        return bias.clone();
    }
}
