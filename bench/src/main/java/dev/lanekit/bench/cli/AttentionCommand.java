package dev.lanekit.bench.cli;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.bench.attention.AttentionInputs;
import dev.lanekit.bench.data.Digits;
import dev.lanekit.bench.taylor.TaylorComparison;
import dev.lanekit.proofs.attention.AttentionReference;
import dev.lanekit.provider.Providers;
import dev.lanekit.taylor.TaylorAttention;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lanekit attention}: exact self-attention (Q = K = V = the tokens) on real data, timed, with its
 * largest difference from the double-precision three-pass reference.
 *
 * <p>To add another attention method, add its option here and one more {@code report} line for it
 * after the exact run; {@code tokens()}, {@code shape()} and {@code heads(Tokens)}
 * give the same inputs to every method.
 */
@Command(name = "attention", mixinStandardHelpOptions = true,
        description = "Run exact attention on the digits data set (or a file) and report time, GFLOP/s and the"
                + " maximum difference from a double-precision reference. GFLOP/s counts the unmasked work,"
                + " 4·N²·d per head, also with --causal.")
public final class AttentionCommand implements Subcommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "digits|FILE", defaultValue = "digits",
            description = "Tokens: 'digits' (the bundled 1797 × 64 handwritten digits, centered) or a text file"
                    + " with one token per line, values separated by commas or spaces. Default: ${DEFAULT-VALUE}.")
    String input;

    @Option(names = "--heads", paramLabel = "H", defaultValue = "1",
            description = "Split the token width into H heads of width/H dimensions. Default: ${DEFAULT-VALUE}.")
    int heads;

    @Option(names = "--causal", description = "Apply the causal mask: token i attends to tokens 0..i.")
    boolean causal;

    @Option(names = "--seq", paramLabel = "N",
            description = "Use the first N tokens. Default: all of them.")
    Integer seq;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Threads over heads × query chunks. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "20",
            description = "Timed runs after as many warm-up runs; the fastest is reported. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--taylor", paramLabel = "P",
            description = "Also compare Taylor attention of order P with exact attention on the digits data (one"
                    + " head, d = 64): error, bound, both times over n and the crossover n.")
    Integer taylor;

    @Option(names = "--radius", paramLabel = "R", defaultValue = "1",
            description = "With --taylor: scale q and k so that max|q·k|/√d = R. Default: ${DEFAULT-VALUE}.")
    double radius;

    @Option(names = "--chart", paramLabel = "FILE.svg",
            description = "With --taylor: draw the exact and Taylor times against n as an SVG chart.")
    Path chart;

    /** Creates the command; picocli sets its options. */
    public AttentionCommand() {}

    @Override
    public Integer call() throws IOException {
        AttentionInputs.Tokens tokens = tokens();
        AttentionShape shape = shape(tokens);
        float[] x = heads(tokens);
        PrintWriter out = spec.commandLine().getOut();
        AttentionOptions options = AttentionOptions.DEFAULT.withCausal(causal);

        out.println("Provider: " + Providers.info().summary());
        out.printf(Locale.ROOT, "Input: %s, %d tokens × %d, %d head(s) of d = %d%s, %d thread(s)%n", input,
                shape.lq(), tokens.width(), heads, shape.d(), causal ? ", causal" : "", threads);

        AttentionReference.Result reference = AttentionReference.compute(shape, options, x, x, x);
        float[] o = new float[(int) shape.outputElements()];
        double seconds = timeExact(shape, options, x, o);
        report(out, "exact (tiled)", seconds, shape.flops(), maxDifference(o, reference.output()));
        if (taylor != null) {
            out.println();
            TaylorComparison.Result comparison = TaylorComparison.compare(taylor, radius,
                    TaylorComparison.DEFAULT_MAX_TOKENS, out);
            if (chart != null) {
                TaylorComparison.writeChart(comparison, chart);
                out.println("chart: " + chart);
            }
        }
        out.flush();
        return 0;
    }

    /** Returns the tokens named by {@code --input}. */
    AttentionInputs.Tokens tokens() throws IOException {
        if (input.equals("digits")) {
            return AttentionInputs.digits();
        }
        Path file = Path.of(input);
        InputFiles.requireReadable(spec, "--input", file);
        try {
            return AttentionInputs.read(file);
        } catch (IllegalArgumentException e) {
            throw invalid("--input " + e.getMessage());
        }
    }

    /** Returns the multi-head self-attention shape for the options, after checking them. */
    AttentionShape shape(AttentionInputs.Tokens tokens) {
        int length = seq == null ? tokens.rows() : seq;
        if (length < 1 || length > tokens.rows()) {
            throw invalid("--seq " + length + " is invalid: the input has " + tokens.rows() + " tokens; give 1.."
                    + tokens.rows());
        }
        if (heads < 1 || tokens.width() % heads != 0) {
            throw invalid("--heads " + heads + " is invalid: it must divide the token width " + tokens.width());
        }
        if (threads < 1) {
            throw invalid("--threads " + threads + " is invalid: give 1 or more");
        }
        if (repeat < 1) {
            throw invalid("--repeat " + repeat + " is invalid: give 1 or more");
        }
        if (taylor != null && taylor < 0) {
            throw invalid("--taylor " + taylor + " is invalid: give an order of 0 or more");
        }
        if (taylor != null) {
            // Checked before the exact run, which would otherwise take its time and then fail.
            long bytes = TaylorAttention.requiredBytes(Digits.COLUMNS, Digits.COLUMNS, taylor,
                    TaylorAttention.DEFAULT_CHUNK);
            long limit = TaylorAttention.defaultMaxBytes();
            if (bytes > limit) {
                String need = bytes == Long.MAX_VALUE ? "more than a Java array can index" : bytes + " bytes";
                throw invalid("--taylor " + taylor + " is invalid: its workspace at d = " + Digits.COLUMNS + " needs "
                        + need + ", over the limit of " + limit + " bytes (-D" + TaylorAttention.MAX_BYTES_PROPERTY
                        + "); give a lower order");
            }
        }
        if (!(radius > 0)) {
            throw invalid("--radius " + radius + " is invalid: give a number > 0");
        }
        if (chart != null && taylor == null) {
            throw invalid("--chart is invalid without --taylor P: the chart draws the Taylor comparison");
        }
        if (chart != null) {
            InputFiles.requireWritableFolder(spec, "--chart", chart);
        }
        int d = tokens.width() / heads;
        return AttentionShape.multiHead(heads, length, length, d, d);
    }

    /** Returns the tokens in the {@code [heads][seq][d]} layout. */
    float[] heads(AttentionInputs.Tokens tokens) {
        return AttentionInputs.splitHeads(tokens, shape(tokens).lq(), heads);
    }

    /** Prints one result line: method, time, GFLOP/s and the maximum absolute difference from the reference. */
    static void report(PrintWriter out, String method, double seconds, double flops, double maxDifference) {
        out.printf(Locale.ROOT, "%-16s %10.3f ms %9.1f GFLOP/s   max |O − reference| = %.3e%n", method,
                seconds * 1e3, flops / seconds / 1e9, maxDifference);
    }

    static double maxDifference(float[] got, double[] reference) {
        double max = 0;
        for (int i = 0; i < got.length; i++) {
            max = Math.max(max, Math.abs(got[i] - reference[i]));
        }
        return max;
    }

    private double timeExact(AttentionShape shape, AttentionOptions options, float[] x, float[] o) {
        AttentionWorkspace workspace = AttentionWorkspace.forShape(shape, threads);
        ExecutorService executor = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
        try {
            double best = Double.POSITIVE_INFINITY;
            for (int run = 0; run < 2 * repeat; run++) {
                long start = System.nanoTime();
                Attention.kernels().attention(shape, options, x, 0, x, 0, x, 0, o, 0, null, 0, workspace, executor);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (run >= repeat) {
                    best = Math.min(best, seconds);
                }
            }
            return best;
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    private CommandLine.ParameterException invalid(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
