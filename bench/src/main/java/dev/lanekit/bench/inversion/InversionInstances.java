package dev.lanekit.bench.inversion;

import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.Layer;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.proofs.inversion.Cnf;
import dev.lanekit.proofs.inversion.Reductions;
import java.util.SplittableRandom;

/** The inversion problems the benchmarks search, built from fixed seeds. */
final class InversionInstances {

    /** Clauses per variable of the random 3-SAT formulas: near the satisfiability threshold. */
    static final double CLAUSE_RATIO = 4.26;

    private InversionInstances() {}

    /**
     * Returns a dense network with one hidden ReLU layer: n → width → outputs, weights uniform in ±1/√fan-in,
     * and the target G(z*) plus small noise for a random binary z*, so that a close latent exists.
     */
    static InversionProblem dense(int n, int width, int outputs, Norm norm, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Layer hidden = new Layer(width, n, uniform(random, width * n, 1 / Math.sqrt(n)), uniform(random, width, 0.5));
        Layer output = new Layer(outputs, width, uniform(random, outputs * width, 1 / Math.sqrt(width)), uniform(random, outputs, 0.1));
        ReluNetwork network = ReluNetwork.of(hidden, output);
        int[] planted = new int[n];
        for (int j = 0; j < n; j++) {
            planted[j] = random.nextInt(2);
        }
        double[] image = network.evaluate(planted);
        float[] target = new float[outputs];
        for (int i = 0; i < outputs; i++) {
            target[i] = (float) (image[i] + random.nextDouble(-0.05, 0.05));
        }
        return new InversionProblem(network, target, LatentBox.binary(n), norm);
    }

    /** Returns the k-SAT network of a random 3-SAT formula with round(4.26·n) clauses, target 0. */
    static InversionProblem sat(int n, Norm norm, long seed) {
        Cnf cnf = Cnf.randomKSat(n, (int) Math.round(CLAUSE_RATIO * n), 3, new SplittableRandom(seed));
        return Reductions.satProblem(cnf, norm);
    }

    private static float[] uniform(SplittableRandom random, int count, double scale) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextDouble(-scale, scale);
        }
        return values;
    }
}
