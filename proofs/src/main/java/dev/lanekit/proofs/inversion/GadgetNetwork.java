package dev.lanekit.proofs.inversion;

import dev.lanekit.inversion.Layer;
import dev.lanekit.inversion.ReluNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the one-hidden-layer ReLU networks of the reductions unit by unit: each hidden unit is an affine
 * function of z followed by ReLU, each output a weighted sum of hidden units plus a bias.
 */
final class GadgetNetwork {

    private final int n;
    private final List<float[]> hiddenWeights = new ArrayList<>();
    private final List<Float> hiddenBias = new ArrayList<>();
    private final List<float[]> outputWeights = new ArrayList<>();

    GadgetNetwork(int n) {
        this.n = n;
    }

    /** Adds the hidden unit ReLU(Σ_j w_j·z_j + b) and returns its index. */
    int hidden(float[] weights, float bias) {
        hiddenWeights.add(weights.clone());
        hiddenBias.add(bias);
        return hiddenWeights.size() - 1;
    }

    /** Adds ReLU(a·z_j + b) and returns its index. */
    int hidden(int j, float a, float bias) {
        float[] w = new float[n];
        w[j] = a;
        return hidden(w, bias);
    }

    /** Adds an output Σ_t weights[t]·h[units[t]] and returns its index. */
    int output(int[] units, float[] weights) {
        float[] row = new float[units.length * 2];
        for (int t = 0; t < units.length; t++) {
            row[2 * t] = units[t];
            row[2 * t + 1] = weights[t];
        }
        outputWeights.add(row);
        return outputWeights.size() - 1;
    }

    /**
     * Adds the distance-to-{0,1} gadget of coordinate j scaled by λ:
     * δ(z) = ReLU(−z) + ReLU(z) − 2·ReLU(z − ½) + 2·ReLU(z − 1) = dist(z, {0, 1}).
     */
    int distanceToBinary(int j, float lambda) {
        int a = hidden(j, -1f, 0f);
        int b = hidden(j, 1f, 0f);
        int c = hidden(j, 1f, -0.5f);
        int d = hidden(j, 1f, -1f);
        return output(new int[] {a, b, c, d}, new float[] {lambda, lambda, -2 * lambda, 2 * lambda});
    }

    ReluNetwork build() {
        int h = hiddenWeights.size();
        float[] w1 = new float[h * n];
        float[] b1 = new float[h];
        for (int u = 0; u < h; u++) {
            System.arraycopy(hiddenWeights.get(u), 0, w1, u * n, n);
            b1[u] = hiddenBias.get(u);
        }
        int m = outputWeights.size();
        float[] w2 = new float[m * h];
        for (int o = 0; o < m; o++) {
            float[] row = outputWeights.get(o);
            for (int t = 0; t < row.length; t += 2) {
                w2[o * h + (int) row[t]] += row[t + 1];
            }
        }
        return ReluNetwork.of(new Layer(h, n, w1, b1), new Layer(m, h, w2, new float[m]));
    }
}
