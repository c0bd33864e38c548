package dev.lanekit.bench.cli;

import dev.lanekit.bench.data.Digits;
import dev.lanekit.bench.tour.AttentionSteps;
import dev.lanekit.bench.tour.LearningSteps;
import dev.lanekit.bench.tour.LinearAlgebraSteps;
import dev.lanekit.bench.tour.TourContext;
import dev.lanekit.bench.tour.TourRow;
import dev.lanekit.bench.tour.TourTiming;
import dev.lanekit.provider.Providers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lanekit tour}: runs every capability once on the bundled digits data and prints one screen: what
 * ran, how long it took, how far it is from its reference, and a rough SIMD/scalar ratio.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = {"Run every capability once on the bundled digits data (1797 images × 64 pixels) and print"
                + " what ran, its time, its distance from the reference and a rough SIMD/scalar ratio.",
            "The ratio is timed in this JVM on one thread (best of a few runs after a short warm-up); run"
                + " 'lanekit bench' for JMH figures. Exit status 1 when a result misses its reference check."})
public final class TourCommand implements Subcommand, Callable<Integer> {

    /** Columns of the summary lines; details are cut to fit. */
    static final int WIDTH = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--only", paramLabel = "CAPABILITY", split = ",",
            description = "Run only these capabilities (repeatable or comma-separated): vector, blas, attention,"
                    + " taylor, matvec, inversion, native, proofs. Default: all.")
    List<String> only = new ArrayList<>();

    @Option(names = "--tokens", paramLabel = "N", defaultValue = "1797",
            description = "Digit images the vector, BLAS, attention and Taylor steps use (1..1797). Default: ${DEFAULT-VALUE}.")
    int tokens;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
            description = "Timed runs per kernel after the warm-up; the best counts. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "0.4",
            description = "Warm-up per kernel before its timed runs, in seconds. Default: ${DEFAULT-VALUE}.")
    double warmUp;

    @Option(names = "--dims", paramLabel = "K", defaultValue = "8",
            description = "Latent dimension of the inversion step, over {-2..2}^K (1..12). Default: ${DEFAULT-VALUE}.")
    int dims;

    /** Creates the command; picocli sets its options. */
    public TourCommand() {}

    @Override
    public Integer call() {
        validate();
        Map<String, Supplier<TourRow>> steps = steps();
        for (String name : only) {
            if (!steps.containsKey(name)) {
                throw invalid("--only " + name + " is invalid: give one of " + String.join(", ", steps.keySet()));
            }
        }
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        out.println("lanekit tour: each capability once on the digits data (" + Digits.ROWS + " images × "
                + Digits.COLUMNS + " pixels), one thread");
        out.println("provider: " + Providers.info().summary());
        if (!Providers.simdLoadable()) {
            out.println("SIMD kernels not active (" + String.join("; ", Providers.info().fallbackReasons())
                    + "): scalar only");
        }
        out.flush();

        List<TourRow> rows = new ArrayList<>();
        out.println(header());
        for (Map.Entry<String, Supplier<TourRow>> step : steps.entrySet()) {
            if (only.isEmpty() || only.contains(step.getKey())) {
                TourRow row = step.getValue().get();
                rows.add(row);
                print(out, row);
                out.flush();
            }
        }

        out.println("¹ scalar time / SIMD time, timed in this JVM on one thread, best of " + repeat + "+ runs after a"
                + " " + warmUp + " s warm-up:");
        out.println("  a rough estimate, not a JMH figure ('lanekit bench' measures). time: the active kernels.");
        out.printf(Locale.ROOT, "tour: %d of %d checks passed in %.1f s%n", rows.stream().filter(TourRow::passed).count(),
                rows.size(), (System.nanoTime() - start) / 1e9);
        out.flush();
        return rows.stream().allMatch(TourRow::passed) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /** Returns the steps in README order, by the name {@code --only} takes; loads the digits data. */
    private Map<String, Supplier<TourRow>> steps() {
        TourContext context = new TourContext(Digits.load(), tokens, new TourTiming(repeat, warmUp));
        LinearAlgebraSteps linearAlgebra = new LinearAlgebraSteps(context);
        AttentionSteps attention = new AttentionSteps(context);
        LearningSteps learning = new LearningSteps(context, dims);
        Map<String, Supplier<TourRow>> steps = new LinkedHashMap<>();
        steps.put("vector", linearAlgebra::vector);
        steps.put("blas", linearAlgebra::blas);
        steps.put("attention", attention::exact);
        steps.put("taylor", attention::taylor);
        steps.put("matvec", learning::matvec);
        steps.put("inversion", learning::inversion);
        steps.put("native", linearAlgebra::nativeBlas);
        steps.put("proofs", linearAlgebra::proofs);
        return steps;
    }

    private void validate() {
        if (tokens < 1 || tokens > Digits.ROWS) {
            throw invalid("--tokens " + tokens + " is invalid: give 1.." + Digits.ROWS);
        }
        if (repeat < 1) {
            throw invalid("--repeat " + repeat + " is invalid: give 1 or more");
        }
        if (!(warmUp >= 0 && warmUp <= 60)) {
            throw invalid("--warm-up " + warmUp + " is invalid: give 0..60 seconds");
        }
        if (dims < 1 || dims > 12) {
            throw invalid("--dims " + dims + " is invalid: give 1..12 ({-2..2}^12 is 244 million latents)");
        }
    }

    static String header() {
        return String.format(Locale.ROOT, "%-10s %-38s %8s  %-30s %s", "capability", "what ran", "time",
                "vs reference", "speedup¹");
    }

    static void print(PrintWriter out, TourRow row) {
        String speedup = Double.isNaN(row.speedup()) ? "—" : String.format(Locale.ROOT, "%.1f×", row.speedup());
        out.println(fit(String.format(Locale.ROOT, "%-10s %-38s %8s  %-30s %s%s", row.capability(), row.ran(),
                time(row.seconds()), row.reference(), speedup, row.passed() ? "" : "  FAILED")));
        if (!row.detail().isEmpty()) {
            out.println(fit("           " + row.detail()));
        }
    }

    /** Formats seconds as µs, ms or s with three significant digits, or a dash when nothing was timed. */
    static String time(double seconds) {
        if (Double.isNaN(seconds)) {
            return "—";
        }
        if (seconds < 1e-3) {
            return String.format(Locale.ROOT, "%.3g µs", seconds * 1e6);
        }
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.3g ms", seconds * 1e3);
        }
        return String.format(Locale.ROOT, "%.3g s", seconds);
    }

    private static String fit(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 1) + "…";
    }

    private CommandLine.ParameterException invalid(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
