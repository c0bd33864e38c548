package dev.lanekit.proofs.inversion;

import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.Layer;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random small inversion problems for the properties, built from one seed. */
final class RandomModels {

    private static final double[] ORDERS = {1, 2, 3, 2.5, Double.POSITIVE_INFINITY};

    private RandomModels() {}

    /**
     * Returns a random ReLU network with 1 to 3 layers. Half of the networks have small integer weights,
     * so that many candidates tie and the smallest-index rule is exercised.
     */
    static ReluNetwork network(SplittableRandom random, int n) {
        int layers = 1 + random.nextInt(3);
        boolean integer = random.nextBoolean();
        List<Layer> list = new ArrayList<>();
        int cols = n;
        for (int l = 0; l < layers; l++) {
            int rows = 1 + random.nextInt(l == layers - 1 ? 10 : 12);
            float[] w = new float[rows * cols];
            float[] b = new float[rows];
            for (int i = 0; i < w.length; i++) {
                w[i] = integer ? random.nextInt(-2, 3) : (float) random.nextDouble(-1, 1);
            }
            for (int i = 0; i < rows; i++) {
                b[i] = integer ? random.nextInt(-2, 3) : (float) random.nextDouble(-1, 1);
            }
            list.add(new Layer(rows, cols, w, b));
            cols = rows;
        }
        return ReluNetwork.of(list);
    }

    /** Returns a random problem: binary latents (n ≤ 10) or a small integer box (n ≤ 5). */
    static InversionProblem problem(SplittableRandom random) {
        boolean binary = random.nextBoolean();
        int n = binary ? random.nextInt(11) : random.nextInt(6);
        LatentBox box = binary ? LatentBox.binary(n) : box(random, n);
        ReluNetwork network = network(random, n);
        float[] target = new float[network.outputDimension()];
        for (int i = 0; i < target.length; i++) {
            target[i] = (float) random.nextDouble(-2, 2);
        }
        return new InversionProblem(network, target, box, norm(random));
    }

    static LatentBox box(SplittableRandom random, int n) {
        int[] lo = new int[n];
        int[] hi = new int[n];
        for (int j = 0; j < n; j++) {
            lo[j] = random.nextInt(-2, 1);
            hi[j] = lo[j] + random.nextInt(4);
        }
        return LatentBox.of(lo, hi);
    }

    static Norm norm(SplittableRandom random) {
        return Norm.of(ORDERS[random.nextInt(ORDERS.length)]);
    }
}
