package dev.lanekit.proofs.inversion;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.lanekit.inversion.Candidate;
import dev.lanekit.inversion.Evaluation;
import dev.lanekit.inversion.GradientInversion;
import dev.lanekit.inversion.GrayCursor;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Layer;
import dev.lanekit.inversion.ModelFiles;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.Propagation;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.inversion.SearchKernels;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import dev.lanekit.proofs.Property;
import dev.lanekit.proofs.PropertySuite;
import dev.lanekit.proofs.Theories;
import dev.lanekit.provider.Providers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * Properties of the exhaustive inversion search and of the hardness reductions: the Gray-code search
 * returns exactly what plain brute force returns, for every evaluation strategy, kernel set, partition
 * count and thread count; and each reduction's result matches a brute-force solver of the source problem.
 */
public final class InversionProperties implements PropertySuite {

    private static final String KERNEL = "inversion";
    /** Random k-SAT near the satisfiability threshold of 3-SAT, m ≈ 4.26·n. */
    static final double THRESHOLD_RATIO = 4.26;

    /** Creates the suite; {@code ServiceLoader} calls this constructor. */
    public InversionProperties() {}

    @Override
    public String capability() {
        return "inversion";
    }

    @Override
    public List<Property> properties() {
        return List.of(
                property("Gray search equals brute force", this::searchEqualsBruteForce),
                property("decision equals brute force", this::decisionEqualsBruteForce),
                property("ranges merge to whole search", this::rangesMerge),
                property("two threads equal one", this::threadsAgree),
                property("Gray cursor steps match unranking", this::cursorSteps),
                property("SAT iff search finds zero", this::satIffZero),
                property("satisfying assignments map to zero", this::assignmentsMapToZero),
                property("robust wrapper rounds to a model", this::robustWrapper),
                property("CVP radius iff satisfiable", this::cvpIffSatisfiable),
                property("isolating gadgets isolate zero", this::isolatingGadgets),
                property("vertex cover size matches", this::vertexCover),
                property("half clique matches", this::halfClique),
                property("model file round trip", this::modelRoundTrip),
                property("heuristic never beats search", this::heuristicBounded),
                property("batched range equals brute force", this::batchedRangeEqualsBruteForce),
                property("batched partitions equal one range", this::batchedPartitionsAgree),
                property("output tile within FMA bound", this::outputTileBound),
                property("Gray steps with ReLU exact", this::stepsReluExact),
                property("repeated searches equal brute force", this::repeatedSearches),
                property("forward pass equals plain loop", this::forwardPassEqualsPlainLoop));
    }

    private static Property property(String name, LongConsumer body) {
        return new Property(KERNEL, name, tries -> Theories.qt(tries).forAll(longs().all()).checkAssert(body::accept));
    }

    private static SearchOptions randomOptions(SplittableRandom random, SearchOptions base) {
        SearchKernels kernels = Providers.simdLoadable() && random.nextBoolean()
                ? InversionSearch.simdKernels() : InversionSearch.scalarKernels();
        return base.withEvaluation(Evaluation.values()[random.nextInt(3)])
                .withPropagation(Propagation.values()[random.nextInt(3)])
                .withPartitions(1 + random.nextInt(7))
                .withKernels(kernels);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private void searchEqualsBruteForce(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InversionProblem problem = RandomModels.problem(random);
        SearchOptions options = SearchOptions.optimize(1 + random.nextInt(5));
        SearchResult expected = InversionSearch.bruteForce(problem, options);
        SearchOptions variant = randomOptions(random, options);
        SearchResult actual = InversionSearch.search(problem, variant);
        check(actual.candidates().equals(expected.candidates()), problem + " with " + variant.evaluation() + "/"
                + variant.propagation() + ": search " + actual.candidates() + " but brute force " + expected.candidates());
        check(actual.statistics().candidates() == problem.box().size() || actual.best().orElseThrow().objective() == 0,
                "searched " + actual.statistics().candidates() + " of " + problem.box().size() + " candidates");
    }

    private void decisionEqualsBruteForce(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InversionProblem problem = RandomModels.problem(random);
        // A radius at the objective of a random candidate: a witness exists, and ties at the radius count.
        long index = random.nextLong(problem.box().size());
        double radius = problem.objective(problem.box().latent(index)) * (random.nextBoolean() ? 1 : 0.999);
        SearchOptions options = SearchOptions.decide(radius);
        SearchResult expected = InversionSearch.bruteForce(problem, options);
        SearchResult actual = InversionSearch.search(problem, randomOptions(random, options));
        check(actual.candidates().equals(expected.candidates()),
                problem + " r=" + radius + ": search " + actual.candidates() + " but brute force " + expected.candidates());
    }

    private void rangesMerge(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InversionProblem problem = RandomModels.problem(random);
        SearchOptions options = random.nextBoolean() ? SearchOptions.optimize(1 + random.nextInt(4))
                : SearchOptions.decide(random.nextDouble(0, 3));
        long size = problem.box().size();
        List<Long> cuts = new ArrayList<>(List.of(0L, size));
        for (int i = random.nextInt(4); i > 0; i--) {
            cuts.add(random.nextLong(size + 1));
        }
        Collections.sort(cuts);
        List<SearchResult> parts = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            parts.add(InversionSearch.searchRange(problem, options, cuts.get(i), cuts.get(i + 1)));
        }
        Collections.shuffle(parts, new java.util.Random(seed));
        SearchResult merged = SearchResult.empty(options);
        for (SearchResult part : parts) {
            merged = merged.merge(part);
        }
        SearchResult whole = InversionSearch.search(problem, options);
        check(merged.candidates().equals(whole.candidates()),
                "cuts " + cuts + ": merged " + merged.candidates() + " but whole " + whole.candidates());
    }

    private void threadsAgree(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InversionProblem problem = RandomModels.problem(random);
        SearchOptions options = SearchOptions.optimize(1 + random.nextInt(4)).withPartitions(1 + random.nextInt(16));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            SearchResult parallel = InversionSearch.search(problem, options, pool);
            SearchResult single = InversionSearch.search(problem, options.withPartitions(1));
            check(parallel.candidates().equals(single.candidates()),
                    "2 threads " + parallel.candidates() + " but 1 thread " + single.candidates());
        } finally {
            pool.shutdownNow();
        }
    }

    private void cursorSteps(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(6);
        LatentBox box = random.nextBoolean() ? LatentBox.binary(random.nextInt(9)) : RandomModels.box(random, n);
        long start = random.nextLong(box.size());
        GrayCursor cursor = new GrayCursor(box, start);
        Set<String> seen = new HashSet<>();
        int[] previous = box.latent(start);
        seen.add(Arrays.toString(previous));
        for (long i = start + 1; i < box.size(); i++) {
            int j = cursor.next();
            int[] z = box.latent(i);
            int changed = 0;
            for (int t = 0; t < z.length; t++) {
                changed += z[t] != previous[t] ? 1 : 0;
                check(cursor.latent(t) == z[t], box + " index " + i + ": cursor " + cursor.latent(t) + " at " + t + " but unranked " + z[t]);
            }
            check(changed == 1 && z[j] - previous[j] == cursor.lastDelta(),
                    box + " index " + i + ": step changed " + changed + " coordinates, cursor said " + j + " by " + cursor.lastDelta());
            check(seen.add(Arrays.toString(z)), box + " visits " + Arrays.toString(z) + " twice");
            previous = z;
        }
    }

    private void satIffZero(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3 + random.nextInt(12);
        Cnf cnf = Cnf.randomKSat(n, (int) Math.round(THRESHOLD_RATIO * n), 3, random);
        Norm norm = RandomModels.norm(random);
        InversionProblem problem = Reductions.satProblem(cnf, norm);
        boolean satisfiable = cnf.satisfiable();
        SearchResult decision = InversionSearch.search(problem, SearchOptions.decide(0));
        check(decision.found() == satisfiable, cnf + ": brute-force SAT says " + satisfiable + " but the search found " + decision.candidates());
        if (decision.found()) {
            check(cnf.unsatisfied(decision.best().orElseThrow().latent()) == 0, "the witness does not satisfy " + cnf);
        }
        if (!norm.isInfinite() && n <= 10) {
            // ‖G(z)‖_p^p counts the unsatisfied clauses of a binary z, so the optimum is MAX-SAT.
            double best = InversionSearch.search(problem, SearchOptions.optimize(1)).best().orElseThrow().objective();
            long unsatisfied = Math.round(Math.pow(best, norm.p()));
            check(unsatisfied == cnf.minUnsatisfied(), cnf + ": optimum^p = " + unsatisfied + " but min unsatisfied = " + cnf.minUnsatisfied());
        }
    }

    private void assignmentsMapToZero(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(9);
        Cnf cnf = Cnf.randomKSat(n, 1 + random.nextInt(5 * n), Math.min(n, 1 + random.nextInt(3)), random);
        ReluNetwork network = Reductions.satNetwork(cnf, 1f);
        int[] z = new int[n];
        for (long mask = 0; mask < 1L << n; mask++) {
            for (int v = 0; v < n; v++) {
                z[v] = (int) (mask >>> v) & 1;
            }
            double norm = Norm.L1.distance(network.evaluate(z), new float[network.outputDimension()]);
            check((norm == 0) == (cnf.unsatisfied(z) == 0), cnf + " at " + Arrays.toString(z) + ": ‖G(z)‖₁ = " + norm);
        }
    }

    private void robustWrapper(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(8);
        Cnf cnf = Cnf.randomKSat(n, 1 + random.nextInt(4 * n), 3 <= n ? 3 : n, random);
        float lambda = Reductions.robustLambda(cnf);
        ReluNetwork network = Reductions.satNetwork(cnf, lambda);
        Norm norm = RandomModels.norm(random);
        float[] zero = new float[network.outputDimension()];
        for (int t = 0; t < 50; t++) {
            double[] z = new double[n];
            int[] rounded = new int[n];
            double noise = random.nextDouble(0, 0.6);
            for (int v = 0; v < n; v++) {
                int bit = random.nextInt(2);
                z[v] = bit + random.nextDouble(-noise, noise);
                rounded[v] = (int) Math.round(z[v]);
            }
            double objective = norm.distance(network.evaluate(z), zero);
            if (objective <= 1) {
                check(cnf.unsatisfied(rounded) == 0 && Arrays.stream(rounded).allMatch(b -> b == 0 || b == 1),
                        cnf + ": ‖G(z)‖ = " + objective + " <= 1 at " + Arrays.toString(z) + " but round(z) is not a model");
            }
        }
    }

    private void cvpIffSatisfiable(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3 + random.nextInt(3);
        int p = new int[] {1, 3, 5}[random.nextInt(3)];
        int m = n + random.nextInt((int) Math.round(THRESHOLD_RATIO * n) - n + 1);
        Cnf cnf = Cnf.randomKSat(n, m, 3, random);
        Reductions.CvpInstance cvp = Reductions.satToCvp(cnf, p);
        InversionProblem problem = new InversionProblem(cvp.network(), cvp.target(), LatentBox.uniform(n, -2, 3), Norm.of(p));
        // The weights α^{1/p} are rounded to float; the gap between the cases is at least 1 in the p-th power.
        SearchResult result = InversionSearch.search(problem, SearchOptions.decide(cvp.radius() * (1 + 1e-6)));
        check(result.found() == cnf.satisfiable(), cnf + " p=" + p + ": SAT " + cnf.satisfiable() + " but CVP search " + result.candidates());
        result.best().ifPresent(c -> check(cnf.unsatisfied(c.latent()) == 0 && Arrays.stream(c.latent()).allMatch(b -> b == 0 || b == 1),
                "CVP witness " + c + " is not a satisfying binary assignment"));
    }

    private void isolatingGadgets(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] pairs = {{1, 2}, {1, 3}, {1, 4}, {1, 5}, {2, 2}, {4, 2}, {3, 2}, {3, 3}, {5, 3}};
        int[] pair = pairs[random.nextInt(pairs.length)];
        int p = pair[0];
        int k = pair[1];
        Reductions.GadgetRow[] rows = Reductions.isolatingGadget(p, k);
        for (int mask = 0; mask < 1 << k; mask++) {
            double f = 0;
            for (Reductions.GadgetRow row : rows) {
                double dot = -row.c();
                for (int i = 0; i < k; i++) {
                    dot += row.w()[i] * ((mask >>> i) & 1);
                }
                f += row.alpha() * Math.pow(Math.abs(dot), p);
            }
            if (mask == 0) {
                check(f > 1, "p=" + p + ", k=" + k + ": f(0) = " + f + " must exceed 1");
            } else {
                check(Math.abs(f - 1) <= 1e-12, "p=" + p + ", k=" + k + ", y=" + Integer.toBinaryString(mask) + ": f(y) = " + f);
            }
        }
    }

    private void vertexCover(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Reductions.Graph graph = Reductions.Graph.random(2 + random.nextInt(8), random.nextDouble(0.2, 0.8), random);
        int p = random.nextBoolean() ? 2 : 4;
        ReluNetwork network = Reductions.vertexCoverNetwork(graph);
        InversionProblem problem = new InversionProblem(network, new float[network.outputDimension()],
                LatentBox.binary(graph.vertices()), Norm.of(p));
        int cover = graph.minVertexCover();
        double best = InversionSearch.search(problem, SearchOptions.optimize(1)).best().orElseThrow().objective();
        check(Math.round(Math.pow(best, p)) == cover, "p=" + p + ": optimum^p = " + Math.pow(best, p) + " but min cover = " + cover);
        check(InversionSearch.search(problem, SearchOptions.decide(Math.pow(cover, 1.0 / p) * (1 + 1e-9))).found(),
                "no z within the radius of a cover of size " + cover);
        if (cover > 0) {
            check(!InversionSearch.search(problem, SearchOptions.decide(Math.pow(cover - 1, 1.0 / p))).found(),
                    "a z within the radius of a cover of size " + (cover - 1) + " but the min cover is " + cover);
        }
    }

    private void halfClique(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Reductions.Graph graph = Reductions.Graph.random(2 * (1 + random.nextInt(4)), random.nextDouble(0.3, 0.9), random);
        int p = random.nextBoolean() ? 2 : 4;
        ReluNetwork network = Reductions.halfCliqueNetwork(graph);
        InversionProblem problem = new InversionProblem(network, new float[network.outputDimension()],
                LatentBox.binary(graph.vertices()), Norm.of(p));
        boolean found = InversionSearch.search(problem, SearchOptions.decide(0.5)).found();
        check(found == graph.hasHalfClique(), "brute force says " + graph.hasHalfClique() + " but the search says " + found);
    }

    private void modelRoundTrip(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ReluNetwork network = RandomModels.network(random, random.nextInt(6));
        try {
            StringWriter out = new StringWriter();
            ModelFiles.writeNetwork(network, out);
            ReluNetwork back = ModelFiles.parseNetwork(out.toString(), "round trip");
            check(back.layerCount() == network.layerCount(), "layer count changed");
            for (int l = 0; l < network.layerCount(); l++) {
                check(Arrays.equals(back.layer(l).weights(), network.layer(l).weights()), "weights of layer " + l + " changed");
                check(Arrays.equals(back.layer(l).biases(), network.layer(l).biases()), "biases of layer " + l + " changed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void heuristicBounded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InversionProblem problem = RandomModels.problem(random);
        double optimum = InversionSearch.search(problem, SearchOptions.optimize(1)).best().orElseThrow().objective();
        GradientInversion.Result heuristic = GradientInversion.run(problem, 3, 30, optimum, seed);
        check(heuristic.bestObjective() >= optimum, "heuristic " + heuristic + " beat the exhaustive optimum " + optimum);
        check(heuristic.successRate() >= 0 && heuristic.successRate() <= 1, "success rate " + heuristic.successRate());
        check(heuristic.bestObjective() == problem.objective(heuristic.bestLatent()), "reported objective is not the latent's");
    }

    /**
     * Returns a dense network with one hidden layer, which the search runs on its batched path (32
     * candidates per batch, 16 outputs per tile): up to 40 outputs (one to three tiles, the last one
     * partial), and a NaN first-layer weight now and then.
     */
    private static InversionProblem batchedProblem(SplittableRandom random) {
        int n = random.nextInt(10);
        int width = 1 + random.nextInt(40);
        int outputs = 1 + random.nextInt(40);
        float[] w1 = uniform(random, width * n);
        float[] w2 = uniform(random, outputs * width);
        if (n > 0 && random.nextInt(8) == 0) {
            w1[random.nextInt(w1.length)] = Float.NaN;
        }
        ReluNetwork network = ReluNetwork.of(new Layer(width, n, w1, uniform(random, width)),
                new Layer(outputs, width, w2, uniform(random, outputs)));
        float[] target = new float[outputs];
        for (int i = 0; i < outputs; i++) {
            target[i] = (float) random.nextDouble(-1, 1);
        }
        return new InversionProblem(network, target, LatentBox.binary(n), RandomModels.norm(random));
    }

    private static float[] uniform(SplittableRandom random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextDouble(-1, 1);
        }
        return values;
    }

    /** Returns a range length near a multiple of the batch size (or random), at most size. */
    private static long rangeLength(SplittableRandom random, long size) {
        long[] lengths = {1, 2, 31, 32, 33, 63, 64, 65, 95, 97, 1 + random.nextLong(size)};
        return Math.min(size, lengths[random.nextInt(lengths.length)]);
    }

    private static SearchOptions batchedOptions(SplittableRandom random, SearchOptions base) {
        SearchKernels kernels = Providers.simdLoadable() && random.nextBoolean()
                ? InversionSearch.simdKernels() : InversionSearch.scalarKernels();
        Evaluation evaluation = random.nextBoolean() ? Evaluation.INCREMENTAL_ABANDON : Evaluation.INCREMENTAL;
        return base.withEvaluation(evaluation).withPropagation(Propagation.DENSE).withKernels(kernels);
    }

    /** Brute force over the indices start ≤ i < end: the reference result of a range search. */
    private static List<Candidate> bruteForceRange(InversionProblem problem, SearchOptions options, long start, long end) {
        List<Candidate> all = new ArrayList<>();
        for (long index = start; index < end; index++) {
            int[] z = problem.box().latent(index);
            double objective = problem.objective(z);
            if (Double.isNaN(objective)) {
                continue;
            }
            if (options.isDecision()) {
                if (objective <= options.radius()) {
                    return List.of(new Candidate(index, z, objective));
                }
            } else {
                all.add(new Candidate(index, z, objective));
            }
        }
        all.sort(Candidate.RANKING);
        return all.subList(0, Math.min(options.topK(), all.size()));
    }

    private static SearchOptions optimizeOrDecide(SplittableRandom random, InversionProblem problem) {
        if (random.nextBoolean()) {
            return SearchOptions.optimize(1 + random.nextInt(4));
        }
        // A radius at a random candidate's objective, so that a witness usually exists; a NaN objective
        // gives radius 0.
        double objective = problem.objective(problem.box().latent(random.nextLong(problem.box().size())));
        return SearchOptions.decide(Double.isNaN(objective) ? 0 : objective * (random.nextBoolean() ? 1 : 1.001));
    }

    private void batchedRangeEqualsBruteForce(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InversionProblem problem = batchedProblem(random);
        long size = problem.box().size();
        long length = rangeLength(random, size);
        long start = random.nextLong(size - length + 1);
        SearchOptions options = batchedOptions(random, optimizeOrDecide(random, problem));
        List<Candidate> expected = bruteForceRange(problem, options, start, start + length);
        SearchResult actual = InversionSearch.searchRange(problem, options, start, start + length);
        check(actual.candidates().equals(expected), problem + " " + options.evaluation() + " range [" + start + ", "
                + (start + length) + "): search " + actual.candidates() + " but brute force " + expected);
    }

    /**
     * Searches one problem several times with settings drawn anew each time, so that a search meets the plan
     * that the previous search left in the problem, built for the same or for other settings.
     */
    private void repeatedSearches(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InversionProblem problem = random.nextBoolean() ? batchedProblem(random) : RandomModels.problem(random);
        for (int search = 0; search < 4; search++) {
            SearchOptions base = optimizeOrDecide(random, problem);
            SearchOptions options = random.nextBoolean() ? batchedOptions(random, base) : randomOptions(random, base);
            SearchResult expected = InversionSearch.bruteForce(problem, options);
            SearchResult actual = InversionSearch.search(problem, options);
            check(actual.candidates().equals(expected.candidates()), problem + " search " + search + " with "
                    + options.evaluation() + "/" + options.propagation() + ": " + actual.candidates() + " but brute force "
                    + expected.candidates());
        }
    }

    private void batchedPartitionsAgree(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InversionProblem problem = batchedProblem(random);
        long size = problem.box().size();
        long length = rangeLength(random, size);
        long start = random.nextLong(size - length + 1);
        SearchOptions options = batchedOptions(random, optimizeOrDecide(random, problem));
        SearchResult whole = InversionSearch.searchRange(problem, options.withPartitions(1), start, start + length);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int partitions = 2 + random.nextInt(9);
            SearchResult parallel = InversionSearch.searchRange(problem, options.withPartitions(partitions), start,
                    start + length, pool);
            check(parallel.candidates().equals(whole.candidates()), problem + " range [" + start + ", " + (start + length)
                    + ") in " + partitions + " partitions: " + parallel.candidates() + " but one range " + whole.candidates());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Checks that each output of a tile is within γ_{cols+1}·(Σ_k |h_k·w_k| + |bias|) of the exact sum for
     * both kernel sets (an FMA chain of cols terms plus the bias, with γ_t = t·u/(1 − t·u) and u = 2⁻²⁴),
     * and that NaN in a candidate's activations makes its whole tile NaN.
     */
    /**
     * Checks {@link SearchKernels#stepsRelu} against a plain loop of fused multiply-adds: each element takes
     * the same roundings in the same order, so the results are bit-identical. Widths up to 300 reach the
     * blocks of eight and four vectors at every species width.
     */
    private void stepsReluExact(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(301);
        int columns = 1 + random.nextInt(24);
        int count = random.nextInt(33);
        int from = random.nextInt(2);
        float[] x = uniform(random, columns * n);
        float[] start = uniform(random, n);
        if (n > 0 && random.nextInt(8) == 0) {
            x[random.nextInt(x.length)] = Float.NaN;
        }
        int[] coordinates = new int[count];
        int[] deltas = new int[count];
        for (int s = 0; s < count; s++) {
            coordinates[s] = random.nextInt(columns);
            deltas[s] = random.nextInt(-2, 3);
        }

        // The reference: one row at a time.
        float[] expectedY = start.clone();
        float[] expected = new float[count * n];
        for (int s = 0; s < count; s++) {
            for (int i = 0; i < n; i++) {
                if (s >= from) {
                    expectedY[i] = Math.fma(deltas[s], x[coordinates[s] * n + i], expectedY[i]);
                }
                expected[s * n + i] = expectedY[i] < 0f ? 0f : expectedY[i];
            }
        }

        List<SearchKernels> kernelSets = new ArrayList<>(List.of(InversionSearch.scalarKernels()));
        if (Providers.simdLoadable()) {
            kernelSets.add(InversionSearch.simdKernels());
        }
        for (SearchKernels kernels : kernelSets) {
            float[] y = start.clone();
            float[] dst = new float[count * n];
            kernels.stepsRelu(y, x, coordinates, deltas, from, count, dst, n);
            String where = kernels.getClass().getSimpleName() + " n=" + n + " count=" + count + " from=" + from;
            for (int i = 0; i < n; i++) {
                check(Float.compare(y[i], expectedY[i]) == 0, where + ": y[" + i + "] = " + y[i] + " but expected " + expectedY[i]);
            }
            for (int k = 0; k < dst.length; k++) {
                check(Float.compare(dst[k], expected[k]) == 0, where + ": dst[" + k + "] = " + dst[k] + " but expected " + expected[k]);
            }
        }
    }

    private void outputTileBound(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int tile = 16;
        int cols = random.nextInt(70);
        int rows = 1 + random.nextInt(20);
        int count = random.nextInt(rows + 1);
        float[] h = uniform(random, rows * cols);
        float[] panel = uniform(random, tile * cols);
        float[] bias = uniform(random, tile);
        int[] candidates = new int[count];
        for (int i = 0; i < count; i++) {
            candidates[i] = random.nextInt(rows);
        }
        int poisoned = cols > 0 && random.nextInt(4) == 0 ? random.nextInt(rows) : -1;
        if (poisoned >= 0) {
            h[poisoned * cols + random.nextInt(cols)] = Float.NaN;
        }

        List<SearchKernels> kernelSets = new ArrayList<>(List.of(InversionSearch.scalarKernels()));
        if (Providers.simdLoadable()) {
            kernelSets.add(InversionSearch.simdKernels());
        }
        double u = 0x1p-24;
        double gamma = (cols + 1) * u / (1 - (cols + 1) * u);
        for (SearchKernels kernels : kernelSets) {
            float[] y = new float[count * tile];
            kernels.outputTile(h, cols, candidates, count, panel, tile, bias, 0, y);
            for (int i = 0; i < count; i++) {
                for (int r = 0; r < tile; r++) {
                    double exact = bias[r];
                    double magnitude = Math.abs(bias[r]);
                    for (int k = 0; k < cols; k++) {
                        double term = (double) h[candidates[i] * cols + k] * panel[k * tile + r];
                        exact += term;
                        magnitude += Math.abs(term);
                    }
                    float got = y[i * tile + r];
                    String where = kernels.getClass().getSimpleName() + " cols=" + cols + " candidate " + candidates[i]
                            + " output " + r;
                    if (candidates[i] == poisoned) {
                        check(Float.isNaN(got), where + ": " + got + " from a NaN activation");
                    } else {
                        check(Math.abs(got - exact) <= gamma * magnitude, where + ": " + got + " but exact " + exact);
                    }
                }
            }
        }
    }

    /**
     * Checks that the reference forward pass gives the same doubles as the plain definition: each row
     * summed in column order over its nonzero weights, plus the bias, ReLU on hidden layers. Widths up to 13 cover
     * the four-row blocks and their remainder, sparse layers take the nonzero-list path, and infinite
     * latents check that a zero weight still contributes nothing.
     */
    private void forwardPassEqualsPlainLoop(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(8);
        double zeroFraction = random.nextDouble();
        List<Layer> layers = new ArrayList<>();
        int cols = n;
        for (int l = 1 + random.nextInt(3); l > 0; l--) {
            int rows = 1 + random.nextInt(13);
            float[] w = uniform(random, rows * cols);
            for (int i = 0; i < w.length; i++) {
                w[i] = random.nextDouble() < zeroFraction ? 0f : w[i];
            }
            layers.add(new Layer(rows, cols, w, uniform(random, rows)));
            cols = rows;
        }
        ReluNetwork network = ReluNetwork.of(layers);
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                z[j] = Double.POSITIVE_INFINITY;
            } else if (kind == 1) {
                z[j] = Double.NEGATIVE_INFINITY;
            } else {
                z[j] = random.nextDouble(-3, 3);
            }
        }

        double[] x = z;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            double[] y = new double[layer.rows()];
            for (int i = 0; i < layer.rows(); i++) {
                double sum = 0;
                for (int j = 0; j < layer.cols(); j++) {
                    float w = layer.weight(i, j);
                    if (w != 0f) {
                        sum += w * x[j];
                    }
                }
                sum += layer.bias(i);
                y[i] = l < layers.size() - 1 && sum < 0 ? 0 : sum;
            }
            x = y;
        }
        double[] actual = network.evaluate(z);
        for (int i = 0; i < x.length; i++) {
            check(Double.compare(actual[i], x[i]) == 0, "output " + i + " of " + Arrays.toString(z) + ": evaluate "
                    + actual[i] + " but the plain loop " + x[i]);
        }
    }
}
