package dev.lanekit.bench.cli;

import dev.lanekit.bench.harness.BenchPlan;
import dev.lanekit.bench.harness.BenchRunner;
import dev.lanekit.bench.harness.Kernel;
import dev.lanekit.bench.harness.KernelCatalog;
import dev.lanekit.bench.report.BenchReport;
import dev.lanekit.bench.report.BenchResult;
import dev.lanekit.bench.report.Comparison;
import dev.lanekit.bench.report.Machine;
import dev.lanekit.bench.report.ResultTable;
import dev.lanekit.bench.report.ResultsJson;
import dev.lanekit.bench.report.SpeedupChart;
import dev.lanekit.provider.ProviderInfo;
import dev.lanekit.provider.Providers;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ProfilerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lanekit bench}: runs the JMH benchmarks in this JVM's class path through JMH's Runner API (each
 * benchmark in a forked JVM) and prints kernel × shape × implementation with ns/op, GFLOP/s, GB/s and the
 * speedup over scalar; optionally writes JSON and an SVG chart, and compares with a saved baseline.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Run the JMH benchmarks and print kernel × shape × implementation with ns/op, GFLOP/s, GB/s"
                    + " and the speedup over scalar Java."
        },
        footer = {"", "Examples:",
            "  lanekit bench --quick",
            "  lanekit bench --kernel dot --size 4096 --size 16777216 --json dot.json --chart dot.svg",
            "  lanekit bench --quick --compare baseline.json --threshold 15"})
public final class BenchCommand implements Subcommand, Callable<Integer> {

    /** The kernels {@code --quick} runs when none is named: dot, ℓ2 norm and softmax. */
    static final List<String> QUICK_KERNELS = List.of("dot", "l2norm", "softmax");
    /** The size {@code --quick} runs when none is named. */
    static final String QUICK_SIZE = "4096";

    @Spec
    CommandSpec spec;

    @Option(names = {"-k", "--kernel"}, paramLabel = "NAME", completionCandidates = KernelNames.class,
            description = "Kernel to run (repeatable): ${COMPLETION-CANDIDATES}. Default: every kernel, or"
                    + " with --quick: dot, l2norm, softmax.")
    List<String> kernels = new ArrayList<>();

    @Option(names = {"-m", "--implementation"}, paramLabel = "NAME",
            description = "Implementation to run (repeatable), for example scalar, simd, netlib. Default: all;"
                    + " speedups need scalar in the run.")
    List<String> implementations = new ArrayList<>();

    @Option(names = {"-s", "--size"}, paramLabel = "N",
            description = "Value of the size parameter n (repeatable). Default: each kernel's sizes, or with"
                    + " --quick: 4096.")
    List<Long> sizes = new ArrayList<>();

    @Option(names = "--quick",
            description = "Short run: one fork, 2 × 600 ms warm-up, 3 × 500 ms measured; about a minute.")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the machine and results as JSON.")
    Path json;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Draw the speedups over scalar as an SVG bar chart.")
    Path chart;

    @Option(names = "--compare", paramLabel = "BASELINE.json",
            description = "Compare each result with a JSON file written by --json; exit 1 when any is slower"
                    + " by more than --threshold.")
    Path compare;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "10",
            description = "Slowdown tolerated by --compare, in percent (default: ${DEFAULT-VALUE}).")
    double thresholdPercent;

    @Option(names = "--input", paramLabel = "RESULTS.json",
            description = "Read results from a file written by --json instead of running the benchmarks"
                    + " (to print, chart or compare them again).")
    Path input;

    @Option(names = "--list", description = "List the kernels with their implementations and default sizes, then exit.")
    boolean list;

    @Option(names = {"-f", "--forks"}, paramLabel = "N",
            description = "JVM forks per benchmark (default: 1).")
    Integer forks;

    @Option(names = {"-wi", "--warmup-iterations"}, paramLabel = "N",
            description = "Warm-up iterations per fork (default: 3, or 2 with --quick).")
    Integer warmupIterations;

    @Option(names = {"-i", "--iterations"}, paramLabel = "N",
            description = "Measured iterations per fork (default: 5, or 3 with --quick).")
    Integer iterations;

    @Option(names = "--time", paramLabel = "MS",
            description = "Length of each warm-up and measured iteration in milliseconds (default: 1000, or"
                    + " 600 warm-up and 500 measured with --quick).")
    Long iterationMillis;

    @Option(names = "--prof", paramLabel = "PROFILER",
            description = "JMH profiler to add (repeatable), for example gc: its allocation per call shows in a"
                    + " B/op column.")
    List<String> profilers = new ArrayList<>();

    @Option(names = "--jvm-arg", paramLabel = "ARG",
            description = "Extra argument for the forked JVMs (repeatable), for example -Dlanekit.vectorBits=256.")
    List<String> jvmArgs = new ArrayList<>();

    /** Creates the command; picocli sets its options. */
    public BenchCommand() {}

    @Override
    public Integer call() throws IOException, RunnerException {
        PrintWriter out = spec.commandLine().getOut();
        validate();
        if (list) {
            printList(out);
            return ExitCodes.OK;
        }

        Machine machine;
        List<BenchResult> results;
        int failed = 0;
        if (input != null) {
            BenchReport report = readReport(input, "--input");
            machine = report.machine();
            results = report.results();
        } else {
            machine = currentMachine();
            BenchRunner.Outcome outcome = BenchRunner.run(plan(KernelCatalog.load()), progressStream());
            results = outcome.results();
            failed = outcome.failed();
        }

        out.println();
        out.println(machineLine(machine));
        out.println();
        out.print(ResultTable.format(results));
        out.flush();

        if (json != null) {
            ResultsJson.write(new BenchReport(machine, results), json);
            out.println("Wrote " + json);
        }
        if (chart != null) {
            Files.writeString(chart, SpeedupChart.svg(results, machineLine(machine)), StandardCharsets.UTF_8);
            out.println("Wrote " + chart);
        }
        int status = ExitCodes.OK;
        if (failed > 0) {
            out.println(failed + " benchmark(s) failed; their JMH log is printed above the table.");
            status = ExitCodes.CHECK_FAILED;
        }
        if (compare != null) {
            Comparison comparison = Comparison.of(results, readReport(compare, "--compare").results(),
                    thresholdPercent / 100);
            out.println();
            out.print(comparison.format());
            if (!comparison.regressions().isEmpty()) {
                status = ExitCodes.CHECK_FAILED;
            }
        }
        out.flush();
        return status;
    }

    /** Rejects invalid option values with a usage error (exit status 2) before anything runs. */
    private void validate() {
        if (!(thresholdPercent >= 0) || Double.isInfinite(thresholdPercent)) {
            throw usage("--threshold " + thresholdPercent + " is invalid: give a percentage >= 0, for example 10");
        }
        for (long size : sizes) {
            if (size < 1 || size > Integer.MAX_VALUE) {
                throw usage("--size " + size + " is invalid: give a length from 1 to " + Integer.MAX_VALUE);
            }
        }
        requirePositive("--forks", forks, 0);
        requirePositive("--warmup-iterations", warmupIterations, 0);
        requirePositive("--iterations", iterations, 1);
        if (iterationMillis != null && iterationMillis < 1) {
            throw usage("--time " + iterationMillis + " is invalid: give milliseconds >= 1");
        }
        validateFiles();
        for (String profiler : profilers) {
            requireKnownProfiler(profiler);
        }

        if (input != null && (!kernels.isEmpty() || !implementations.isEmpty() || !sizes.isEmpty() || quick)) {
            throw usage("--input reads saved results, so --kernel, --implementation, --size and --quick do not"
                    + " apply; drop them");
        }
    }

    /** Rejects missing input files and output files whose folder does not exist. */
    private void validateFiles() {
        if (input != null) {
            InputFiles.requireReadable(spec, "--input", input);
        }
        if (compare != null) {
            InputFiles.requireReadable(spec, "--compare", compare);
        }
        if (json != null) {
            InputFiles.requireWritableFolder(spec, "--json", json);
        }
        if (chart != null) {
            InputFiles.requireWritableFolder(spec, "--chart", chart);
        }
    }

    /**
     * Rejects a {@code --prof} value that JMH cannot load on this machine (an unknown name, or a profiler
     * whose tool is missing), before any benchmark starts. The value is JMH's {@code NAME[:OPTIONS]}.
     */
    private void requireKnownProfiler(String profiler) {
        int colon = profiler.indexOf(':');
        ProfilerConfig config = colon < 0 ? new ProfilerConfig(profiler)
                : new ProfilerConfig(profiler.substring(0, colon), profiler.substring(colon + 1));
        try {
            ProfilerFactory.getProfilerOrException(config);
        } catch (ProfilerException e) {
            throw usage("--prof " + profiler + " is invalid: JMH cannot load it (" + firstLine(e.getMessage()) + ")"
                    + "; give a JMH profiler name, for example gc or stack");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "JMH cannot load it";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private void requirePositive(String option, Integer value, int min) {
        if (value != null && value < min) {
            throw usage(option + " " + value + " is invalid: give a count >= " + min);
        }
    }

    /** Returns the plan these options describe. */
    BenchPlan plan(KernelCatalog catalog) {
        List<Kernel> selected = new ArrayList<>();
        List<String> names = kernels.isEmpty() && quick ? quickKernels(catalog) : kernels;
        if (names.isEmpty()) {
            selected.addAll(catalog.all());
        }
        for (String name : names) {
            try {
                selected.add(catalog.get(name));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        if (selected.isEmpty()) {
            throw usage("no benchmark is compiled into this jar; build it with ./mvnw install");
        }

        List<String> sizeValues = sizes.stream().map(String::valueOf).toList();
        if (sizeValues.isEmpty() && quick) {
            sizeValues = List.of(QUICK_SIZE);
        }
        // --quick: at least one second of warm-up, which is enough for C2 to compile these kernels.
        int warmup = quick ? 2 : 3;
        int measured = quick ? 3 : 5;
        long warmupMillis = quick ? 600 : 1000;
        long measuredMillis = quick ? 500 : 1000;
        if (warmupIterations != null) {
            warmup = warmupIterations;
        }
        if (iterations != null) {
            measured = iterations;
        }
        if (iterationMillis != null) {
            warmupMillis = iterationMillis;
            measuredMillis = iterationMillis;
        }
        int forkCount = forks != null ? forks : 1;
        for (String implementation : implementations) {
            boolean known = selected.stream().anyMatch(k -> k.implementations().contains(implementation));
            if (!known) {
                throw usage("no selected kernel has the implementation '" + implementation + "'");
            }
        }
        return new BenchPlan(selected, implementations, sizeValues, forkCount, warmup, warmupMillis, measured, measuredMillis,
                profilers, jvmArgs);
    }

    /** Returns the quick kernels this jar has; a capability not yet built is left out, not an error. */
    private static List<String> quickKernels(KernelCatalog catalog) {
        return QUICK_KERNELS.stream().filter(catalog.names()::contains).toList();
    }

    private void printList(PrintWriter out) {
        KernelCatalog catalog = KernelCatalog.load();
        int width = catalog.names().stream().mapToInt(String::length).max().orElse(0);
        for (Kernel kernel : catalog.all()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %-10s implementations: %s; n: %s%n", kernel.name(), kernel.capability(),
                    String.join(", ", kernel.implementations()), String.join(", ", kernel.defaultSizes()));
        }
        out.flush();
    }

    private BenchReport readReport(Path file, String option) throws IOException {
        try {
            return ResultsJson.read(file);
        } catch (NoSuchFileException e) {
            throw usage(option + " " + file + ": file not found");
        } catch (IllegalArgumentException e) {
            throw usage(option + " " + file + " is not a lanekit results file: " + e.getMessage());
        }
    }

    private static PrintStream progressStream() {
        return System.err;
    }

    /** Returns the facts about this machine that go into the JSON file and the chart. */
    static Machine currentMachine() {
        ProviderInfo info = Providers.info();
        return new Machine(Runtime.version().toString(), CpuInfo.detect().model(), info.speciesBits(), info.summary());
    }

    private static String machineLine(Machine machine) {
        return machine.cpu() + "; lanekit " + machine.provider();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
