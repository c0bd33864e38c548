package dev.lanekit.bench.harness;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * A JMH output that prints one line per finished benchmark instead of JMH's full log, and JMH's log of a
 * benchmark only when that benchmark fails (its stack trace is in it).
 */
final class ProgressOutput implements OutputFormat {

    private final PrintStream out;
    private final StringBuilder log = new StringBuilder();
    private String current = "";
    private int started;

    ProgressOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        started++;
        log.setLength(0);
        current = describe(params);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        if (result == null || result.getPrimaryResult() == null) {
            out.println("[" + started + "] " + current + ": FAILED");
            out.print(log);
        } else {
            out.printf(Locale.ROOT, "[%d] %s: %.2f %s%n", started, current,
                    result.getPrimaryResult().getScore(), result.getScoreUnit());
        }
        out.flush();
        log.setLength(0);
    }

    private static String describe(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        StringBuilder text = new StringBuilder(simpleName).append(' ').append(method);
        for (String key : params.getParamsKeys()) {
            text.append(' ').append(key).append('=').append(params.getParam(key));
        }
        return text.toString();
    }

    @Override
    public void print(String s) {
        log.append(s);
    }

    @Override
    public void println(String s) {
        log.append(s).append('\n');
    }

    @Override
    public void verbosePrintln(String s) {
        log.append(s).append('\n');
    }

    @Override
    public void write(int b) {
        log.append((char) b);
    }

    @Override
    public void write(byte[] b) {
        log.append(new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {}

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {}

    @Override
    public void startRun() {}

    @Override
    public void endRun(Collection<RunResult> result) {
        // A failure outside any benchmark (for example a fork that cannot start) is only in the log.
        if (!log.isEmpty() && log.toString().contains("<failure>")) {
            out.print(log);
        }
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
