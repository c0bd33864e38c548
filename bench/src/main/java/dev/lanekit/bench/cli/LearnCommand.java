package dev.lanekit.bench.cli;

import dev.lanekit.bench.data.Digits;
import dev.lanekit.bench.matvec.LearnRun;
import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.LinearOperator;
import dev.lanekit.matvec.MatrixMarket;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lanekit learn}: learns a structured approximation of a matrix from matvec queries and prints
 * the queries used, the error, the optimum where it can be computed, and the time.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Learn a structured approximation of a matrix from matrix-vector queries.",
            "Prints 'queries = N', the Frobenius error, the optimum where computable, and the time.",
            "--input digits is the bundled 1797 × 64 digits pixel matrix (raw counts 0..16, not centered)."})
public final class LearnCommand implements Subcommand, Callable<Integer> {

    /** The structure to learn. */
    public enum Family {
        /** A rank-k approximation. */
        lowrank,
        /** The band of half-width b, recovered by coloring. */
        banded,
        /** A fixed sparsity pattern, fitted by least squares. */
        sparse,
        /** The diagonal, estimated with Hutchinson's estimator. */
        diagonal,
        /** The nearest member of a finite family of candidates. */
        finite
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--family", required = true,
            description = "structure to learn: ${COMPLETION-CANDIDATES}")
    Family family;

    @Option(names = "--input", required = true,
            description = "'digits' or a Matrix Market file (.mtx, real, coordinate or array)")
    String input;

    @Option(names = "--rank", defaultValue = "10", description = "target rank k for lowrank (default ${DEFAULT-VALUE})")
    int rank;

    @Option(names = "--oversampling", defaultValue = "5",
            description = "extra range-finder columns p for lowrank (default ${DEFAULT-VALUE})")
    int oversampling;

    @Option(names = "--power-iterations", defaultValue = "1",
            description = "power iterations q for lowrank (default ${DEFAULT-VALUE})")
    int powerIterations;

    @Option(names = "--bandwidth", defaultValue = "2",
            description = "band half-width b (kl = ku = b) for banded, and for sparse on a dense input (default ${DEFAULT-VALUE})")
    int bandwidth;

    @Option(names = "--queries",
            description = "Gaussian queries for sparse (default s + 4, s the largest row of the pattern) or"
                    + " Rademacher queries for diagonal (default 30)")
    Integer queries;

    @Option(names = "--epsilon", defaultValue = "0.5", description = "accuracy ε for finite (default ${DEFAULT-VALUE})")
    double epsilon;

    @Option(names = "--delta", defaultValue = "0.1", description = "failure probability δ for finite (default ${DEFAULT-VALUE})")
    double delta;

    @Option(names = "--constant", defaultValue = "1",
            description = "sketch constant c of the finite-family algorithms (default ${DEFAULT-VALUE})")
    double constant;

    @Option(names = "--inner-divisor", defaultValue = "1",
            description = "Algorithm 4 runs Algorithm 2 with ε divided by this; the paper's proof uses 24, which"
                    + " makes the inner sketches about 600 times wider (default ${DEFAULT-VALUE})")
    double innerDivisor;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--candidates",
            description = "for finite: a text file listing one candidate .mtx file per line (paths relative to it);"
                    + " without it, the built-in family of 64 constant matrices c·1·1ᵀ, c = 0, 0.25, …, 15.75")
    Path candidates;

    /** Creates the command; picocli sets its options. */
    public LearnCommand() {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (candidates != null) {
            InputFiles.requireReadable(spec, "--candidates", candidates);
        }
        LinearOperator operator = load(input);
        LearnRun run = new LearnRun(operator, inputName(), seed);
        long start = System.nanoTime();
        try {
            switch (family) {
                case lowrank -> run.lowRank(rank, oversampling, powerIterations);
                case banded -> run.banded(bandwidth);
                case sparse -> run.sparse(bandwidth, queries);
                case diagonal -> run.diagonal(queries == null ? 30 : queries);
                case finite -> run.finite(candidates, epsilon, delta, constant, innerDivisor);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        run.print(out);
        out.printf(Locale.ROOT, "time = %.3f s (learning, error and optimum)%n", seconds);
        out.flush();
        return ExitCodes.OK;
    }

    private String inputName() {
        return input.equals("digits") ? "digits (1797 × 64 raw pixel counts)" : input;
    }

    private LinearOperator load(String name) throws IOException {
        if (name.equals("digits")) {
            return DenseOperator.of(Digits.ROWS, Digits.COLUMNS, Digits.load().rawPixels());
        }
        Path path = Path.of(name);
        InputFiles.requireReadable(spec, "--input", path);
        try {
            return MatrixMarket.read(path);
        } catch (CharacterCodingException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--input " + path + ": not a Matrix Market file (it contains non-ASCII bytes)");
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // The reader's message starts with the file name.
            throw new CommandLine.ParameterException(spec.commandLine(), "--input " + e.getMessage(), e);
        }
    }
}
