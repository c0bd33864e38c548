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
 *
 * <p>A dense network with one hidden layer ({@link SearchPlan#batched}) is searched {@value #BATCH}
 * candidates at a time instead. The hidden activations of consecutive candidates are built one after
 * the other (each differs from the last by one first-layer column), then the output layer runs on all of
 * them together, one tile of {@value SearchPlan#OUTPUT_TILE} outputs at a time, as a small matrix
 * product whose weights are loaded once per eight candidates. After each tile the candidates whose
 * partial sum exceeds the admission radius of the batch's starting bound are dropped. That bound is never
 * smaller than a bound found later in the batch, so a dropped candidate is one the one-at-a-time search
 * would drop too. The survivors are then offered in index order against the current bound.
 */
final class SearchWorker {

    /** Last-layer rows computed between two abandonment checks. */
    private static final int ROW_BLOCK = 4;
    /** Outputs summed between two abandonment checks when the outputs are already in a buffer. */
    private static final int OUTPUT_BLOCK = 32;
    /** Candidates between two polls of the cancellation token, the shared bound and the progress counter. */
    static final int POLL_PERIOD = 4096;
    /**
     * Candidates per batch on the batched path. At width 256 their hidden activations take 32 KiB and one
     * output tile's weights 16 KiB, together about one 48 KiB L1 data cache. Batches of 16 ran as fast
     * and 64 about 15 % slower (n = 24, width 256, 64 outputs, one CPU-time run on a Zen 5 core).
     */
    static final int BATCH = 32;

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

    /** Batched path: the hidden activations of candidate b of the batch are {@code hidden[b·width …]}. */
    private final float[] hidden;
    /** Batched path: outputs of the current tile, {@link SearchPlan#OUTPUT_TILE} per listed candidate. */
    private final float[] tileOutputs;
    /** Batched path: positions in the batch of the candidates still under the radius, in index order. */
    private final int[] survivors;
    private final float[] survivorSums;
    /** Batched path: one candidate re-checked alone after the bound tightened within its batch. */
    private final int[] single = new int[1];
    private final float[] singleSum = new float[1];
    /** Batched path: the latent of the batch's first candidate, and the step (coordinate, ±1) to each candidate from the one before. */
    private final int[] batchLatent;
    private final int[] replayed;
    private final int[] stepCoordinate;
    private final int[] stepDelta;

    private final List<Candidate> best = new ArrayList<>();
    private long exactEvaluations;
    private long rowsComputed;
    private long reported;
    private int sinceRebuild;

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
        boolean batched = plan.batched;
        this.hidden = batched ? new float[Math.multiplyExact(BATCH, plan.width[0])] : null;
        this.tileOutputs = batched ? new float[BATCH * SearchPlan.OUTPUT_TILE] : null;
        this.survivors = batched ? new int[BATCH] : null;
        this.survivorSums = batched ? new float[BATCH] : null;
        this.batchLatent = batched ? new int[plan.n] : null;
        this.replayed = batched ? new int[plan.n] : null;
        this.stepCoordinate = batched ? new int[BATCH] : null;
        this.stepDelta = batched ? new int[BATCH] : null;
    }

    /** Searches indices {@code start ≤ i < end} and returns the result of that range. */
    SearchResult run(long start, long end) {
        GrayCursor cursor = new GrayCursor(plan.box, start);
        cursor.copyLatent(z);
        rebuild(z);
        long evaluated = plan.batched ? runBatched(cursor, start, end) : runSingle(cursor, start, end);
        shared.addProgress(evaluated - reported);
        return new SearchResult(decision, radius, topK, best, new SearchStatistics(evaluated, exactEvaluations, rowsComputed));
    }

    /** Evaluates the candidates one at a time; returns how many it evaluated. */
    private long runSingle(GrayCursor cursor, long start, long end) {
        long sincePoll = 0;
        long index = start;
        while (true) {
            if (evaluation == Evaluation.NAIVE) {
                rebuild(z);
            }
            if (evaluate(index)) {
                return index + 1 - start;
            }
            index++;
            if (index == end) {
                return end - start;
            }
            advance(cursor);
            if (++sincePoll == POLL_PERIOD) {
                sincePoll = 0;
                if (poll(index - start, index)) {
                    return index - start;
                }
            }
        }
    }

    /** Evaluates the candidates {@value #BATCH} at a time (see the class notes); returns how many it evaluated. */
    private long runBatched(GrayCursor cursor, long start, long end) {
        int width = plan.width[0];
        long sincePoll = 0;
        long index = start;
        while (true) {
            // Step 0 of a batch moves from the previous batch's last candidate to this batch's first.
            // The range's first candidate needs no step, because the cursor starts on it.
            int count = (int) Math.min(BATCH, end - index);
            int from = index == start ? 1 : 0;
            if (from == 0) {
                takeStep(cursor, 0);
            }
            System.arraycopy(z, 0, batchLatent, 0, plan.n);
            for (int b = 1; b < count; b++) {
                takeStep(cursor, b);
            }

            // The hidden activations of the batch. A rebuild that falls due within the batch is made at
            // its first candidate instead, so the sums never run REBUILD_PERIOD steps without one.
            int steps = count - from;
            if (sinceRebuild + steps >= SearchPlan.REBUILD_PERIOD) {
                rebuild(batchLatent);
                sinceRebuild = count - 1;
                from = 1;
            } else {
                sinceRebuild += steps;
            }
            kernels.stepsRelu(pre1, plan.column1, stepCoordinate, stepDelta, from, count, hidden, width);

            int stop = evaluateBatch(index, count);
            if (stop >= 0) {
                return index + stop + 1 - start;
            }
            index += count;
            if (index == end) {
                return end - start;
            }
            sincePoll += count;
            if (sincePoll >= POLL_PERIOD) {
                sincePoll = 0;
                if (poll(index - start, index)) {
                    return index - start;
                }
            }
        }
    }

    /** Takes one Gray-code step on the latent only, and records it as the step to batch position b. */
    private void takeStep(GrayCursor cursor, int b) {
        int j = cursor.next();
        int delta = cursor.lastDelta();
        z[j] += delta;
        stepCoordinate[b] = j;
        stepDelta[b] = delta;
    }

    /**
     * Takes one Gray-code step (coordinate j moves by ±1) and updates the incremental sums, rebuilding them
     * every {@link SearchPlan#REBUILD_PERIOD} steps.
     */
    private void advance(GrayCursor cursor) {
        int j = cursor.next();
        int delta = cursor.lastDelta();
        z[j] += delta;
        if (evaluation == Evaluation.NAIVE) {
            return;
        }
        if (++sinceRebuild == SearchPlan.REBUILD_PERIOD) {
            sinceRebuild = 0;
            rebuild(z);
        } else {
            step(j, delta);
        }
    }

    /**
     * Reports the candidates evaluated since the last report, and polls the cancellation token and, in
     * decision mode, the witnesses of other ranges. Returns true when a range found a witness before index.
     */
    private boolean poll(long evaluated, long index) {
        shared.addProgress(evaluated - reported);
        reported = evaluated;
        if (shared.cancelled()) {
            throw new CancellationException("inversion search cancelled at index " + index);
        }
        return decision && shared.witnessBefore(index);
    }

    /** Recomputes the incremental sums from the latent (start of a range, drift control, naive mode). */
    private void rebuild(int[] latent) {
        Layer first = plan.layers[0];
        int h = plan.width[0];
        System.arraycopy(first.bias, 0, pre1, 0, h);
        for (int j = 0; j < plan.n; j++) {
            if (latent[j] != 0) {
                kernels.addScaled(pre1, plan.column1, j * h, latent[j], h);
            }
        }
        if (plan.sparse) {
            kernels.relu(pre1, act1, 0, h);
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
        double tau = plan.admission(currentBound());
        if (!(tau == Double.POSITIVE_INFINITY) && !approximateWithin(tau)) {
            return false;
        }
        return offerExact(index, z);
    }

    /**
     * Evaluates the batch of {@code count} candidates from {@code first}, whose hidden activations are in
     * {@link #hidden}. Returns the position in the batch at which the range can stop (as for
     * {@link #evaluate(long)}), or −1.
     */
    private int evaluateBatch(long first, int count) {
        for (int b = 0; b < count; b++) {
            survivors[b] = b;
        }

        // Drop what the batch's starting bound already excludes; with no bound yet every candidate stays.
        double batchTau = plan.admission(currentBound());
        int left = batchTau == Double.POSITIVE_INFINITY ? count : filterByTiles(survivors, survivorSums, count, batchTau);

        // The survivors in index order against the current bound. An exact evaluation may have tightened
        // the bound since the batch started, and then the candidate is checked again alone.
        System.arraycopy(batchLatent, 0, replayed, 0, plan.n);
        int replayedTo = 0;
        for (int s = 0; s < left; s++) {
            int b = survivors[s];
            double tau = plan.admission(currentBound());
            if (tau != Double.POSITIVE_INFINITY && tau != batchTau) {
                single[0] = b;
                if (filterByTiles(single, singleSum, 1, tau) == 0) {
                    continue;
                }
            }
            while (replayedTo < b) {
                replayedTo++;
                replayed[stepCoordinate[replayedTo]] += stepDelta[replayedTo];
            }
            if (offerExact(first + b, replayed)) {
                return b;
            }
        }
        return -1;
    }

    /**
     * Runs the output layer one tile at a time on the listed batch positions and keeps, in order, those
     * whose float objective is at most τ (or NaN), as {@link #approximateWithin(double)} decides for one
     * candidate. Without abandonment every tile is computed before the test. Returns how many it kept.
     */
    private int filterByTiles(int[] positions, float[] sums, int count, double tau) {
        boolean abandon = evaluation == Evaluation.INCREMENTAL_ABANDON;
        float scale = tau > 0 ? (float) (1 / tau) : 1f;
        float limit = tau > 0 ? 1f : 0f;
        Norm norm = plan.norm;
        boolean infinite = norm.isInfinite();
        int tile = SearchPlan.OUTPUT_TILE;
        int cols = plan.width[0];
        java.util.Arrays.fill(sums, 0, count, 0f);
        for (int first = 0; first < plan.outputs && count > 0; first += tile) {
            int valid = Math.min(tile, plan.outputs - first);
            boolean test = abandon || first + tile >= plan.outputs;
            kernels.outputTile(hidden, cols, positions, count, plan.outputPanel, tile, plan.outputBias, first, tileOutputs);
            rowsComputed += (long) valid * count;
            int kept = 0;
            for (int i = 0; i < count; i++) {
                float block = kernels.distance(norm, tileOutputs, i * tile, plan.target, first, valid, scale);
                float sum = infinite ? Math.max(sums[i], block) : sums[i] + block;
                if (test && sum > limit) {
                    continue;
                }
                positions[kept] = positions[i];
                sums[kept] = sum;
                kept++;
            }
            count = kept;
        }
        return count;
    }

    /**
     * Evaluates the candidate at {@code index} with latent {@code latent} exactly and offers it to the best
     * list; returns true when the range can stop (see {@link #evaluate(long)}).
     */
    private boolean offerExact(long index, int[] latent) {
        exactEvaluations++;
        double objective = plan.problem.objective(latent);
        if (Double.isNaN(objective)) {
            return false;
        }
        if (decision) {
            if (objective <= radius) {
                best.add(new Candidate(index, latent.clone(), objective));
                shared.offerWitness(index);
                return true;
            }
            return false;
        }
        offer(new Candidate(index, latent.clone(), objective));
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
            kernels.relu(pre2, act[1], 0, plan.width[1]);
            input = act[1];
            firstDense = 2;
        } else {
            kernels.relu(pre1, act[0], 0, plan.width[0]);
            input = act[0];
            firstDense = 1;
        }
        for (int l = firstDense; l < layers - 1; l++) {
            Layer layer = plan.layers[l];
            kernels.matvecRows(layer.weights, layer.bias, layer.cols(), input, act[l], 0, layer.rows());
            kernels.relu(act[l], act[l], 0, layer.rows());
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
