package dev.lanekit.proofs.inversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.inversion.CancellationToken;
import dev.lanekit.inversion.Candidate;
import dev.lanekit.inversion.Layer;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchProgress;
import dev.lanekit.inversion.SearchResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SearchBehaviourTest {

    @Test
    void nanObjectiveNeverWins() {
        // G(z) = ∞·ReLU(z − ½): NaN at z = 0 (∞·0), +∞ at z = 1. NaN ranks nowhere, not even behind +∞.
        ReluNetwork network = ReluNetwork.of(new Layer(1, 1, new float[] {1}, new float[] {-0.5f}),
                new Layer(1, 1, new float[] {Float.POSITIVE_INFINITY}, new float[1]));
        InversionProblem problem = new InversionProblem(network, new float[1], LatentBox.binary(1), Norm.L2);
        SearchResult result = InversionSearch.search(problem, SearchOptions.optimize(2));
        assertEquals(1, result.candidates().size());
        assertEquals(1, result.best().orElseThrow().index());
        assertEquals(Double.POSITIVE_INFINITY, result.best().orElseThrow().objective());
        assertFalse(InversionSearch.search(problem, SearchOptions.decide(1e300)).found());
    }

    @Test
    void nanTargetGivesNoCandidate() {
        ReluNetwork network = ReluNetwork.linear(new float[2], new float[] {1, 1}, 1);
        InversionProblem problem = new InversionProblem(network, new float[] {0, Float.NaN}, LatentBox.binary(1), Norm.L1);
        assertTrue(InversionSearch.search(problem, SearchOptions.optimize(2)).candidates().isEmpty());
    }

    @Test
    void tiesGoToSmallestIndex() {
        // G(z) = z₀ + z₁ + z₂ with target 1: three candidates reach 0; the first in Gray order wins.
        ReluNetwork network = ReluNetwork.linear(new float[1], new float[] {1, 1, 1}, 3);
        InversionProblem problem = new InversionProblem(network, new float[] {1}, LatentBox.binary(3), Norm.L1);
        List<Candidate> top = InversionSearch.search(problem, SearchOptions.optimize(3).withPartitions(3)).candidates();
        assertEquals(List.of(1L, 3L, 7L), top.stream().map(Candidate::index).toList());
    }

    @Test
    void decisionReturnsFirstWitness() {
        ReluNetwork network = ReluNetwork.linear(new float[1], new float[] {1, 1, 1}, 3);
        InversionProblem problem = new InversionProblem(network, new float[] {2}, LatentBox.binary(3), Norm.INF);
        SearchResult result = InversionSearch.search(problem, SearchOptions.decide(0).withPartitions(4));
        assertTrue(result.found());
        assertEquals(2, result.best().orElseThrow().index());
        assertFalse(InversionSearch.search(problem, SearchOptions.decide(0.5).withPartitions(4)).candidates().isEmpty());
        assertFalse(InversionSearch.search(
                new InversionProblem(network, new float[] {4}, LatentBox.binary(3), Norm.INF), SearchOptions.decide(0.5)).found());
    }

    @Test
    void overflowSafeDistanceInsideSearch() {
        // ‖[1e20, 1e20]‖₁₇ = 2^{1/17}·1e20 ≈ 1.0416160e20: the 17th powers overflow a double.
        ReluNetwork network = ReluNetwork.linear(new float[] {1e20f, 1e20f}, new float[] {1, 1}, 1);
        InversionProblem problem = new InversionProblem(network, new float[2], LatentBox.uniform(1, 0, 0), Norm.of(17));
        double objective = InversionSearch.search(problem, SearchOptions.optimize(1)).best().orElseThrow().objective();
        assertEquals(1.0416160e20, objective, 1e-6 * 1.0416160e20);
        assertEquals(Math.sqrt(2) * 3e20, Norm.L2.distance(new double[] {3e20, 3e20}, new float[2]), 1e6);
        assertEquals(5e-30, Norm.L2.distance(new double[] {3e-30, 4e-30}, new float[2]), 1e-44);
        assertEquals(Double.POSITIVE_INFINITY, Norm.L2.distance(new double[] {Double.POSITIVE_INFINITY, 1}, new float[2]));
        assertTrue(Double.isNaN(Norm.L2.distance(new double[] {Double.NaN, 1}, new float[2])));
        assertEquals(0.0, Norm.of(3).distance(new double[0], new float[0]));
    }

    @Test
    void invalidNormOrdersRejected() {
        assertThrows(IllegalArgumentException.class, () -> Norm.of(0));
        assertThrows(IllegalArgumentException.class, () -> Norm.of(0.5));
        assertThrows(IllegalArgumentException.class, () -> Norm.of(Double.NaN));
        assertEquals(Norm.INF, Norm.parse("inf"));
        assertEquals(3.5, Norm.parse("3.5").p());
    }

    @Test
    void cancellationStopsSearch() {
        ReluNetwork network = ReluNetwork.of(new Layer(8, 40, new float[320], new float[8]),
                new Layer(1, 8, new float[8], new float[1]));
        InversionProblem problem = new InversionProblem(network, new float[] {1}, LatentBox.binary(40), Norm.L1);
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(CancellationException.class,
                () -> InversionSearch.search(problem, SearchOptions.optimize(1).withCancellation(token)));
    }

    @Test
    void progressReportsReachTotal() {
        ReluNetwork network = ReluNetwork.linear(new float[4], new float[4 * 16], 16);
        InversionProblem problem = new InversionProblem(network, new float[] {1, 2, 3, 4}, LatentBox.binary(16), Norm.L2);
        List<SearchProgress> reports = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            InversionSearch.search(problem, SearchOptions.optimize(1).withProgress(reports::add, Duration.ofMillis(1)), pool);
        } finally {
            pool.shutdownNow();
        }
        SearchProgress last = reports.getLast();
        assertEquals(1L << 16, last.total());
        assertEquals(1L << 16, last.searched());
        assertEquals(1.0, last.fraction());
        assertTrue(last.candidatesPerSecond() > 0);
    }

    @Test
    void mergeRejectsDifferentSearches() {
        SearchResult optimize = SearchResult.empty(SearchOptions.optimize(1));
        SearchResult decide = SearchResult.empty(SearchOptions.decide(1));
        assertThrows(IllegalArgumentException.class, () -> optimize.merge(decide));
    }
}
