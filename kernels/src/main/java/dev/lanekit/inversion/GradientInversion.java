package dev.lanekit.inversion;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The continuous heuristic practitioners run: projected (sub)gradient descent on ‖G(z) − x‖_p^p over the
 * real box [lo, hi]ⁿ, from random starts, then rounding to the nearest integer latent.
 *
 * <p>It has no guarantee. The reductions from k-SAT build instances where it misses satisfiable
 * formulas, so its result is never used to decide anything: {@link Result#successRate()} reports how
 * often a restart reached the caller's threshold, and only the exhaustive {@link InversionSearch} decides.
 * Cost: O(restarts · iterations · cost(G)) in double. Deterministic for a given seed.
 */
public final class GradientInversion {

    private GradientInversion() {}

    /**
     * The outcome of a heuristic run.
     *
     * @param bestLatent the rounded latent with the smallest reference objective over all restarts
     * @param bestObjective its reference objective {@link InversionProblem#objective(int[])}
     * @param restarts the number of restarts
     * @param successes restarts whose rounded latent reached an objective ≤ the threshold
     */
    public record Result(int[] bestLatent, double bestObjective, int restarts, int successes) {

        /** {@return successes / restarts} */
        public double successRate() {
            return restarts == 0 ? 0 : (double) successes / restarts;
        }

        @Override
        public String toString() {
            return "GradientInversion.Result[best=" + Arrays.toString(bestLatent) + ", objective=" + bestObjective
                    + ", success rate=" + successes + "/" + restarts + "]";
        }
    }

    /**
     * Runs the heuristic.
     *
     * @param problem the network, target, latent box and norm
     * @param restarts the number of random starts, at least 1
     * @param iterations the gradient steps per start, at least 1
     * @param threshold a restart succeeds when its rounded latent has objective ≤ threshold
     * @param seed the random seed of the starts
     * @return the best rounded latent over all restarts, its objective and the success count
     * @throws IllegalArgumentException when restarts or iterations is below 1
     */
    public static Result run(InversionProblem problem, int restarts, int iterations, double threshold, long seed) {
        if (restarts < 1 || iterations < 1) {
            throw new IllegalArgumentException("restarts = " + restarts + " and iterations = " + iterations + " must both be >= 1");
        }
        LatentBox box = problem.box();
        int n = box.dimension();
        SplittableRandom random = new SplittableRandom(seed);
        int[] best = new int[n];
        for (int j = 0; j < n; j++) {
            best[j] = box.lo(j);
        }
        double bestObjective = problem.objective(best);
        int successes = 0;

        double[] z = new double[n];
        double[] gradient = new double[n];
        int[] rounded = new int[n];
        for (int restart = 0; restart < restarts; restart++) {
            for (int j = 0; j < n; j++) {
                z[j] = box.lo(j) + random.nextDouble() * (box.hi(j) - box.lo(j));
            }
            for (int t = 0; t < iterations; t++) {
                gradient(problem, z, gradient);
                double norm = 0;
                for (double g : gradient) {
                    norm += g * g;
                }
                norm = Math.sqrt(norm);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    break;
                }
                // Normalised steps that shrink like 1/√t: scale-free, and they settle in a kink of the ReLU landscape.
                double step = 0.5 / Math.sqrt(t + 1.0) / norm;
                for (int j = 0; j < n; j++) {
                    z[j] = Math.clamp(z[j] - step * gradient[j], box.lo(j), box.hi(j));
                }
            }
            for (int j = 0; j < n; j++) {
                rounded[j] = (int) Math.clamp(Math.round(z[j]), box.lo(j), box.hi(j));
            }
            double objective = problem.objective(rounded);
            if (objective <= threshold) {
                successes++;
            }
            if (objective < bestObjective) {
                bestObjective = objective;
                System.arraycopy(rounded, 0, best, 0, n);
            }
        }
        return new Result(best, bestObjective, restarts, successes);
    }

    /** Writes the (sub)gradient of ‖G(z) − x‖_p^p (for p = ∞, of the largest |difference|) at z. */
    static void gradient(InversionProblem problem, double[] z, double[] gradient) {
        ReluNetwork network = problem.network();
        float[] target = problem.targetArray();
        Norm norm = problem.norm();
        int layers = network.layerCount();

        // Forward pass keeping every layer's input and pre-activation.
        double[][] inputs = new double[layers][];
        double[][] pre = new double[layers][];
        double[] x = z;
        for (int l = 0; l < layers; l++) {
            Layer layer = network.layer(l);
            inputs[l] = x;
            double[] y = new double[layer.rows()];
            for (int i = 0; i < layer.rows(); i++) {
                double sum = layer.bias[i];
                for (int j = 0; j < layer.cols(); j++) {
                    sum += layer.weights[i * layer.cols() + j] * x[j];
                }
                y[i] = sum;
            }
            pre[l] = y;
            if (l < layers - 1) {
                double[] activated = new double[y.length];
                for (int i = 0; i < y.length; i++) {
                    activated[i] = Math.max(y[i], 0);
                }
                x = activated;
            }
        }

        // Gradient of the objective with respect to the outputs.
        double[] out = pre[layers - 1];
        double[] upstream = new double[out.length];
        if (norm.isInfinite()) {
            int arg = -1;
            double max = -1;
            for (int i = 0; i < out.length; i++) {
                double d = Math.abs(out[i] - target[i]);
                if (d > max) {
                    max = d;
                    arg = i;
                }
            }
            if (arg >= 0) {
                upstream[arg] = Math.signum(out[arg] - target[arg]);
            }
        } else {
            double p = norm.p();
            for (int i = 0; i < out.length; i++) {
                double d = out[i] - target[i];
                upstream[i] = p * Math.signum(d) * Math.pow(Math.abs(d), p - 1);
            }
        }

        // Backward pass: through W, and through ReLU where the unit was active.
        for (int l = layers - 1; l >= 0; l--) {
            Layer layer = network.layer(l);
            if (l < layers - 1) {
                for (int i = 0; i < upstream.length; i++) {
                    if (pre[l][i] <= 0) {
                        upstream[i] = 0;
                    }
                }
            }
            double[] down = new double[layer.cols()];
            for (int i = 0; i < layer.rows(); i++) {
                double g = upstream[i];
                if (g != 0) {
                    for (int j = 0; j < layer.cols(); j++) {
                        down[j] += layer.weights[i * layer.cols() + j] * g;
                    }
                }
            }
            upstream = down;
        }
        System.arraycopy(upstream, 0, gradient, 0, gradient.length);
    }
}
