package dev.lanekit.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing input files, malformed inputs and unwritable outputs, in every subcommand that reads or writes files. */
class InputFileTest {

    @TempDir
    Path dir;

    private void assertMissingFile(String option, Path file, String... args) {
        Run run = Run.of(args);

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains(option + " " + file + ": file not found"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void attentionMissingInput() {
        Path file = dir.resolve("none.txt");
        assertMissingFile("--input", file, "attention", "--input", file.toString());
    }

    @Test
    void invertMissingCnf() {
        Path file = dir.resolve("none.cnf");
        assertMissingFile("--cnf", file, "invert", "--cnf", file.toString());
    }

    @Test
    void invertMissingModel() throws IOException {
        Path model = dir.resolve("none.txt");
        Path target = Files.writeString(dir.resolve("x.txt"), "1 1\n");
        assertMissingFile("--model", model, "invert", "--model", model.toString(), "--target", target.toString());
    }

    @Test
    void invertMissingTarget() throws IOException {
        Path model = Files.writeString(dir.resolve("m.txt"), "latent 2\nlayer 2 linear\n1 0  0 1\n0 0\n");
        Path target = dir.resolve("none.txt");
        assertMissingFile("--target", target, "invert", "--model", model.toString(), "--target", target.toString());
    }

    @Test
    void learnMissingInput() {
        Path file = dir.resolve("none.mtx");
        assertMissingFile("--input", file, "learn", "--family", "lowrank", "--input", file.toString());
    }

    @Test
    void learnMissingCandidates() {
        Path file = dir.resolve("none.txt");
        assertMissingFile("--candidates", file, "learn", "--family", "finite", "--input", "digits",
                "--candidates", file.toString());
    }

    @Test
    void benchMissingInput() {
        Path file = dir.resolve("none.json");
        assertMissingFile("--input", file, "bench", "--input", file.toString());
    }

    @Test
    void folderAsInputRejected() {
        Run run = Run.of("attention", "--input", dir.toString());

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("--input " + dir + ": not a readable file"), run.err());
    }

    @Test
    void missingCandidateMatrixRejected() throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), "absent.mtx\n");
        Run run = Run.of("learn", "--family", "finite", "--input", "digits", "--candidates", list.toString());

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("absent.mtx: file not found"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void cnfSyntaxErrorNamesFile() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.cnf"), "p cnf 2 1\n1 5 0\n");
        Run run = Run.of("invert", "--cnf", file.toString());

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("--cnf " + file + ": line 2"), run.err());
    }

    @Test
    void malformedModelIsUsageError() throws IOException {
        Path model = Files.writeString(dir.resolve("net.txt"), "latent 2\nlayer 1 linear\n1 x 0\n");
        Path target = Files.writeString(dir.resolve("x.txt"), "1\n");
        Run run = Run.of("invert", "--model", model.toString(), "--target", target.toString());

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("--model " + model + ":3:"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void malformedTargetIsUsageError() throws IOException {
        Path model = Files.writeString(dir.resolve("net.txt"), "latent 2\nlayer 1 linear\n1 1 0\n");
        Path target = Files.writeString(dir.resolve("x.txt"), "1e50\n");
        Run run = Run.of("invert", "--model", model.toString(), "--target", target.toString());

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("--target " + target + ":1:"), run.err());
    }

    @Test
    void targetLengthMismatchIsUsageError() throws IOException {
        Path model = Files.writeString(dir.resolve("net.txt"), "latent 2\nlayer 1 linear\n1 1 0\n");
        Path target = Files.writeString(dir.resolve("x.txt"), "1 2 3\n");
        Run run = Run.of("invert", "--model", model.toString(), "--target", target.toString());

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("has 3 numbers but the model"), run.err());
    }

    @Test
    void malformedMatrixMarketIsUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.mtx"),
                "%%MatrixMarket matrix coordinate real general\n3 3 1\n9 9 1\n");
        Run run = Run.of("learn", "--family", "lowrank", "--input", file.toString(), "--rank", "1");

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("--input " + file + ", line 3: entry 1"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void taylorOrderTooLargeRejectedFirst() {
        // p = 99 at d = 64 needs more memory than any array; it once failed only after the exact run.
        Run run = Run.of("attention", "--taylor", "99");

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("--taylor 99 is invalid"), run.err());
        assertFalse(run.out().contains("exact (tiled)"), run.out());
    }

    @Test
    void malformedAttentionInputIsUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("ragged.txt"), "1 2 3\n4 5\n");
        Run run = Run.of("attention", "--input", file.toString());

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains(file + " line 2"), run.err());
    }

    @Test
    void attentionChartFolderCheckedFirst() {
        Path chart = dir.resolve("absent").resolve("t.svg");
        Run run = Run.of("attention", "--taylor", "2", "--seq", "64", "--chart", chart.toString());

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("--chart " + chart), run.err());
        assertTrue(run.out().isEmpty(), run.out());
    }

    @Test
    void benchUnknownProfilerRejected() {
        Run run = Run.of("bench", "--kernel", "dot", "--size", "16", "--prof", "nosuchprof");

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("--prof nosuchprof is invalid"), run.err());
    }

    @Test
    void invertDimsNamedInBoxError() {
        Run run = Run.of("invert", "--digits", "0", "--dims", "63");

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status(), run.err());
        assertTrue(run.err().contains("--dims 63 is invalid"), run.err());
        assertFalse(run.err().contains("--latent -2:2 is invalid"), run.err());
    }
}
