package dev.lanekit.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Layer;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.proofs.inversion.Cnf;
import dev.lanekit.proofs.inversion.Reductions;

/** Inversion problems for the Spark tests, each built from one seed. */
final class InversionProblems {

    private InversionProblems() {}

    /**
     * Returns a problem with a random ReLU network over {@code box} with the given hidden widths and a linear output layer.
     * With {@code integerWeights}, weights and biases are small integers, so many candidates tie
     * exactly and the smallest-index rule decides.
     */
    static InversionProblem randomRelu(long seed, LatentBox box, int[] hidden, int outputs, Norm norm,
            boolean integerWeights) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        int cols = box.dimension();
        for (int l = 0; l <= hidden.length; l++) {
            int rows = l < hidden.length ? hidden[l] : outputs;
            float[] weights = new float[rows * cols];
            float[] biases = new float[rows];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = integerWeights ? random.nextInt(-2, 3) : (float) random.nextGaussian();
            }
            for (int i = 0; i < rows; i++) {
                biases[i] = integerWeights ? random.nextInt(-2, 3) : (float) (0.1 * random.nextGaussian());
            }
            layers.add(new Layer(rows, cols, weights, biases));
            cols = rows;
        }
        float[] target = new float[outputs];
        for (int i = 0; i < outputs; i++) {
            target[i] = (float) random.nextGaussian();
        }
        return new InversionProblem(ReluNetwork.of(layers), target, box, norm);
    }

    /** Returns the k-SAT reduction of a random 3-SAT formula with about 4.26 clauses per variable. */
    static InversionProblem ksat(long seed, int n, Norm norm) {
        Cnf cnf = Cnf.randomKSat(n, (int) Math.round(4.26 * n), 3, new SplittableRandom(seed));
        return Reductions.satProblem(cnf, norm);
    }
}
