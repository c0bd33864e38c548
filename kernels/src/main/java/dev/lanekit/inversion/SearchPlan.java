package dev.lanekit.inversion;

import java.util.Arrays;
import java.util.List;

/**
 * The read-only data every worker of one search shares: the first layer stored by column, the sparse
 * column lists that {@link Propagation#SPARSE} walks, and the admission slack derived from a float
 * rounding-error bound.
 *
 * <p>Admission slack. A worker abandons a candidate only when its float objective exceeds
 * {@code τ = (bound + absoluteSlack)·(1 + relativeSlack)}, where bound is the exact k-th best objective
 * (or the radius). The slack makes that safe. {@code absoluteSlack} is twice the ℓp norm of a
 * per-output bound e on the float error of G(z) − x: each error is at most e_i in magnitude, so the error
 * vector's ℓp norm is at most ‖e‖_p, and by the triangle inequality so is the error of the objective.
 * {@code relativeSlack} covers the rounding of the scaled power sum. Per-unit bounds follow
 * the standard model |fl(a ∘ b) − a ∘ b| ≤ u·|a ∘ b| with u = 2⁻²⁴: a sum of t terms is off by at most
 * γ_t·Σ|terms|, each incremental update by u times the unit's magnitude bound, and errors of one layer
 * pass to the next through |W|. A layer is computed exactly when its weights, biases and inputs are
 * integer multiples of 2^−q and every partial sum stays below 2²⁴·2^−q in magnitude, so its bound is 0.
 * The reduction networks, whose entries are small integers and halves, therefore have no slack at all.
 */
final class SearchPlan {

    /** Steps between two rebuilds of the incremental sums from scratch, which bounds their drift. */
    static final int REBUILD_PERIOD = 256;

    /**
     * Outputs per tile of the batched output layer: a multiple of every float vector length (4, 8 or 16
     * lanes). A candidate can be abandoned after each tile, so a smaller tile abandons sooner.
     *
     * <p>NOTE: on the dense benchmark network (24 → 256 → 64, p = 2) the batched path computes about 17
     * output rows per candidate where row blocks of 4 stopped after about 11, and for p = ∞ 16 rows where
     * they stopped after 4. A tile of 8 would need two candidates per 512-bit vector.
     */
    static final int OUTPUT_TILE = 16;

    private static final double U = 0x1p-24;
    /** Candidates evaluated to order the outputs. */
    private static final int ORDER_SAMPLES = 32;

    final InversionProblem problem;
    final ReluNetwork network;
    final LatentBox box;
    final Norm norm;
    final float[] target;
    final int n;
    final int outputs;
    final Layer[] layers;
    /** Rows of each layer. */
    final int[] width;
    /** First layer by column: column j is {@code column1[j·width[0] …]}. */
    final float[] column1;
    /** Whether a step propagates only the changed first-layer units to layer 2. */
    final boolean sparse;
    /** Sparse columns of layer 1: nonzero rows and weights of each latent coordinate. */
    final int[][] column1Rows;
    final float[][] column1Weights;
    /** Sparse columns of layer 2: nonzero rows and weights of each first-layer unit. */
    final int[][] column2Rows;
    final float[][] column2Weights;
    /**
     * Whether workers batch consecutive candidates through the output layer: a dense network with one
     * hidden layer, searched incrementally.
     */
    final boolean batched;
    /**
     * Output layer packed by tiles of {@link #OUTPUT_TILE} outputs for {@link SearchKernels#outputTile}:
     * output {@code first + r} of the tile at {@code first}, column k, is at {@code first·cols + k·tile + r}.
     * Zero-padded to whole tiles; null unless {@link #batched}.
     */
    final float[] outputPanel;
    /** Output biases zero-padded to whole tiles; null unless {@link #batched}. */
    final float[] outputBias;
    final double absoluteSlack;
    final double relativeSlack;

    SearchPlan(InversionProblem problem, Evaluation evaluation, Propagation propagation, SearchKernels kernels) {
        this.problem = problem;
        this.network = problem.network();
        this.box = problem.box();
        this.norm = problem.norm();
        this.n = box.dimension();
        this.outputs = network.outputDimension();
        this.layers = network.layers().toArray(Layer[]::new);

        // Outputs in the order of their typical contribution, so an abandoned candidate stops early.
        int[] order = outputOrder(problem, kernels);
        this.target = new float[outputs];
        Layer last = layers[layers.length - 1];
        float[] lastWeights = new float[last.weights.length];
        float[] lastBias = new float[outputs];
        for (int i = 0; i < outputs; i++) {
            target[i] = problem.targetArray()[order[i]];
            lastBias[i] = last.bias[order[i]];
            System.arraycopy(last.weights, order[i] * last.cols(), lastWeights, i * last.cols(), last.cols());
        }
        layers[layers.length - 1] = new Layer(outputs, last.cols(), lastWeights, lastBias);
        this.width = new int[layers.length];
        for (int l = 0; l < layers.length; l++) {
            width[l] = layers[l].rows();
        }

        Layer first = layers[0];
        int h = width[0];
        column1 = new float[Math.multiplyExact(n, h)];
        column1Rows = new int[n][];
        column1Weights = new float[n][];
        long nonzeros = 0;
        for (int j = 0; j < n; j++) {
            int count = 0;
            for (int i = 0; i < h; i++) {
                float w = first.weights[i * n + j];
                column1[j * h + i] = w;
                count += w != 0f ? 1 : 0;
            }
            nonzeros += count;
            column1Rows[j] = new int[count];
            column1Weights[j] = new float[count];
            int k = 0;
            for (int i = 0; i < h; i++) {
                float w = first.weights[i * n + j];
                if (w != 0f) {
                    column1Rows[j][k] = i;
                    column1Weights[j][k++] = w;
                }
            }
        }

        boolean sparseColumns = n > 0 && nonzeros * 8 <= (long) n * h;
        this.sparse = layers.length >= 2 && evaluation != Evaluation.NAIVE
                && (propagation == Propagation.SPARSE || (propagation == Propagation.AUTO && sparseColumns));
        if (sparse) {
            Layer second = layers[1];
            column2Rows = new int[h][];
            column2Weights = new float[h][];
            for (int u = 0; u < h; u++) {
                int count = 0;
                for (int i = 0; i < second.rows(); i++) {
                    count += second.weights[i * h + u] != 0f ? 1 : 0;
                }
                column2Rows[u] = new int[count];
                column2Weights[u] = new float[count];
                int k = 0;
                for (int i = 0; i < second.rows(); i++) {
                    float w = second.weights[i * h + u];
                    if (w != 0f) {
                        column2Rows[u][k] = i;
                        column2Weights[u][k++] = w;
                    }
                }
            }
        } else {
            column2Rows = null;
            column2Weights = null;
        }

        this.batched = layers.length == 2 && !sparse && evaluation != Evaluation.NAIVE;
        if (batched) {
            Layer output = layers[1];
            int cols = output.cols();
            int padded = Math.multiplyExact(Math.ceilDiv(outputs, OUTPUT_TILE), OUTPUT_TILE);
            outputPanel = new float[Math.multiplyExact(padded, cols)];
            outputBias = Arrays.copyOf(output.bias, padded);
            for (int o = 0; o < outputs; o++) {
                int tileStart = o - o % OUTPUT_TILE;
                for (int k = 0; k < cols; k++) {
                    outputPanel[tileStart * cols + k * OUTPUT_TILE + o - tileStart] = output.weights[o * cols + k];
                }
            }
        } else {
            outputPanel = null;
            outputBias = null;
        }

        double slack = 2 * norm.distance(outputErrorBound(evaluation), new float[outputs]);
        this.absoluteSlack = Double.isNaN(slack) ? Double.POSITIVE_INFINITY : slack;
        this.relativeSlack = 4 * (outputs + 8) * U;
    }

    /**
     * Returns the output indices sorted by decreasing mean |G(z)_i − x_i|^min(p, 8) over a fixed sample of
     * candidates (ties by index). The objective does not depend on the order of the outputs, so this only
     * changes how soon a candidate is abandoned. The sample runs in float on the search kernels because it
     * runs on one thread before the workers start. A double forward pass sums each row in one dependent
     * chain (an estimated 20 µs for 24 → 256 → 64 units), so 32 of them cost as much as thousands of candidates.
     */
    private static int[] outputOrder(InversionProblem problem, SearchKernels kernels) {
        ReluNetwork network = problem.network();
        int outputs = network.outputDimension();
        double[] score = new double[outputs];
        LatentBox box = problem.box();
        Norm norm = problem.norm();
        double power = norm.isInfinite() ? 1 : Math.min(norm.p(), 8);
        java.util.SplittableRandom random = new java.util.SplittableRandom(outputs * 31L + box.dimension());
        float[] target = problem.targetArray();
        List<Layer> layers = network.layers();
        for (int s = 0; s < ORDER_SAMPLES; s++) {
            int[] z = box.latent(random.nextLong(box.size()));
            float[] x = new float[z.length];
            for (int j = 0; j < z.length; j++) {
                x[j] = z[j];
            }
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                float[] y = new float[layer.rows()];
                kernels.matvecRows(layer.weights, layer.bias, layer.cols(), x, y, 0, layer.rows());
                if (l < layers.size() - 1) {
                    kernels.relu(y, y, 0, layer.rows());
                }
                x = y;
            }
            for (int i = 0; i < outputs; i++) {
                double term = Math.pow(Math.abs((double) x[i] - target[i]), power);
                // A NaN or infinite sample carries no information about the order.
                score[i] += Double.isFinite(term) ? term : 0;
            }
        }
        Integer[] order = new Integer[outputs];
        for (int i = 0; i < outputs; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        int[] result = new int[outputs];
        for (int i = 0; i < outputs; i++) {
            result[i] = order[i];
        }
        return result;
    }

    /**
     * Returns the admission radius τ for an exact bound: a candidate whose float objective exceeds τ has
     * an exact objective above the bound. +∞ when no bound exists yet.
     */
    double admission(double bound) {
        return (bound + absoluteSlack) * (1 + relativeSlack);
    }

    /** Returns per output i a bound on |float (G(z) − x)_i − exact (G(z) − x)_i| for any z in the box. */
    private double[] outputErrorBound(Evaluation evaluation) {
        int steps = evaluation == Evaluation.NAIVE ? 0 : REBUILD_PERIOD;

        // Inputs: integer latents, exact, magnitude bounded by the box.
        double[] magnitude = new double[n];
        double[] error = new double[n];
        for (int j = 0; j < n; j++) {
            magnitude[j] = box.maxAbs(j);
        }
        int grid = 0;

        for (int l = 0; l < layers.length; l++) {
            Layer layer = layers[l];
            int rows = layer.rows();
            int cols = layer.cols();
            double[] nextMagnitude = new double[rows];
            double[] nextError = new double[rows];
            int weightGrid = 0;
            int biasGrid = 0;
            double maxMagnitude = 0;
            for (int i = 0; i < rows; i++) {
                double sum = Math.abs(layer.bias[i]);
                double propagated = 0;
                int rowNonzeros = 0;
                for (int j = 0; j < cols; j++) {
                    double w = Math.abs(layer.weights[i * cols + j]);
                    if (w != 0) {
                        sum += w * magnitude[j];
                        propagated += w * error[j];
                        weightGrid = Math.max(weightGrid, fractionBits(layer.weights[i * cols + j]));
                        rowNonzeros++;
                    }
                }
                biasGrid = Math.max(biasGrid, fractionBits(layer.bias[i]));
                nextMagnitude[i] = sum;
                maxMagnitude = Math.max(maxMagnitude, sum);

                // Rounding of this layer: a from-scratch sum of cols + 1 terms, then the incremental updates
                // between rebuilds. Layer 1 gets one update per step. A sparse second layer gets up to one
                // per nonzero weight of the row per step, each off by at most 3u of the magnitude.
                double updates = 0;
                if (l == 0) {
                    updates = steps;
                } else if (l == 1 && sparse) {
                    updates = 3.0 * steps * rowNonzeros;
                }
                nextError[i] = propagated + gamma(cols + 1 + updates) * sum;
            }

            // Exactness: all values on the grid 2^-q with partial sums (and sparse deltas, up to twice a
            // unit's magnitude) below 2^24 grid steps.
            grid = Math.max(grid + weightGrid, biasGrid);
            boolean exact = grid <= 60 && allZero(error) && 2 * maxMagnitude * Math.scalb(1.0, grid) <= 0x1p24;
            if (exact) {
                java.util.Arrays.fill(nextError, 0);
            } else {
                grid = Integer.MAX_VALUE / 4;
            }
            magnitude = nextMagnitude;
            error = nextError;
        }

        // The difference G(z) − x adds one rounding unless both sides are on a common exact grid.
        double[] total = new double[outputs];
        for (int i = 0; i < outputs; i++) {
            double x = Math.abs(target[i]);
            int q = Math.max(grid, fractionBits(target[i]));
            boolean exact = error[i] == 0 && q <= 60 && (magnitude[i] + x) * Math.scalb(1.0, q) <= 0x1p24;
            total[i] = error[i] + (exact ? 0 : U * (magnitude[i] + x));
        }
        return total;
    }

    private static boolean allZero(double[] values) {
        for (double v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private static double gamma(double t) {
        double tu = t * U;
        return tu < 0.5 ? tu / (1 - tu) : Double.POSITIVE_INFINITY;
    }

    /**
     * Returns the smallest q ≥ 0 with {@code value·2^q} an integer, or a large number for a non-finite value.
     */
    static int fractionBits(float value) {
        if (value == 0f) {
            return 0;
        }
        if (!Float.isFinite(value)) {
            return Integer.MAX_VALUE / 4;
        }
        int bits = Float.floatToRawIntBits(value);
        int mantissa = bits & 0x7fffff;
        int exponent = (bits >>> 23) & 0xff;
        int scale;
        if (exponent == 0) {
            scale = -149;
        } else {
            mantissa |= 0x800000;
            scale = exponent - 150;
        }
        // value = mantissa · 2^scale; dropping trailing zero bits of the mantissa raises the scale.
        scale += Integer.numberOfTrailingZeros(mantissa);
        return Math.max(0, -scale);
    }
}
