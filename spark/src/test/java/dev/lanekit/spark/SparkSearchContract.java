package dev.lanekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

import dev.lanekit.inversion.Candidate;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import dev.lanekit.spark.BruteForceInversion.Ranking;

/**
 * The checks every Spark master must pass: the search on Spark returns exactly the single-machine
 * result, whatever the range length and the number of tasks per job. The first tests run the
 * Spark plumbing with a brute-force search; the inversion tests compare
 * {@link SparkInversion} with {@link InversionSearch#search(InversionProblem, SearchOptions)}.
 */
abstract class SparkSearchContract {

    /** Returns the shared context of the subclass's master. */
    abstract JavaSparkContext context();

    /** Range lengths to cut the index space with: single candidates up to one range for all. */
    abstract long[] rangeLengths(long size);

    private void assertSameAsSingleMachine(BruteForceInversion search, int rangesPerJob) throws Exception {
        Ranking expected = search.search(0, search.size(), RangeMonitor.NONE);
        for (long rangeLength : rangeLengths(search.size())) {
            IndexRanges ranges = new IndexRanges(search.size(), rangeLength);
            SparkSearchResult<Ranking> got =
                    SparkSearch.on(context()).withRangesPerJob(rangesPerJob).run(search, ranges);
            assertEquals(expected, got.result(), "range length " + rangeLength);
            if (!expected.witness()) {
                assertEquals(search.size(), got.candidates(), "candidates searched, range length " + rangeLength);
                assertEquals(ranges.count(), got.rangesMerged(), "ranges merged, range length " + rangeLength);
            }
        }
    }

    @Test
    void reluTopKEqualsSingleMachine() throws Exception {
        BruteForceInversion search = BruteForceInversion.randomRelu(11, 10, new int[] {16, 12}, 6, 2, 5);
        for (double p : new double[] {1, 2, Double.POSITIVE_INFINITY}) {
            assertSameAsSingleMachine(search.withP(p), SparkSearch.DEFAULT_RANGES_PER_JOB);
        }
    }

    @Test
    void exactTiesGoToSmallestIndex() throws Exception {
        // Coordinates 0 and 3 have zero weights, so every distance occurs at least four times.
        BruteForceInversion search = BruteForceInversion.randomRelu(12, 9, new int[] {8}, 4, 1, 8, 0, 3);
        Ranking expected = search.search(0, search.size(), RangeMonitor.NONE);
        assertEquals(expected.hits().get(0).distance(), expected.hits().get(3).distance(), "tie exists");
        assertSameAsSingleMachine(search, SparkSearch.DEFAULT_RANGES_PER_JOB);
    }

    @Test
    void manySmallJobsEqualOneJob() throws Exception {
        BruteForceInversion search = BruteForceInversion.randomRelu(13, 9, new int[] {12}, 5, 2, 4);
        assertSameAsSingleMachine(search, 3);
    }

    @Test
    void decisionFindsFirstWitness() throws Exception {
        BruteForceInversion optimization = BruteForceInversion.randomRelu(14, 10, new int[] {16}, 6, 2, 50);
        Ranking ranked = optimization.search(0, optimization.size(), RangeMonitor.NONE);
        // Radius at the 50th best distance: many witnesses, and the first in index order is not the best.
        BruteForceInversion decision = optimization.withRadius(ranked.hits().get(49).distance());
        Ranking expected = decision.search(0, decision.size(), RangeMonitor.NONE);
        assertTrue(expected.witness(), "witness exists");
        assertSameAsSingleMachine(decision, SparkSearch.DEFAULT_RANGES_PER_JOB);
        assertSameAsSingleMachine(decision, 2);
    }

    @Test
    void decisionStopsAfterWitness() throws Exception {
        BruteForceInversion optimization = BruteForceInversion.randomRelu(15, 12, new int[] {16}, 6, 1, 1);
        long size = optimization.size();
        // Every candidate is a witness, so range 0 settles the search.
        BruteForceInversion decision = optimization.withRadius(Double.MAX_VALUE);
        IndexRanges ranges = new IndexRanges(size, size / 64);
        SparkSearchResult<Ranking> got = SparkSearch.on(context()).withRangesPerJob(2).run(decision, ranges);
        assertTrue(got.settled(), "settled");
        assertEquals(0, got.result().hits().get(0).index(), "witness index");
        assertEquals(1, got.rangesMerged(), "ranges merged");
        assertTrue(got.tasks() <= 2, "tasks run: " + got.tasks() + " of " + ranges.count());
    }

    @Test
    void decisionWithoutWitnessSearchesAll() throws Exception {
        BruteForceInversion optimization = BruteForceInversion.randomRelu(16, 10, new int[] {16}, 6, 2, 1);
        double best = optimization.search(0, optimization.size(), RangeMonitor.NONE).hits().get(0).distance();
        BruteForceInversion decision = optimization.withRadius(Math.nextDown(best));
        SparkSearchResult<Ranking> got = SparkSearch.on(context())
                .run(decision, new IndexRanges(decision.size(), 100));
        assertFalse(got.settled(), "settled");
        assertFalse(got.result().witness(), "witness");
        assertEquals(decision.size(), got.candidates(), "candidates searched");
    }

    @Test
    void ksatEqualsSingleMachine() throws Exception {
        int n = 12;
        int m = (int) Math.round(4.26 * n);
        int satisfiable = 0;
        for (long seed = 1; seed <= 4; seed++) {
            BruteForceInversion optimization =
                    BruteForceInversion.ksat(BruteForceInversion.randomFormula(seed, n, m, 3), n, 1, 3);
            BruteForceInversion decision = optimization.withRadius(0);
            if (decision.search(0, decision.size(), RangeMonitor.NONE).witness()) {
                satisfiable++;
            }
            assertSameAsSingleMachine(optimization, SparkSearch.DEFAULT_RANGES_PER_JOB);
            assertSameAsSingleMachine(decision, SparkSearch.DEFAULT_RANGES_PER_JOB);
        }
        assertTrue(satisfiable > 0, "some formula satisfiable");
        assertTrue(satisfiable < 4, "some formula unsatisfiable");
    }

    @Test
    void progressReachesTotal() throws Exception {
        BruteForceInversion search = BruteForceInversion.randomRelu(17, 10, new int[] {8}, 4, 2, 1);
        List<long[]> updates = new ArrayList<>();
        SparkSearch.on(context())
                .withProgress(progress -> updates.add(new long[] {progress.searched(), progress.total()}),
                        java.time.Duration.ofMillis(100))
                .run(search, new IndexRanges(search.size(), 64));
        long[] last = updates.get(updates.size() - 1);
        assertEquals(search.size(), last[0], "candidates done");
        assertEquals(search.size(), last[1], "candidates total");
    }

    private void assertSameAsInversionSearch(InversionProblem problem, SearchOptions options) throws Exception {
        SearchResult expected = InversionSearch.search(problem, options);
        long size = problem.box().size();
        for (long rangeLength : rangeLengths(size)) {
            SearchResult got = SparkInversion.search(context(), problem, options, rangeLength).result();
            assertEquals(expected.isDecision(), got.isDecision(), "decision, range length " + rangeLength);
            assertEquals(expected.candidates(), got.candidates(), "candidates, range length " + rangeLength);
            for (Candidate candidate : got.candidates()) {
                assertEquals(problem.objective(candidate.latent()), candidate.objective(),
                        "objective recomputed from scratch, index " + candidate.index());
            }
        }
    }

    @Test
    void inversionReluEqualsSingleMachine() throws Exception {
        LatentBox box = LatentBox.binary(10);
        for (Norm norm : new Norm[] {Norm.L1, Norm.L2, Norm.INF}) {
            InversionProblem problem = InversionProblems.randomRelu(21, box, new int[] {24, 12}, 8, norm, false);
            assertSameAsInversionSearch(problem, SearchOptions.optimize(5));
        }
    }

    @Test
    void inversionTiesEqualSingleMachine() throws Exception {
        InversionProblem problem =
                InversionProblems.randomRelu(22, LatentBox.binary(10), new int[] {6}, 3, Norm.L1, true);
        SearchResult expected = InversionSearch.search(problem, SearchOptions.optimize(6));
        assertEquals(expected.candidates().get(0).objective(), expected.candidates().get(1).objective(),
                "tie exists");
        assertSameAsInversionSearch(problem, SearchOptions.optimize(6));
    }

    @Test
    void inversionIntegerBoxEqualsSingleMachine() throws Exception {
        LatentBox box = LatentBox.uniform(6, -1, 2);
        InversionProblem problem = InversionProblems.randomRelu(23, box, new int[] {16}, 6, Norm.L2, false);
        assertSameAsInversionSearch(problem, SearchOptions.optimize(4));
    }

    @Test
    void inversionDecisionEqualsSingleMachine() throws Exception {
        InversionProblem problem =
                InversionProblems.randomRelu(24, LatentBox.binary(11), new int[] {24}, 8, Norm.L2, false);
        double radius = InversionSearch.search(problem, SearchOptions.optimize(40)).candidates().get(39).objective();
        assertSameAsInversionSearch(problem, SearchOptions.decide(radius));
        double belowBest = Math.nextDown(InversionSearch.search(problem, SearchOptions.optimize(1))
                .candidates().get(0).objective());
        assertSameAsInversionSearch(problem, SearchOptions.decide(belowBest));
    }

    @Test
    void inversionKsatEqualsSingleMachine() throws Exception {
        int satisfiable = 0;
        for (long seed = 1; seed <= 4; seed++) {
            InversionProblem problem = InversionProblems.ksat(seed, 12, Norm.L1);
            if (InversionSearch.search(problem, SearchOptions.decide(0)).found()) {
                satisfiable++;
            }
            assertSameAsInversionSearch(problem, SearchOptions.decide(0));
            assertSameAsInversionSearch(problem, SearchOptions.optimize(3));
        }
        assertTrue(satisfiable > 0, "some formula satisfiable");
        assertTrue(satisfiable < 4, "some formula unsatisfiable");
    }

    @Test
    void inversionDecisionStopsEarly() throws Exception {
        InversionProblem problem =
                InversionProblems.randomRelu(25, LatentBox.binary(12), new int[] {16}, 4, Norm.L1, false);
        // Every candidate is within this radius, so range 0 settles the search.
        SparkSearchResult<SearchResult> got = SparkInversion.search(context(), problem,
                SearchOptions.decide(Double.MAX_VALUE), problem.box().size() / 256);
        assertTrue(got.settled(), "settled");
        assertEquals(0, got.result().candidates().get(0).index(), "witness index");
        assertTrue(got.tasks() < 256, "tasks run: " + got.tasks() + " of 256");
    }
}
