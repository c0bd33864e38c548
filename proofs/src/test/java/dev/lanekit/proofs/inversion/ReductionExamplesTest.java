package dev.lanekit.proofs.inversion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReductionExamplesTest {

    @Test
    void distanceGadgetIsDistanceToBinary() {
        Cnf empty = new Cnf(1, new int[0][]);
        ReluNetwork network = Reductions.satNetwork(empty, 1f);
        for (int step = -16; step <= 24; step++) {
            double z = step / 8.0;
            double expected = Math.min(Math.abs(z), Math.abs(z - 1));
            assertEquals(expected, network.evaluate(new double[] {z})[0], 0.0, "δ(" + z + ")");
        }
    }

    @Test
    void dimacsReadsCommentsAndSplitClauses() throws IOException {
        String text = """
                c a small formula
                p cnf 3 2
                1 -3
                0 2 3 -1 0
                %
                0
                """;
        Cnf cnf = Dimacs.read(new StringReader(text));
        assertEquals(3, cnf.variables());
        assertArrayEquals(new int[] {1, -3}, cnf.clauses()[0]);
        assertArrayEquals(new int[] {2, 3, -1}, cnf.clauses()[1]);
    }

    @Test
    void dimacsRoundTrip() throws IOException {
        Cnf cnf = new Cnf(4, new int[][] {{1, -2, 3}, {-4}, {2, 4}});
        StringWriter out = new StringWriter();
        Dimacs.write(cnf, out);
        Cnf back = Dimacs.read(new StringReader(out.toString()));
        assertEquals(cnf.variables(), back.variables());
        assertArrayEquals(cnf.clauses(), back.clauses());
    }

    @Test
    void dimacsRejectsBadInput() {
        assertThrows(IOException.class, () -> Dimacs.read(new StringReader("1 2 0\n")));
        assertThrows(IOException.class, () -> Dimacs.read(new StringReader("p cnf 2 1\n1 3 0\n")));
        assertThrows(IOException.class, () -> Dimacs.read(new StringReader("p cnf 2 1\n1 2\n")));
        assertThrows(IOException.class, () -> Dimacs.read(new StringReader("p cnf 2 2\n1 2 0\n")));
    }

    @Test
    void unsatisfiableFormulaHasNoZero() {
        // All four clauses over x1, x2: every assignment falsifies exactly one.
        Cnf cnf = new Cnf(2, new int[][] {{1, 2}, {1, -2}, {-1, 2}, {-1, -2}});
        InversionProblem problem = Reductions.satProblem(cnf, Norm.L2);
        assertFalse(InversionSearch.search(problem, SearchOptions.decide(0)).found());
        SearchResult best = InversionSearch.search(problem, SearchOptions.optimize(4));
        assertEquals(4, best.candidates().size());
        for (var candidate : best.candidates()) {
            assertEquals(1.0, candidate.objective());
        }
    }

    @Test
    void satisfiableFormulaWitness() {
        Cnf cnf = new Cnf(3, new int[][] {{1, 2}, {-1, 3}, {-2, -3}, {-1, -2}});
        InversionProblem problem = Reductions.satProblem(cnf, Norm.L1);
        SearchResult result = InversionSearch.search(problem, SearchOptions.decide(0));
        assertTrue(result.found());
        assertEquals(0, cnf.unsatisfied(result.best().orElseThrow().latent()));
    }

    @Test
    void cvpGadgetWitnessIsExactRadius() {
        Cnf cnf = new Cnf(3, new int[][] {{1, 2, 3}, {-1, 2, -3}});
        for (int p : new int[] {1, 3, 5}) {
            Reductions.CvpInstance cvp = Reductions.satToCvp(cnf, p);
            double at = Norm.of(p).distance(cvp.network().evaluate(new int[] {0, 1, 0}), cvp.target());
            assertEquals(cvp.radius(), at, 1e-5 * cvp.radius(), "p=" + p);
        }
    }

    @Test
    void evenOrderHasNoGadgetForWideClauses() {
        assertThrows(IllegalArgumentException.class, () -> Reductions.isolatingGadget(2, 3));
    }
}
