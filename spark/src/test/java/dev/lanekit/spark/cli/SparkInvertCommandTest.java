package dev.lanekit.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.lanekit.bench.cli.LanekitCommand;
import dev.lanekit.proofs.inversion.Cnf;
import picocli.CommandLine;

/**
 * {@code lanekit-spark invert --spark local[2]} prints what {@code lanekit invert} prints, except
 * for the engine in the first line and the timing in the last. Each run starts its own Spark
 * context.
 */
@Timeout(120)
class SparkInvertCommandTest {

    @TempDir
    Path dir;

    /** Runs a command line and returns its standard output, after checking that it exited with 0. */
    private static List<String> run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int status = commandLine.execute(args);
        assertEquals(0, status, "exit status of " + Arrays.toString(args) + ", standard error:\n" + err);
        return out.toString().lines().toList();
    }

    @Test
    void invalidOptionReportedInOneLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = LanekitSparkCommand.commandLine();
        commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));

        int status = commandLine.execute("invert", "--no-such-option");

        assertEquals(2, status, err.toString());
        assertTrue(err.toString().startsWith("lanekit-spark: Unknown option: '--no-such-option'"), err.toString());
        assertTrue(err.toString().contains("Run 'lanekit-spark invert --help' for the usage."), err.toString());
        assertFalse(err.toString().contains("Usage:"), err.toString());
    }

    private void assertSameOutput(String... invertArgs) {
        List<String> single = run(LanekitCommand.commandLine(), invertArgs);
        String[] sparkArgs = Arrays.copyOf(invertArgs, invertArgs.length + 2);
        sparkArgs[invertArgs.length] = "--spark";
        sparkArgs[invertArgs.length + 1] = "local[2]";
        List<String> spark = run(new CommandLine(new LanekitSparkCommand()), sparkArgs);

        assertEquals(single.size(), spark.size(), "line count:\n" + single + "\n" + spark);
        for (int i = 1; i < single.size() - 1; i++) {
            assertEquals(single.get(i), spark.get(i), "line " + (i + 1));
        }
    }

    private Path randomFormula(long seed, int n) throws IOException {
        Cnf cnf = Cnf.randomKSat(n, (int) Math.round(4.26 * n), 3, new SplittableRandom(seed));
        StringBuilder text = new StringBuilder("p cnf " + n + " " + cnf.clauses().length + "\n");
        for (int[] clause : cnf.clauses()) {
            for (int literal : clause) {
                text.append(literal).append(' ');
            }
            text.append("0\n");
        }
        Path file = dir.resolve("formula-" + seed + ".cnf");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void optimizationTopThreeMatches() throws IOException {
        assertSameOutput("invert", "--cnf", randomFormula(3, 14).toString(), "--p", "1", "--top", "3", "--threads", "2");
    }

    @Test
    void decisionMatches() throws IOException {
        assertSameOutput("invert", "--cnf", randomFormula(4, 14).toString(), "--p", "2", "--radius", "0", "--threads", "2");
    }
    @Test
    void unusableMasterIsUsageError() throws IOException {
        // Spark's "Could not parse Master URL" once left with a stack trace and exit status 1.
        Path formula = Files.writeString(dir.resolve("tiny.cnf"), "p cnf 2 1\n1 2 0\n");
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new LanekitSparkCommand());
        commandLine.setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err));
        int status = commandLine.execute("invert", "--cnf", formula.toString(), "--spark", "nonsense://host");

        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("--spark nonsense://host is invalid"), err.toString());
    }
}
