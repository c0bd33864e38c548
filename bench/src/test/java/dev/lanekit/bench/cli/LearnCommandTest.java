package dev.lanekit.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.matvec.CsrOperator;
import dev.lanekit.matvec.MatrixMarket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learn subcommand on the digits data and on Matrix Market files. */
class LearnCommandTest {

    @TempDir
    Path directory;

    @Test
    void lowRankOnDigits() {
        Run run = Run.of("learn", "--family", "lowrank", "--input", "digits", "--rank", "5");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("queries = 40 (20 right, 20 left)"), run.out());
        assertTrue(run.out().contains("optimum = "), run.out());
        assertTrue(run.out().contains("time = "), run.out());
    }

    @Test
    void bandedFileRecoveredExactly() throws IOException {
        Path file = directory.resolve("band.mtx");
        float[] dense = new float[36];
        for (int i = 0; i < 6; i++) {
            for (int j = Math.max(0, i - 1); j <= Math.min(5, i + 1); j++) {
                dense[i * 6 + j] = i + 2 * j + 1;
            }
        }
        MatrixMarket.writeCoordinate(file, CsrOperator.fromDense(6, 6, dense), MatrixMarket.Symmetry.GENERAL);
        Run run = Run.of("learn", "--family", "banded", "--input", file.toString(), "--bandwidth", "1");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("queries = 3 (3 right, 0 left)"), run.out());
        assertTrue(run.out().contains("error = 0.00000 "), run.out());
    }

    @Test
    void finiteWithCandidateFile() throws IOException {
        Path target = directory.resolve("a.mtx");
        MatrixMarket.writeArray(target, 2, 2, new float[] {1, 2, 3, 4}, MatrixMarket.Symmetry.GENERAL);
        MatrixMarket.writeArray(directory.resolve("near.mtx"), 2, 2, new float[] {1, 2, 3, 5}, MatrixMarket.Symmetry.GENERAL);
        MatrixMarket.writeArray(directory.resolve("far.mtx"), 2, 2, new float[] {9, 9, 9, 9}, MatrixMarket.Symmetry.GENERAL);
        Path list = directory.resolve("candidates.txt");
        Files.writeString(list, "# candidates\nfar.mtx\nnear.mtx\n");
        Run run = Run.of("learn", "--family", "finite", "--input", target.toString(), "--candidates", list.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("optimum = 1.00000 (member 1"), run.out());
    }

    @Test
    void diagonalOfNonSquareRejected() {
        Run run = Run.of("learn", "--family", "diagonal", "--input", "digits");
        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("square"), run.err());
    }

    @Test
    void missingInputFileRejected() {
        Run run = Run.of("learn", "--family", "lowrank", "--input", directory.resolve("none.mtx").toString());
        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
    }
}
