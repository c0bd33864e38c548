package dev.lanekit.bench.cli;

import dev.lanekit.bench.data.Digits;
import dev.lanekit.bench.inversion.DigitsGenerator;
import dev.lanekit.inversion.Candidate;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.ModelFiles;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchProgress;
import dev.lanekit.inversion.SearchResult;
import dev.lanekit.proofs.inversion.Cnf;
import dev.lanekit.proofs.inversion.Dimacs;
import dev.lanekit.proofs.inversion.Reductions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lanekit invert}: exhaustive ℓp inversion of a generative model, of the k-SAT network of a DIMACS
 * formula, or of the digits' principal-component generator. Prints the best latent and its objective;
 * for {@code --cnf} also the verdict {@code SATISFIABLE} (with the assignment) or {@code UNSATISFIABLE}.
 */
@Command(name = "invert", mixinStandardHelpOptions = true,
        description = "Find the latent z minimising ||G(z) - x||_p by exhaustive Gray-code search.")
public class InvertCommand implements Subcommand, Callable<Integer> {

    /** Searches with at least this many candidates draw a progress bar on standard error. */
    private static final long PROGRESS_THRESHOLD = 1L << 22;
    private static final int BAR_WIDTH = 30;

    @Spec
    CommandSpec spec;

    /** Exactly one input. */
    static final class Input {
        @Option(names = "--cnf", paramLabel = "FILE.cnf", required = true,
                description = "DIMACS CNF formula: searches its k-SAT network over {0,1}^n for G(z) = 0.")
        Path cnf;

        @ArgGroup(exclusive = false)
        ModelInput model;

        @Option(names = "--digits", paramLabel = "INDEX", required = true,
                description = "Invert bundled digit image INDEX (0..1796) with the generator mean + W·z,"
                        + " W the top --dims principal directions.")
        Integer digits;
    }

    /** A model file with its target. */
    static final class ModelInput {
        @Option(names = "--model", paramLabel = "FILE", required = true, description = "Network file (format in the README).")
        Path model;

        @Option(names = "--target", paramLabel = "FILE", required = true, description = "Target vector file.")
        Path target;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--p", paramLabel = "P", defaultValue = "2",
            description = "Norm order: a number >= 1, or 'inf' (default: ${DEFAULT-VALUE}).")
    String p;

    @Option(names = "--radius", paramLabel = "R",
            description = "Decision mode: report the first z (in Gray order) with ||G(z) - x||_p <= R.")
    Double radius;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--top", paramLabel = "K", defaultValue = "1", description = "Report the K best latents (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--latent", paramLabel = "binary|LO:HI",
            description = "Latent set: binary {0,1}^n, or the integer box {LO..HI}^n (default: binary; -2:2 for --digits).")
    String latent;

    @Option(names = "--dims", paramLabel = "K", defaultValue = "10",
            description = "Principal directions for --digits (default: ${DEFAULT-VALUE}).")
    int dims;

    @Option(names = "--no-progress", description = "Do not draw the progress bar.")
    boolean noProgress;

    /** Creates the command; picocli sets its options. */
    public InvertCommand() {}

    @Override
    public Integer call() throws IOException {
        Norm norm = parseNorm();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw invalid("--threads " + threadCount + " is invalid: give a count >= 1");
        }
        if (top < 1) {
            throw invalid("--top " + top + " is invalid: give a count >= 1");
        }
        if (radius != null && !(radius >= 0)) {
            throw invalid("--radius " + radius + " is invalid: give a number >= 0");
        }

        Cnf cnf = null;
        InversionProblem problem;
        if (input.cnf != null) {
            cnf = readCnf(input.cnf);
            ReluNetwork network = Reductions.satNetwork(cnf, 1f);
            problem = new InversionProblem(network, new float[network.outputDimension()],
                    box(cnf.variables(), "binary", "the formula's " + cnf.variables() + " variables"), norm);
        } else if (input.model != null) {
            ReluNetwork network = readModel(input.model.model);
            float[] target = readTarget(input.model.target);
            if (target.length != network.outputDimension()) {
                throw invalid("--target " + input.model.target + " has " + target.length + " numbers but the model "
                        + input.model.model + " has " + network.outputDimension() + " outputs");
            }
            problem = new InversionProblem(network, target, box(network.latentDimension(), "binary",
                    "the model's latent dimension " + network.latentDimension()), norm);
        } else {
            if (input.digits < 0 || input.digits >= Digits.ROWS) {
                throw invalid("--digits " + input.digits + " is invalid: give an image index 0.." + (Digits.ROWS - 1));
            }
            if (dims < 1 || dims > Digits.COLUMNS) {
                throw invalid("--dims " + dims + " is invalid: give 1.." + Digits.COLUMNS);
            }
            Digits data = Digits.load();
            ReluNetwork network = DigitsGenerator.build(data, dims);
            problem = new InversionProblem(network, data.image(input.digits), box(dims, "-2:2", "--dims " + dims), norm);
        }

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "problem: n = %d, %s, %d outputs, %d layers, p = %s, %d candidates, %s%n",
                problem.box().dimension(), problem.box(), problem.network().outputDimension(),
                problem.network().layerCount(), norm, problem.box().size(), engine(threadCount));
        out.flush();

        SearchOptions options = radius != null ? SearchOptions.decide(radius) : SearchOptions.optimize(top);
        if (!noProgress && problem.box().size() >= PROGRESS_THRESHOLD) {
            options = options.withProgress(this::drawProgress, Duration.ofMillis(250));
        }
        long started = System.nanoTime();
        SearchResult result = search(problem, options, threadCount);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (options.progressListener() != null) {
            spec.commandLine().getErr().println();
        }

        printResult(out, problem, result, cnf);
        out.printf(Locale.ROOT, "searched %d candidates in %.3f s (%.3g candidates/s), %d exact re-evaluations%n",
                result.statistics().candidates(), seconds, result.statistics().candidates() / seconds,
                result.statistics().exactEvaluations());
        out.flush();
        if (!result.isDecision() && result.candidates().isEmpty()) {
            // NaN objectives never win, so a NaN in the target or the weights leaves no result at all.
            spec.commandLine().getErr().println("error: every latent has a NaN objective; check the model and"
                    + " target for NaN values");
            return ExitCodes.CHECK_FAILED;
        }
        return ExitCodes.OK;
    }

    /**
     * Describes where the search runs, for the first output line.
     *
     * @param threadCount the number of worker threads
     * @return a short description of the engine, such as the thread count
     */
    protected String engine(int threadCount) {
        return threadCount + " threads";
    }

    /**
     * Runs the search on {@code threadCount} threads. The lanekit-spark tool overrides this to run
     * the same search as Spark tasks, with this command's options and output.
     *
     * @param problem the inversion problem
     * @param options the search options
     * @param threadCount the number of worker threads
     * @return the search result
     */
    protected SearchResult search(InversionProblem problem, SearchOptions options, int threadCount) {
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        try {
            return InversionSearch.search(problem, options.withPartitions(Math.max(64, 16 * threadCount)), pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private void printResult(PrintWriter out, InversionProblem problem, SearchResult result, Cnf cnf) {
        if (result.isDecision()) {
            out.println(result.found() ? "within radius " + result.radius() + ": yes" : "within radius " + result.radius() + ": no");
        }
        int rank = 1;
        for (Candidate candidate : result.candidates()) {
            String prefix = result.candidates().size() > 1 ? "#" + rank++ + " " : "";
            out.println(prefix + "best latent: " + Arrays.toString(candidate.latent()) + " (index " + candidate.index() + ")");
            out.printf(Locale.ROOT, "%sobjective ||G(z) - x||_%s = %.9g%n", prefix, problem.norm(), candidate.objective());
            if (input.digits != null) {
                double[] image = problem.network().evaluate(candidate.latent());
                float[] target = problem.target();
                out.printf(Locale.ROOT, "%sdistances: l1 = %.6f, l2 = %.6f, linf = %.6f%n", prefix,
                        Norm.L1.distance(image, target), Norm.L2.distance(image, target), Norm.INF.distance(image, target));
            }
        }
        if (cnf != null) {
            printVerdict(out, result, cnf);
        }
    }

    private static void printVerdict(PrintWriter out, SearchResult result, Cnf cnf) {
        Candidate best = result.best().orElse(null);
        if (best != null && best.objective() == 0) {
            out.println("SATISFIABLE");
            StringBuilder assignment = new StringBuilder("v");
            for (int v = 0; v < cnf.variables(); v++) {
                assignment.append(' ').append(best.latent()[v] == 1 ? v + 1 : -(v + 1));
            }
            out.println(assignment.append(" 0"));
        } else if (result.isDecision() && result.radius() > 0) {
            // A positive radius admits non-zero outputs, so it cannot decide satisfiability.
            out.println("UNKNOWN (decide satisfiability without --radius or with --radius 0)");
        } else {
            out.println("UNSATISFIABLE");
        }
    }

    private void drawProgress(SearchProgress progress) {
        int filled = (int) Math.round(progress.fraction() * BAR_WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        double eta = progress.etaSeconds();
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "\r[%s] %5.1f%%  %.3g candidates/s  ETA %s ", bar, 100 * progress.fraction(),
                progress.candidatesPerSecond(), Double.isFinite(eta) ? String.format(Locale.ROOT, "%.0f s", eta) : "?");
        err.flush();
    }

    private Norm parseNorm() {
        try {
            return Norm.parse(p);
        } catch (IllegalArgumentException e) {
            throw invalid("--p " + p + " is invalid: " + e.getMessage());
        }
    }

    /** Reads the DIMACS formula named by {@code --cnf}; a missing file or a syntax error is a usage error. */
    private Cnf readCnf(Path file) throws IOException {
        InputFiles.requireReadable(spec, "--cnf", file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return Dimacs.read(reader);
        } catch (CharacterCodingException e) {
            throw invalid("--cnf " + file + ": not a DIMACS file (it contains non-ASCII bytes)");
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw invalid("--cnf " + file + ": " + e.getMessage());
        }
    }

    /** Reads the network named by {@code --model}; a missing file or a syntax error is a usage error. */
    private ReluNetwork readModel(Path file) throws IOException {
        InputFiles.requireReadable(spec, "--model", file);
        try {
            return ModelFiles.readNetwork(file);
        } catch (CharacterCodingException e) {
            throw invalid("--model " + file + ": not a model file (it is not UTF-8 text)");
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // The reader's message starts with the file name and line.
            throw invalid("--model " + e.getMessage());
        }
    }

    /** Reads the vector named by {@code --target}; a missing file or a syntax error is a usage error. */
    private float[] readTarget(Path file) throws IOException {
        InputFiles.requireReadable(spec, "--target", file);
        try {
            return ModelFiles.readVector(file);
        } catch (CharacterCodingException e) {
            throw invalid("--target " + file + ": not a vector file (it is not UTF-8 text)");
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw invalid("--target " + e.getMessage());
        }
    }

    /**
     * Returns the latent box of dimension {@code n}: {@code --latent} if given, else {@code fallback}.
     * {@code origin} names where {@code n} comes from, so that a box too large for the default
     * {@code --latent} names what the user did pass.
     */
    private LatentBox box(int n, String fallback, String origin) {
        String text = latent == null ? fallback : latent;
        try {
            if (text.equalsIgnoreCase("binary")) {
                return LatentBox.binary(n);
            }
            String[] parts = text.split(":");
            if (parts.length != 2) {
                throw invalid("--latent " + text + " is invalid: use 'binary' or LO:HI, for example -2:2");
            }
            return LatentBox.uniform(n, Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw invalid("--latent " + text + " is invalid: LO and HI must be integers");
        } catch (IllegalArgumentException e) {
            if (latent == null) {
                throw invalid(origin + " is invalid with the default latent set " + fallback + ": "
                        + e.getMessage() + "; give a smaller dimension or a narrower --latent");
            }
            throw invalid("--latent " + text + " is invalid for n = " + n + " (" + origin + "): " + e.getMessage());
        }
    }

    private CommandLine.ParameterException invalid(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
