package dev.lanekit.bench.harness;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.bench.report.BenchResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs a {@link BenchPlan} through JMH's Runner API and turns JMH's results into {@link BenchResult}s. */
public final class BenchRunner {

    /** JVM flags every fork needs: the Vector API module and native access for the BLAS binding. */
    public static final List<String> FORK_FLAGS =
            List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED");

    private static final String ALLOCATION_METRIC = "gc.alloc.rate.norm";

    private BenchRunner() {}

    /**
     * The outcome of a run.
     *
     * @param results one result per benchmark that finished
     * @param failed how many benchmarks failed (their JMH log was printed to the progress stream)
     */
    public record Outcome(List<BenchResult> results, int failed) {}

    /**
     * Runs {@code plan}, printing one progress line per benchmark to {@code progress}.
     *
     * @param plan the benchmarks and JMH settings to run
     * @param progress receives one line per benchmark
     * @return the results and the number of benchmarks that failed
     * @throws RunnerException when JMH cannot run at all
     */
    public static Outcome run(BenchPlan plan, PrintStream progress) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(plan.forks())
                .warmupIterations(plan.warmupIterations())
                .warmupTime(TimeValue.milliseconds(plan.warmupMillis()))
                .measurementIterations(plan.iterations())
                .measurementTime(TimeValue.milliseconds(plan.iterationMillis()))
                .threads(1)
                .shouldFailOnError(false)
                .jvmArgsAppend(forkArguments(plan.jvmArgs()).toArray(String[]::new));
        String methods = plan.implementations().isEmpty() ? "[^.]+" : plan.implementations().stream()
                .map(KernelCatalog::methodName)
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(", ")"));
        for (Kernel kernel : plan.kernels()) {
            options.include("^" + Pattern.quote(kernel.className()) + "\\." + methods + "$");
        }
        if (!plan.sizes().isEmpty()) {
            options.param(Shape.SIZE_PARAM, plan.sizes().toArray(String[]::new));
        }
        for (String profiler : plan.profilers()) {
            options.addProfiler(profiler);
        }

        int expected = expectedCount(plan);
        progress.println("Running " + expected + " benchmarks (" + plan.forks() + " fork(s), "
                + plan.warmupIterations() + " × " + plan.warmupMillis() + " ms warm-up, "
                + plan.iterations() + " × " + plan.iterationMillis() + " ms measured each)");
        Collection<RunResult> runResults = new Runner(options.build(), new ProgressOutput(progress)).run();

        Map<String, String> kernelByClass = new LinkedHashMap<>();
        plan.kernels().forEach(k -> kernelByClass.put(k.className(), k.name()));
        List<BenchResult> results = new ArrayList<>();
        for (RunResult runResult : runResults) {
            results.add(toResult(runResult, kernelByClass));
        }
        return new Outcome(results, Math.max(0, expected - results.size()));
    }

    private static int expectedCount(BenchPlan plan) {
        int count = 0;
        for (Kernel kernel : plan.kernels()) {
            int shapes = 1;
            for (Map.Entry<String, List<String>> param : kernel.params().entrySet()) {
                boolean isSize = param.getKey().equals(Shape.SIZE_PARAM) && !plan.sizes().isEmpty();
                shapes *= isSize ? plan.sizes().size() : Math.max(1, param.getValue().size());
            }
            long implementations = kernel.implementations().stream()
                    .filter(name -> plan.implementations().isEmpty() || plan.implementations().contains(name))
                    .count();
            count += (int) (shapes * implementations);
        }
        return count;
    }

    /**
     * Returns the fork flags, the quiet logging configuration, this JVM's {@code -Dlanekit.*} properties,
     * then the caller's extra arguments.
     */
    static List<String> forkArguments(List<String> extra) {
        List<String> args = new ArrayList<>(FORK_FLAGS);
        args.add(ForkLogging.JVM_ARG);
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("lanekit.")) {
                args.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        args.addAll(extra);
        return args;
    }

    private static BenchResult toResult(RunResult runResult, Map<String, String> kernelByClass) {
        BenchmarkParams params = runResult.getParams();
        String benchmark = params.getBenchmark();
        String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);

        Map<String, String> values = new LinkedHashMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        Shape shape = new Shape(values);
        long size = values.containsKey(Shape.SIZE_PARAM) ? shape.n() : 0;

        Result<?> primary = runResult.getPrimaryResult();
        double ns = primary.getScore();
        double error = primary.getScoreError();
        Optional<Work> work = WorkModel.of(className, shape);
        double gflops = work.filter(w -> w.flops() > 0).map(w -> w.flops() / ns).orElse(Double.NaN);
        double gbPerSecond = work.filter(w -> w.bytes() > 0).map(w -> w.bytes() / ns).orElse(Double.NaN);
        Result<?> allocation = runResult.getSecondaryResults().get(ALLOCATION_METRIC);

        return new BenchResult(
                kernelByClass.getOrDefault(className, className),
                size,
                shape.toString(),
                KernelCatalog.implementationName(method),
                ns,
                Double.isFinite(error) ? error : Double.NaN,
                gflops,
                gbPerSecond,
                allocation == null ? Double.NaN : allocation.getScore());
    }
}
