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

    /** Returns the number of outputs (rows of W). */
    public int rows() {
        return rows;
    }

    /** Returns the number of inputs (columns of W). */
    public int cols() {
        return cols;
    }

    /** Returns the weight in row i, column j. */
    public float weight(int i, int j) {
        return weights[i * cols + j];
    }

    /** Returns the bias of row i. */
    public float bias(int i) {
        return bias[i];
    }

    /** Returns a copy of the row-major weights. */
    public float[] weights() {
        return weights.clone();
    }

    /** Returns a copy of the biases. */
    public float[] biases() {
        return bias.clone();
    }
}
