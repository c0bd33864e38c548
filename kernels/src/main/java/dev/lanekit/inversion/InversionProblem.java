package dev.lanekit.inversion;

import java.util.Arrays;
import java.util.Objects;

/**
 * An inversion problem: find integer latents z in a {@link LatentBox} that minimise ‖G(z) − x‖_p for a
 * {@link ReluNetwork} G and a target x, or decide whether some z lies within a radius r.
 *
 * <p>Thread-safe, and immutable apart from a cached search plan; the target is copied. The problem keeps
 * the plan of its last search, which contains a few copies of the network's weights (the first layer by
 * column, the output layer reordered and packed). A search repeated with the same evaluation,
 * propagation and kernels reuses it and skips that setup.
 */
public final class InversionProblem {

    private final ReluNetwork network;
    private final float[] target;
    private final LatentBox box;
    private final Norm norm;
    /** The plan of the last search; two threads may both build one, and either result is correct. */
    private volatile SearchPlan plan;

    /**
     * Creates a problem.
     *
     * @param network the generator G
     * @param target the target output x
     * @param box the latent box
     * @param norm the norm of the objective
     * @throws IllegalArgumentException when the box dimension differs from the network's latent
     *     dimension or the target length differs from its output dimension
     * @throws NullPointerException when an argument is null; the message names it
     */
    public InversionProblem(ReluNetwork network, float[] target, LatentBox box, Norm norm) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(norm, "norm");
        if (box.dimension() != network.latentDimension()) {
            throw new IllegalArgumentException("the box has dimension " + box.dimension() + " but the network's latent dimension is "
                    + network.latentDimension());
        }
        if (target.length != network.outputDimension()) {
            throw new IllegalArgumentException("target.length = " + target.length + " but the network has "
                    + network.outputDimension() + " outputs");
        }
        this.network = network;
        this.target = target.clone();
        this.box = box;
        this.norm = norm;
    }

    /** {@return G} */
    public ReluNetwork network() {
        return network;
    }

    /** {@return a copy of the target x} */
    public float[] target() {
        return target.clone();
    }

    float[] targetArray() {
        return target;
    }

    /** {@return the latent box that the search enumerates} */
    public LatentBox box() {
        return box;
    }

    /** {@return the norm of the objective} */
    public Norm norm() {
        return norm;
    }

    /**
     * {@return the same problem with another norm}
     *
     * @param other the norm to use instead
     */
    public InversionProblem withNorm(Norm other) {
        return new InversionProblem(network, target, box, other);
    }

    /**
     * {@return the reference objective ‖G(z) − x‖_p, computed in double in a fixed order by
     * {@link ReluNetwork#evaluate(int[])} and {@link Norm#distance(double[], float[])}}
     *
     * @param z the latent vector, of the latent dimension
     */
    public double objective(int[] z) {
        return norm.distance(network.evaluate(z), target);
    }

    /**
     * {@return the reference objective of a real latent (for the continuous heuristic)}
     *
     * @param z the latent vector, of the latent dimension
     */
    public double objective(double[] z) {
        return norm.distance(network.evaluate(z), target);
    }

    /** Returns the search plan for these settings, built on the calling thread unless the last search had them. */
    SearchPlan plan(Evaluation evaluation, Propagation propagation, SearchKernels kernels) {
        SearchPlan cached = plan;
        if (cached != null && cached.builtFor(evaluation, propagation, kernels)) {
            return cached;
        }
        cached = new SearchPlan(this, evaluation, propagation, kernels);
        plan = cached;
        return cached;
    }

    @Override
    public String toString() {
        return "InversionProblem[n=" + box.dimension() + ", outputs=" + target.length + ", layers=" + network.layerCount()
                + ", box=" + box + ", p=" + norm + ", target=" + Arrays.toString(Arrays.copyOf(target, Math.min(4, target.length)))
                + (target.length > 4 ? "…" : "") + "]";
    }
}
