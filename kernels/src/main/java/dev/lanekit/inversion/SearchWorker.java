package dev.lanekit.inversion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Searches one range of enumeration indices. Owns its cursor and float buffers; one worker per thread.
 *
 * <p>Each step of the Gray code changes one latent coordinate by ±1, so the first layer's
 * pre-activations change by ± one column of W₁: O(width) instead of O(width·n). With
 * {@link Propagation#SPARSE} the first-layer units that the column touches are propagated to the second
 * layer one by one, and only where their ReLU output changed. The last layer is computed a block of rows
 * at a time, and its ℓp partial sum is compared with the admission radius after every block, so most
 * candidates are abandoned after a few rows. Every candidate that is not abandoned is re-evaluated in
 * double ({@link InversionProblem#objective(int[])}); only that value is ranked and reported.
 */
final class SearchWorker {

    /** Last-layer rows computed between two abandonment checks. */
    private static final int ROW_BLOCK = 4;
    /** Outputs summed between two abandonment checks when the outputs are already in a buffer. */
    private static final int OUTPUT_BLOCK = 32;
    /** Candidates between two polls of the cancellation token, the shared bound and the progress counter. */
    static final int POLL_PERIOD = 4096;

    private final SearchPlan plan;
    private final SearchKernels kernels;
    private final Evaluation evaluation;
    private final SearchShared shared;
    private final boolean decision;
    private final double radius;
    private final int topK;

    private final int[] z;
    /** Pre-activations of layer 1, maintained incrementally. */
    private final float[] pre1;
    /** ReLU of layer 1 (kept up to date by the sparse path, recomputed by the dense path). */
    private final float[] act1;
    /** Pre-activations of layer 2, maintained incrementally by the sparse path. */
    private final float[] pre2;
    /** Activations of each later layer, and the output buffer. */
    private final float[][] act;

    private final List<Candidate> best = new ArrayList<>();
    private long exactEvaluations;
    private long rowsComputed;

    SearchWorker(SearchPlan plan, SearchOptions options, SearchShared shared) {
        this.plan = plan;
        this.kernels = options.kernels();
        this.evaluation = options.evaluation();
        this.shared = shared;
        this.decision = options.isDecision();
        this.radius = options.radius();
        this.topK = options.topK();
        this.z = new int[plan.n];
        int layers = plan.layers.length;
        this.pre1 = new float[plan.width[0]];
        this.act1 = new float[plan.width[0]];
        this.pre2 = plan.sparse ? new float[plan.width[1]] : null;
        this.act = new float[layers][];
        for (int l = 0; l < layers; l++) {
            act[l] = new float[plan.width[l]];
        }
    }

    /** Searches indices {@code start ≤ i < end} and returns the result of that range. */
    SearchResult run(long start, long end) {
        GrayCursor cursor = new GrayCursor(plan.box, start);
        cursor.copyLatent(z);
        rebuild();
        long sinceRebuild = 0;
        long sincePoll = 0;
        long evaluated = 0;
        long reported = 0;
        long index = start;
        while (true) {
            if (evaluation == Evaluation.NAIVE) {
                rebuild();
            }
            evaluated++;
            if (evaluate(index)) {
                break;
            }
            index++;
            if (index == end) {
                break;
            }

            // One Gray-code step: coordinate j moves by ±1.
            int j = cursor.next();
            int delta = cursor.lastDelta();
            z[j] += delta;
            if (evaluation != Evaluation.NAIVE) {
                if (++sinceRebuild == SearchPlan.REBUILD_PERIOD) {
                    sinceRebuild = 0;
                    rebuild();
                } else {
                    step(j, delta);
                }
            }

            if (++sincePoll == POLL_PERIOD) {
                shared.addProgress(sincePoll);
                reported += sincePoll;
                sincePoll = 0;
                if (shared.cancelled()) {
                    throw new CancellationException("inversion search cancelled at index " + index);
                }
                if (decision && shared.witnessBefore(index)) {
                    break;
                }
            }
        }
        shared.addProgress(evaluated - reported);
        return new SearchResult(decision, radius, topK, best, new SearchStatistics(evaluated, exactEvaluations, rowsComputed));
    }

    /** Recomputes the incremental sums from the current z (start of a range, drift control, naive mode). */
    private void rebuild() {
        Layer first = plan.layers[0];
        int h = plan.width[0];
        System.arraycopy(first.bias, 0, pre1, 0, h);
        for (int j = 0; j < plan.n; j++) {
            if (z[j] != 0) {
                kernels.addScaled(pre1, plan.column1, j * h, z[j], h);
            }
        }
        if (plan.sparse) {
            kernels.relu(pre1, act1, h);
            System.arraycopy(plan.layers[1].bias, 0, pre2, 0, plan.width[1]);
            for (int u = 0; u < h; u++) {
                float a = act1[u];
                if (a != 0f) {
                    int[] rows = plan.column2Rows[u];
                    float[] weights = plan.column2Weights[u];
                    for (int k = 0; k < rows.length; k++) {
                        pre2[rows[k]] = Math.fma(weights[k], a, pre2[rows[k]]);
                    }
                }
            }
        }
    }

    /** Applies the change of coordinate j by delta to the incremental sums. */
    private void step(int j, int delta) {
        if (!plan.sparse) {
            kernels.addScaled(pre1, plan.column1, j * plan.width[0], delta, plan.width[0]);
            return;
        }
        int[] units = plan.column1Rows[j];
        float[] weights = plan.column1Weights[j];
        for (int k = 0; k < units.length; k++) {
            int u = units[k];
            float a = Math.fma(weights[k], delta, pre1[u]);
            pre1[u] = a;
            float relu = a < 0f ? 0f : a;
            float change = relu - act1[u];
            if (change != 0f) {
                act1[u] = relu;
                int[] rows = plan.column2Rows[u];
                float[] w2 = plan.column2Weights[u];
                for (int r = 0; r < rows.length; r++) {
                    pre2[rows[r]] = Math.fma(w2[r], change, pre2[rows[r]]);
                }
            }
        }
    }

    /**
     * Evaluates the current candidate and offers it to the best list. Returns true when the range can
     * stop: a decision witness, or k optimisation candidates at objective 0 that no later index can beat.
     */
    private boolean evaluate(long index) {
        double bound = currentBound();
        double tau = plan.admission(bound);
        if (!(tau == Double.POSITIVE_INFINITY) && !approximateWithin(tau)) {
            return false;
        }

        exactEvaluations++;
        double objective = plan.problem.objective(z);
        if (Double.isNaN(objective)) {
            return false;
        }
        if (decision) {
            if (objective <= radius) {
                best.add(new Candidate(index, z.clone(), objective));
                shared.offerWitness(index);
                return true;
            }
            return false;
        }
        offer(new Candidate(index, z.clone(), objective));
        if (best.size() == topK) {
            double kth = best.getLast().objective();
            shared.offerBound(kth);
            return kth == 0;
        }
        return false;
    }

    private double currentBound() {
        if (decision) {
            return radius;
        }
        double local = best.size() == topK ? best.getLast().objective() : Double.POSITIVE_INFINITY;
        return Math.min(local, shared.bound());
    }

    private void offer(Candidate candidate) {
        int position = best.size();
        while (position > 0 && Candidate.RANKING.compare(candidate, best.get(position - 1)) < 0) {
            position--;
        }
        if (position < topK) {
            best.add(position, candidate);
            if (best.size() > topK) {
                best.removeLast();
            }
        }
    }

    /**
     * Returns whether the float objective of the current candidate is at most τ (or NaN). The partial sum
     * runs on {@code (|d_i|/τ)^p}, compared with 1, so it overflows only where the candidate is far
     * outside τ; for τ = 0 any nonzero difference exceeds it.
     */
    private boolean approximateWithin(double tau) {
        boolean abandon = evaluation == Evaluation.INCREMENTAL_ABANDON;
        float scale = tau > 0 ? (float) (1 / tau) : 1f;
        float limit = tau > 0 ? 1f : 0f;
        Norm norm = plan.norm;
        boolean infinite = norm.isInfinite();
        int layers = plan.layers.length;
        float[] target = plan.target;

        // Outputs held in a buffer already: the linear generator, or a two-layer net on the sparse path.
        float[] ready = layers == 1 ? pre1 : (plan.sparse && layers == 2 ? pre2 : null);
        if (ready != null) {
            float sum = 0f;
            for (int from = 0; from < plan.outputs; from += OUTPUT_BLOCK) {
                float block = kernels.distanceBlock(norm, ready, target, from, Math.min(plan.outputs, from + OUTPUT_BLOCK), scale);
                sum = infinite ? Math.max(sum, block) : sum + block;
                if (abandon && sum > limit) {
                    return false;
                }
            }
            return !(sum > limit);
        }

        // Hidden layers up to the last: the dense path starts from layer 1, the sparse path from layer 2.
        float[] input;
        int firstDense;
        if (plan.sparse) {
            kernels.relu(pre2, act[1], plan.width[1]);
            input = act[1];
            firstDense = 2;
        } else {
            kernels.relu(pre1, act[0], plan.width[0]);
            input = act[0];
            firstDense = 1;
        }
        for (int l = firstDense; l < layers - 1; l++) {
            Layer layer = plan.layers[l];
            kernels.matvecRows(layer.weights, layer.bias, layer.cols(), input, act[l], 0, layer.rows());
            kernels.relu(act[l], act[l], layer.rows());
            input = act[l];
        }

        // The output layer a block of rows at a time, abandoning as soon as the partial sum exceeds τ.
        Layer last = plan.layers[layers - 1];
        float[] out = act[layers - 1];
        float sum = 0f;
        for (int row = 0; row < plan.outputs; row += ROW_BLOCK) {
            int count = Math.min(ROW_BLOCK, plan.outputs - row);
            kernels.matvecRows(last.weights, last.bias, last.cols(), input, out, row, count);
            rowsComputed += count;
            float block = kernels.distanceBlock(norm, out, target, row, row + count, scale);
            sum = infinite ? Math.max(sum, block) : sum + block;
            if (abandon && sum > limit) {
                return false;
            }
        }
        return !(sum > limit);
    }

}
