package dev.lanekit.bench.taylor;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionKernels;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.bench.data.Digits;
import dev.lanekit.proofs.taylor.AttentionCase;
import dev.lanekit.proofs.taylor.TaylorReference;
import dev.lanekit.taylor.Taylor;
import dev.lanekit.taylor.TaylorAttention;
import dev.lanekit.taylor.TaylorBounds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Compares Taylor attention of order p with exact softmax attention on the digits data: the measured error
 * against the double-precision softmax, the bound 2η/(1 − η)·‖V‖_max, the run times of both over a range
 * of n (exact attention is {@link Attention#kernels()}, the tiled kernel of {@code dev.lanekit.attention}), and the crossover n beyond which Taylor attention is faster, printed as {@code crossover n = N}.
 *
 * <p>Data: the 1797 centered digit images (d = dv = 64) are the keys, queries and values of one head; q
 * and k are multiplied by one factor so that max|q·k|/√d over all pairs equals R. Sizes above 1797 repeat
 * the rows cyclically (for timing only). Times are the minimum of three batches, each of at least 100 ms,
 * after one second of warm-up per kernel and one warm-up run per size, on one thread.
 */
@Command(name = "taylor-compare", mixinStandardHelpOptions = true,
        description = "Compare Taylor attention against exact attention on the digits data.")
public final class TaylorComparison implements Callable<Integer> {

    /** Largest n that {@code lanekit attention --taylor} times. */
    public static final int DEFAULT_MAX_TOKENS = 4096;

    @Option(names = "--taylor", paramLabel = "P", description = "Taylor order p (default: ${DEFAULT-VALUE}).")
    int order = 2;

    @Option(names = "--radius", paramLabel = "R",
            description = "max|q·k|/√d the data is scaled to (default: ${DEFAULT-VALUE}).")
    double radius = 1.0;

    @Option(names = "--max-n", paramLabel = "N",
            description = "largest n timed; sizes double from 128 (default: ${DEFAULT-VALUE}).")
    int maxTokens = DEFAULT_MAX_TOKENS;

    @Option(names = "--chart", paramLabel = "FILE", description = "Also write an SVG chart of both times against n.")
    Path chart;

    /** Creates the command; picocli sets its options. */
    public TaylorComparison() {}

    /**
     * The outcome of one comparison.
     *
     * @param order the Taylor order p
     * @param radius the score radius R of the data
     * @param eta η_p(R), the bound on the relative error of every Taylor weight
     * @param error the largest error measured against exact attention
     * @param bound the error bound 2η/(1 − η)·‖V‖_max
     * @param sizes the token counts timed
     * @param exactMillis the exact attention time at each size, in milliseconds
     * @param taylorMillis the Taylor attention time at each size, in milliseconds
     * @param crossover the token count where the two times cross
     * @param extrapolated whether the crossover lies outside the timed sizes
     */
    public record Result(int order, double radius, double eta, double error, double bound, int[] sizes,
            double[] exactMillis, double[] taylorMillis, double crossover, boolean extrapolated) {}

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        Result result = compare(order, radius, maxTokens, out);
        if (chart != null) {
            writeChart(result, chart);
            out.println("chart: " + chart);
        }
        out.flush();
        return 0;
    }

    /**
     * Runs the comparison and prints a report to {@code out}.
     *
     * @param order the Taylor order p
     * @param radius the score radius R of the random data
     * @param maxTokens the largest token count to time
     * @param out receives the report
     * @return the errors, times and crossover
     */
    public static Result compare(int order, double radius, int maxTokens, PrintWriter out) {
        if (maxTokens < 256) {
            throw new IllegalArgumentException("--max-n = " + maxTokens + " must be >= 256");
        }
        if (!(radius > 0)) {
            throw new IllegalArgumentException("--radius = " + radius + " must be > 0");
        }
        int d = Digits.COLUMNS;
        float[] tokens = Digits.load().centeredTokens();
        int rows = Digits.ROWS;
        float[] keys = scaledToRadius(tokens, rows, d, radius);
        TaylorAttention taylor = TaylorAttention.create(1, d, d, order);
        out.printf(Locale.ROOT, "Taylor attention p = %d (D = %d features) against exact attention, digits data "
                + "(n = %d, d = dv = %d), R = max|q·k|/√d = %.4g, %s kernels%n", order, taylor.dimension(), rows, d,
                radius, Taylor.activeImplementation());

        Accuracy accuracy = accuracy(taylor, keys, tokens, rows, radius);
        double error = accuracy.error();
        double eta = accuracy.eta();
        double bound = accuracy.bound();
        out.printf(Locale.ROOT, "measured error max|Ŷ − Y| = %.3e%n", error);
        if (Double.isFinite(bound)) {
            out.printf(Locale.ROOT, "bound 2η/(1 − η)·‖V‖_max = %.3e (η = %.3e), %s%n", bound, eta,
                    error <= bound ? "holds" : "VIOLATED");
        } else {
            out.printf(Locale.ROOT, "bound: none, η = %.3g >= 1 at p = %d, R = %.4g%n", eta, order, radius);
        }
        if (accuracy.nanRows() > 0) {
            out.printf(Locale.ROOT, "%d rows had a denominator <= 0 and are NaN (odd p)%n", accuracy.nanRows());
        }

        // Times over doubling n.
        List<Integer> grid = new ArrayList<>();
        for (int n = 128; n <= maxTokens; n *= 2) {
            grid.add(n);
        }
        int[] sizes = grid.stream().mapToInt(Integer::intValue).toArray();
        double[] exactMillis = new double[sizes.length];
        double[] taylorMillis = new double[sizes.length];
        int largest = sizes[sizes.length - 1];
        float[] q = repeat(keys, rows, d, largest);
        float[] v = repeat(tokens, rows, d, largest);
        float[] result = new float[largest * d];
        AttentionKernels exactKernels = Attention.kernels();
        AttentionWorkspace workspace = new AttentionWorkspace(d, d, 1);
        Exact baseline = n -> exactKernels.attention(AttentionShape.single(n, n, d, d), AttentionOptions.DEFAULT, q,
                0, q, 0, v, 0, result, 0, null, 0, workspace, null);
        // Let C2 compile both kernels before the first size is timed.
        int warmTokens = Math.min(512, largest);
        warmUp(() -> baseline.run(warmTokens));
        warmUp(() -> taylor.attention(q, q, v, null, warmTokens, false, result));
        out.printf(Locale.ROOT, "%8s %12s %12s %10s%n", "n", "exact ms", "taylor ms", "exact/taylor");
        for (int s = 0; s < sizes.length; s++) {
            int n = sizes[s];
            exactMillis[s] = time(() -> baseline.run(n));
            taylorMillis[s] = time(() -> taylor.attention(q, q, v, null, n, false, result));
            out.printf(Locale.ROOT, "%8d %12.3f %12.3f %10.2f%n", n, exactMillis[s], taylorMillis[s],
                    exactMillis[s] / taylorMillis[s]);
        }

        double[] crossover = crossover(sizes, exactMillis, taylorMillis);
        boolean extrapolated = crossover[1] != 0;
        out.printf(Locale.ROOT, "crossover n = %d%n", Math.round(crossover[0]));
        if (extrapolated) {
            out.println("(extrapolated from the largest size, with exact ∝ n² and Taylor ∝ n)");
        }
        out.flush();
        return new Result(order, radius, eta, error, bound, sizes, exactMillis, taylorMillis, crossover[0],
                extrapolated);
    }

    /**
     * {@return {n, extrapolated ? 1 : 0}: where exact and Taylor times cross} When the ratio exact/taylor
     * goes from below 1 to at least 1 between two timed sizes, log(ratio) is interpolated linearly in log n
     * between them (the last such pair, since small sizes are the noisiest). Otherwise the crossing is
     * extrapolated from the largest size with the cost models exact ∝ n² and Taylor ∝ n:
     * n = n_last · taylor_last / exact_last.
     *
     * @param sizes the token counts timed
     * @param exactMillis the exact attention time at each size, in milliseconds
     * @param taylorMillis the Taylor attention time at each size, in milliseconds
     */
    public static double[] crossover(int[] sizes, double[] exactMillis, double[] taylorMillis) {
        int m = sizes.length;
        if (m == 0) {
            throw new IllegalArgumentException("no sizes were timed");
        }
        for (int i = m - 1; i >= 1; i--) {
            double before = Math.log(exactMillis[i - 1] / taylorMillis[i - 1]);
            double after = Math.log(exactMillis[i] / taylorMillis[i]);
            if (before < 0 && after >= 0) {
                double x0 = Math.log(sizes[i - 1]);
                double x1 = Math.log(sizes[i]);
                return new double[] {Math.exp(x0 - before * (x1 - x0) / (after - before)), 0};
            }
        }
        return new double[] {sizes[m - 1] * taylorMillis[m - 1] / exactMillis[m - 1], 1};
    }

    /**
     * The accuracy of one non-causal Taylor run against softmax attention in double.
     *
     * @param error max|Ŷ − Y| over the outputs
     * @param eta η_p(R)
     * @param bound 2η/(1 − η)·‖V‖_max, or +∞ when η ≥ 1
     * @param nanRows rows whose denominator was ≤ 0 (odd p), returned as NaN
     */
    public record Accuracy(double error, double eta, double bound, int nanRows) {}

    /**
     * Runs Taylor attention on one head with Q = K and compares it with softmax attention in double.
     *
     * @param taylor the Taylor attention to run, with one head
     * @param keys the queries and keys, n × d, scaled so that max|q·k|/√d = {@code radius}
     * @param values the values, n × dv
     * @param n the number of tokens
     * @param radius max|q·k|/√d of {@code keys}, which the bound depends on
     * @return the measured error, η and the bound
     */
    public static Accuracy accuracy(TaylorAttention taylor, float[] keys, float[] values, int n, double radius) {
        int d = taylor.d();
        int dv = taylor.dv();
        AttentionCase data = new AttentionCase(keys, keys, values, null, n, 1, d, dv);
        double[] exact = TaylorReference.softmax(data, false);
        float[] approx = new float[n * dv];
        int nanRows = taylor.attention(keys, keys, values, null, n, false, approx);
        double error = 0;
        for (int i = 0; i < exact.length; i++) {
            error = Math.max(error, Math.abs(approx[i] - exact[i]));
        }
        double eta = TaylorBounds.eta(taylor.order(), radius);
        double bound = TaylorBounds.relativeErrorBound(taylor.order(), radius) * data.valueMax();
        return new Accuracy(error, eta, bound, nanRows);
    }

    /** Exact attention of the first n tokens. */
    private interface Exact {
        void run(int n);
    }

    private static void warmUp(Runnable run) {
        long end = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < end) {
            run.run();
        }
    }

    /** Returns the minimum over three batches of the mean milliseconds per run, after one warm-up run. */
    private static double time(Runnable run) {
        run.run();
        double best = Double.POSITIVE_INFINITY;
        for (int batch = 0; batch < 3; batch++) {
            long start = System.nanoTime();
            int runs = 0;
            long elapsed;
            do {
                run.run();
                runs++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < 100_000_000L);
            best = Math.min(best, elapsed / 1e6 / runs);
        }
        return best;
    }

    /**
     * Returns the tokens multiplied by one factor so that max|q·k|/√d over all pairs equals {@code radius}.
     *
     * @param tokens the tokens, rows × d, row-major
     * @param rows the number of tokens
     * @param d the token width
     * @param radius the target max|q·k|/√d
     * @return a scaled copy of {@code tokens}
     */
    public static float[] scaledToRadius(float[] tokens, int rows, int d, double radius) {
        AttentionCase unscaled = new AttentionCase(tokens, tokens, tokens, null, rows, 1, d, d);
        double current = unscaled.radius();
        float factor = (float) Math.sqrt(radius / current);
        float[] scaled = new float[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            scaled[i] = tokens[i] * factor;
        }
        return scaled;
    }

    private static float[] repeat(float[] x, int rows, int d, int n) {
        float[] out = new float[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, (i % rows) * d, out, i * d, d);
        }
        return out;
    }

    /**
     * Writes the times of {@code result} as an SVG chart with the crossover marked.
     *
     * @param result the comparison to draw
     * @param file the SVG file to write
     */
    public static void writeChart(Result result, Path file) {
        double[] n = new double[result.sizes().length];
        for (int i = 0; i < n.length; i++) {
            n[i] = result.sizes()[i];
        }
        TimeChart chart = new TimeChart(String.format(Locale.ROOT,
                "Taylor p = %d vs exact attention, digits d = 64, R = %.3g", result.order(), result.radius()))
                .add("exact", n, result.exactMillis())
                .add("Taylor p = " + result.order(), n, result.taylorMillis())
                .marker(result.crossover(), "crossover n = " + Math.round(result.crossover()));
        try {
            chart.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to write the chart to " + file, e);
        }
    }

    /**
     * Runs the comparison from the command line.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new TaylorComparison()).execute(args));
    }
}
