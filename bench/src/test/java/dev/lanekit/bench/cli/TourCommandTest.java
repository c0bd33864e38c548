package dev.lanekit.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour subcommand, run in process on a few digit images with a short warm-up. */
class TourCommandTest {

    @Test
    void tourRunsEveryCapability() {
        Run run = Run.of("tour", "--tokens", "96", "--repeat", "1", "--warm-up", "0.05", "--dims", "4");
        assertEquals(ExitCodes.OK, run.status(), run.out() + run.err());
        for (String capability : List.of("vector", "blas", "attention", "taylor", "matvec", "inversion", "native",
                "proofs")) {
            assertTrue(run.out().lines().anyMatch(line -> line.startsWith(capability + " ")),
                    "no line for " + capability + " in:\n" + run.out());
        }
        assertTrue(run.out().contains("= brute force"), run.out());
        assertTrue(run.out().contains("not a JMH figure"), run.out());
        assertTrue(run.out().contains("tour: 8 of 8 checks passed"), run.out());
    }

    @Test
    void tourFitsOneScreen() {
        Run run = Run.of("tour", "--tokens", "64", "--repeat", "1", "--warm-up", "0", "--dims", "3");
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.size() <= 25, lines.size() + " lines:\n" + run.out());
        for (String line : lines) {
            assertTrue(line.length() <= TourCommand.WIDTH, line.length() + " columns: " + line);
        }
    }

    @Test
    void onlyRunsNamedCapability() {
        Run run = Run.of("tour", "--only", "vector", "--tokens", "32", "--repeat", "1", "--warm-up", "0");
        assertEquals(ExitCodes.OK, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("tour: 1 of 1 checks passed"), run.out());
        assertTrue(run.out().lines().noneMatch(line -> line.startsWith("blas ")), run.out());
    }

    @Test
    void unknownCapabilityRejected() {
        Run run = Run.of("tour", "--only", "fft");
        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("--only fft is invalid"), run.err());
    }

    @Test
    void tokensOutOfRangeRejected() {
        Run run = Run.of("tour", "--tokens", "0");
        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("--tokens 0 is invalid"), run.err());
    }
}
