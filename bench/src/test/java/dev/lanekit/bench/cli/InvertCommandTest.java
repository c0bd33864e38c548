package dev.lanekit.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void satisfiableFormulaPrintsAssignment() throws IOException {
        Path cnf = dir.resolve("sat.cnf");
        Files.writeString(cnf, "p cnf 3 4\n1 2 0\n-1 3 0\n-2 -3 0\n-1 -2 0\n");
        Run run = Run.of("invert", "--cnf", cnf.toString(), "--p", "2", "--threads", "2");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("SATISFIABLE\nv -1 2 -3 0"), run.out());
        assertTrue(run.out().contains("objective ||G(z) - x||_2 = 0.0"), run.out());
    }

    @Test
    void unsatisfiableFormulaVerdict() throws IOException {
        Path cnf = dir.resolve("unsat.cnf");
        Files.writeString(cnf, "p cnf 2 4\n1 2 0\n1 -2 0\n-1 2 0\n-1 -2 0\n");
        Run run = Run.of("invert", "--cnf", cnf.toString(), "--p", "inf");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("UNSATISFIABLE"), run.out());
        assertTrue(run.out().contains("objective ||G(z) - x||_inf = 1.0"), run.out());
    }

    @Test
    void modelFileWithRadius() throws IOException {
        Path model = dir.resolve("net.txt");
        Files.writeString(model, """
                latent 3
                layer 4 relu
                1 0 0   0 1 0   0 0 1   1 1 1
                0 0 0 -1
                layer 2 linear
                1 1 0 0   0 0 1 1
                0.5 0
                """);
        Path target = dir.resolve("x.txt");
        Files.writeString(target, "2.5 1\n");
        Run run = Run.of("invert", "--model", model.toString(), "--target", target.toString(), "--p", "1", "--radius", "0");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("within radius 0.0: yes"), run.out());
        assertTrue(run.out().contains("best latent: [1, 1, 0]"), run.out());
    }

    @Test
    void invalidNormIsUsageError() {
        Run run = Run.of("invert", "--digits", "0", "--p", "0.5");
        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("--p 0.5 is invalid"), run.err());
    }

    @Test
    void twoInputsAreUsageError() {
        assertEquals(ExitCodes.INVALID_ARGUMENTS, Run.of("invert", "--digits", "0", "--cnf", "x.cnf").status());
    }

    @Test
    void nanTargetFailsWithMessage() throws IOException {
        Path model = dir.resolve("linear.txt");
        Files.writeString(model, "latent 2\nlayer 2 linear\n1 0  0 1\n0 0\n");
        Path target = dir.resolve("nan.txt");
        Files.writeString(target, "NaN 1\n");
        Run run = Run.of("invert", "--model", model.toString(), "--target", target.toString(), "--p", "2");
        assertEquals(ExitCodes.CHECK_FAILED, run.status(), run.out());
        assertTrue(run.err().contains("NaN objective"), run.err());
    }

    @Test
    void oversizedModelHeaderIsReadError() throws IOException {
        Path model = dir.resolve("huge.txt");
        Files.writeString(model, "latent 40000\nlayer 40000 linear\n");
        Path target = dir.resolve("x.txt");
        Files.writeString(target, "1\n");
        Run run = Run.of("invert", "--model", model.toString(), "--target", target.toString(), "--p", "2");
        assertTrue(run.status() != ExitCodes.OK, run.out());
        assertTrue(run.err().contains("huge.txt"), run.err());
    }
}
