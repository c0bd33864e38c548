package dev.lanekit.inversion;

import java.util.ArrayList;
import java.util.List;

/**
 * A generative model {@code G(z) = W_L·σ(W_{L−1}·σ(… σ(W_1·z + b_1) …) + b_{L−1}) + b_L} with σ = ReLU on
 * every hidden layer and a linear output layer. One layer is the linear generator {@code G(z) = μ + W·z}.
 *
 * <p>Weights are float. {@link #evaluate(int[])} is the reference forward pass: it converts every weight
 * to double and sums in index order, so its result is the same on every machine and vector width. A zero
 * weight contributes nothing, even against an infinite input. Immutable and thread-safe.
 */
public final class ReluNetwork {

    private final Layer[] layers;

    private ReluNetwork(Layer[] layers) {
        this.layers = layers;
    }

    /**
     * Creates a network from its layers, first to last.
     *
     * @param layers the layers, first to last
     * @return the network
     * @throws IllegalArgumentException when there is no layer or consecutive shapes do not chain
     *     (layer l + 1 must have as many columns as layer l has rows)
     */
    public static ReluNetwork of(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).cols() != layers.get(l - 1).rows()) {
                throw new IllegalArgumentException("layer " + l + " has " + layers.get(l).cols() + " columns but layer "
                        + (l - 1) + " has " + layers.get(l - 1).rows() + " rows; shapes must chain");
            }
        }
        return new ReluNetwork(layers.toArray(Layer[]::new));
    }

    /**
     * Creates a network from its layers, first to last.
     *
     * @param layers the layers, first to last
     * @return the network
     */
    public static ReluNetwork of(Layer... layers) {
        return of(List.of(layers));
    }

    /**
     * {@return the linear generator {@code G(z) = mu + W·z} with W given row-major, {@code mu.length × n}}
     *
     * @param mu the offset μ, one element per output
     * @param w the row-major weights W, {@code mu.length × n}
     * @param n the latent dimension
     * @throws IllegalArgumentException when {@code w.length != mu.length · n}
     */
    public static ReluNetwork linear(float[] mu, float[] w, int n) {
        return of(new Layer(mu.length, n, w, mu));
    }

    /** {@return the latent dimension n (columns of the first layer)} */
    public int latentDimension() {
        return layers[0].cols();
    }

    /** {@return the output dimension (rows of the last layer)} */
    public int outputDimension() {
        return layers[layers.length - 1].rows();
    }

    /** {@return the number of layers, hidden and output} */
    public int layerCount() {
        return layers.length;
    }

    /**
     * {@return layer l, 0-based}
     *
     * @param l the layer index, 0-based
     */
    public Layer layer(int l) {
        return layers[l];
    }

    /** {@return the layers, first to last} */
    public List<Layer> layers() {
        return new ArrayList<>(List.of(layers));
    }

    /**
     * {@return G(z) for an integer latent, computed in double in index order}
     *
     * @param z the latent vector, of the latent dimension
     * @throws IllegalArgumentException when {@code z.length} is not the latent dimension
     */
    public double[] evaluate(int[] z) {
        double[] x = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            x[j] = z[j];
        }
        return evaluate(x);
    }

    /**
     * {@return G(z) for a real latent, computed in double in index order}
     *
     * @param z the latent vector, of the latent dimension
     * @throws IllegalArgumentException when {@code z.length} is not the latent dimension
     */
    public double[] evaluate(double[] z) {
        if (z.length != latentDimension()) {
            throw new IllegalArgumentException("z.length = " + z.length + " but the latent dimension is " + latentDimension());
        }
        double[] x = z;
        for (int l = 0; l < layers.length; l++) {
            Layer layer = layers[l];
            double[] y = new double[layer.rows()];
            int first = 0;
            if (layer.rowStart == null) {
                // Four rows at a time: four independent chains of additions instead of one, each row
                // still summed in column order, so the sums are the same doubles.
                for (; first + 4 <= layer.rows(); first += 4) {
                    denseRowSums4(layer, first, x, y);
                }
            }
            for (int i = first; i < layer.rows(); i++) {
                y[i] = layer.rowStart != null ? sparseRowSum(layer, i, x) : denseRowSum(layer, i, x);
            }
            for (int i = 0; i < layer.rows(); i++) {
                double sum = y[i];
                sum += layer.bias[i];
                // The output layer is linear; a hidden NaN stays NaN (sum < 0 is false for NaN).
                y[i] = l < layers.length - 1 && sum < 0 ? 0 : sum;
            }
            x = y;
        }
        return x;
    }

    /** Returns Σ_j W[i][j]·x[j] over the nonzero weights of row i, in column order. */
    private static double denseRowSum(Layer layer, int i, double[] x) {
        int base = i * layer.cols();
        double sum = 0;
        for (int j = 0; j < layer.cols(); j++) {
            float w = layer.weights[base + j];
            if (w != 0f) {
                sum += w * x[j];
            }
        }
        return sum;
    }

    /** Writes {@link #denseRowSum} of rows i … i + 3 to {@code y[i …]}, the four sums interleaved. */
    private static void denseRowSums4(Layer layer, int i, double[] x, double[] y) {
        int cols = layer.cols();
        int base = i * cols;
        double sum0 = 0;
        double sum1 = 0;
        double sum2 = 0;
        double sum3 = 0;
        for (int j = 0; j < cols; j++) {
            double xj = x[j];
            float w0 = layer.weights[base + j];
            float w1 = layer.weights[base + cols + j];
            float w2 = layer.weights[base + 2 * cols + j];
            float w3 = layer.weights[base + 3 * cols + j];
            if (w0 != 0f) {
                sum0 += w0 * xj;
            }
            if (w1 != 0f) {
                sum1 += w1 * xj;
            }
            if (w2 != 0f) {
                sum2 += w2 * xj;
            }
            if (w3 != 0f) {
                sum3 += w3 * xj;
            }
        }
        y[i] = sum0;
        y[i + 1] = sum1;
        y[i + 2] = sum2;
        y[i + 3] = sum3;
    }

    /**
     * Returns the same sum as {@link #denseRowSum} from the layer's list of nonzero weights: the same terms
     * in the same order, so the same double, without scanning the zeros of a sparse layer.
     */
    private static double sparseRowSum(Layer layer, int i, double[] x) {
        double sum = 0;
        for (int t = layer.rowStart[i]; t < layer.rowStart[i + 1]; t++) {
            sum += layer.nonzeroWeights[t] * x[layer.nonzeroColumns[t]];
        }
        return sum;
    }
}
