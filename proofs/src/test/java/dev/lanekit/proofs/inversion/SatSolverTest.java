package dev.lanekit.proofs.inversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The search's SAT verdict against CryptoMiniSat on random 3-SAT near the threshold m ≈ 4.26·n. Without
 * {@code cryptominisat5} on the PATH the test is skipped, unless {@code -Dlanekit.requireSat=true}
 * (set by CI) makes that a failure.
 */
class SatSolverTest {

    @Test
    void searchAgreesWithCryptoMiniSat() throws IOException {
        Optional<Path> solver = SatSolver.find();
        if (solver.isEmpty()) {
            String message = "cryptominisat5 is not on the PATH; install the Debian package cryptominisat";
            if (Boolean.getBoolean(SatSolver.REQUIRE_PROPERTY)) {
                throw new AssertionError(message + " (-D" + SatSolver.REQUIRE_PROPERTY + "=true)");
            }
            System.out.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        SplittableRandom random = new SplittableRandom(426);
        int satisfiable = 0;
        int formulas = 24;
        for (int t = 0; t < formulas; t++) {
            int n = 6 + random.nextInt(9);
            Cnf cnf = Cnf.randomKSat(n, (int) Math.round(InversionProperties.THRESHOLD_RATIO * n), 3, random);
            boolean expected = SatSolver.satisfiable(solver.get(), cnf);
            InversionProblem problem = Reductions.satProblem(cnf, Norm.L2);
            SearchResult result = InversionSearch.search(problem, SearchOptions.decide(0));
            assertEquals(expected, result.found(), "cryptominisat5 and the search disagree on " + cnf);
            if (expected) {
                satisfiable++;
                assertEquals(0, cnf.unsatisfied(result.best().orElseThrow().latent()), "witness of " + cnf);
            }
        }
        // Near the threshold both verdicts occur; a run with only one kind would test half the claim.
        assertTrue(satisfiable > 0, "none of " + formulas + " formulas was satisfiable");
        assertTrue(satisfiable < formulas, "all " + formulas + " formulas were satisfiable");
    }
}
