package dev.lanekit.bench.results;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the tables of the suite one after the other, each as its own process under
 * {@code flock /tmp/lanekit-bench.lock}, so other benchmarks on the machine can take the lock between
 * two tables. Each table's raw output goes to {@code <id>.json}, how it ran to {@code <id>.run.json}, and
 * its console output to {@code logs/<id>.log} in the results folder.
 */
final class SuiteRunner {

    /** The lock every benchmark on this machine takes, so that no two run at the same time. */
    public static final String LOCK = "/tmp/lanekit-bench.lock";
    /** Debian's interpreter, which has python3-numpy; the first {@code python3} on the PATH may not. */
    static final String PYTHON = "/usr/bin/python3";
    private static final List<String> OPENBLAS_AT_BEST =
            List.of("env", "-u", "OPENBLAS_CORETYPE", "-u", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS=1");
    private static final List<String> JVM_FLAGS =
            List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED");

    private final Path resultsDir;
    private final Path jar;
    private final Path numpyScript;
    private final PrintStream progress;
    private final String commit;

    /**
     * Creates a runner.
     *
     * @param resultsDir where the result files go ({@code bench/results})
     * @param jar the lanekit jar whose benchmarks run ({@code bench/target/lanekit.jar})
     * @param numpyScript {@code bench/scripts/attention_numpy.py}
     * @param progress where one line per table goes
     * @param commit the git commit the jar was built from, recorded with each table, or empty
     */
    public SuiteRunner(Path resultsDir, Path jar, Path numpyScript, PrintStream progress, String commit) {
        this.resultsDir = resultsDir;
        this.jar = jar;
        this.numpyScript = numpyScript;
        this.progress = progress;
        this.commit = commit;
    }

    /** Returns the command that runs {@code table}, with the Java launcher written as {@code java}. */
    public List<String> command(SuiteTable table) {
        List<String> command = new ArrayList<>(List.of("flock", LOCK));
        if (table.openBlasAtBest()) {
            command.addAll(OPENBLAS_AT_BEST);
        }
        Path output = resultsDir.resolve(table.resultFile());
        SuiteTable.Timing timing = table.timing();
        if (table.kind() == SuiteTable.Kind.NUMPY) {
            command.addAll(List.of(PYTHON, numpyScript.toString(), "--shapes"));
            command.addAll(List.of(table.include().split(" ")));
            command.addAll(List.of("--repeat", Integer.toString(timing.iterations()), "--json", output.toString()));
            return command;
        }
        command.add("java");
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", jar.toString(), "org.openjdk.jmh.Main", table.include()));
        for (String param : table.params()) {
            command.addAll(List.of("-p", param));
        }
        command.addAll(List.of(
                "-f", Integer.toString(timing.forks()),
                "-wi", Integer.toString(timing.warmupIterations()),
                "-w", timing.warmupMillis() + "ms",
                "-i", Integer.toString(timing.iterations()),
                "-r", timing.iterationMillis() + "ms",
                "-rf", "json", "-rff", output.toString()));
        return command;
    }

    /**
     * Runs {@code tables} in order and returns how many failed (exited non-zero or wrote no result file).
     * A failed table does not stop the others.
     */
    public int run(List<SuiteTable> tables) throws IOException, InterruptedException {
        Files.createDirectories(resultsDir.resolve("logs"));
        int failed = 0;
        for (int i = 0; i < tables.size(); i++) {
            SuiteTable table = tables.get(i);
            progress.printf("[%d/%d] %s: %s%n", i + 1, tables.size(), table.id(), table.title());
            RunRecord record = runTable(table);
            boolean wroteResult = Files.exists(resultsDir.resolve(table.resultFile()));
            if (record.exitStatus() != 0 || !wroteResult) {
                failed++;
            }
            Duration took = Duration.between(Instant.parse(record.started()), Instant.parse(record.finished()));
            progress.printf("      %s in %d min %02d s, load average %s before, %s after%s%n",
                    record.exitStatus() == 0 && wroteResult ? "done" : "FAILED (exit status " + record.exitStatus() + ")",
                    took.toMinutes(), took.toSecondsPart(), record.loadBefore(), record.loadAfter(),
                    record.exitStatus() == 0 ? "" : "; see " + resultsDir.resolve("logs").resolve(table.id() + ".log"));
        }
        return failed;
    }

    private RunRecord runTable(SuiteTable table) throws IOException, InterruptedException {
        Path output = resultsDir.resolve(table.resultFile());
        Files.deleteIfExists(output);
        Path log = resultsDir.resolve("logs").resolve(table.id() + ".log");
        List<String> command = command(table);
        String core = table.section().equals("blas") ? probeOpenBlasCore(table) : "";

        String loadBefore = loadAverage();
        String started = now();
        Process process = new ProcessBuilder(launchable(command))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int status = process.waitFor();
        String finished = now();
        String loadAfter = loadAverage();

        String tag = "[" + table.section() + "]";
        List<String> printed = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> line.startsWith(tag)).distinct().toList();
        RunRecord record = new RunRecord(table.id(), command, started, finished, loadBefore, loadAfter, status, core,
                printed, commit);
        Files.writeString(resultsDir.resolve(table.runFile()), record.toJson(), StandardCharsets.UTF_8);
        return record;
    }

    /** Returns the OpenBLAS core type that {@code lanekit info} reports under the table's environment, or "". */
    private String probeOpenBlasCore(SuiteTable table) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (table.openBlasAtBest()) {
            command.addAll(OPENBLAS_AT_BEST);
        }
        command.add("java");
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-jar", jar.toString(), "info"));
        Process process = new ProcessBuilder(launchable(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        for (String line : output.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("core type")) {
                return trimmed.substring("core type".length()).trim();
            }
        }
        return "";
    }

    /** Replaces the {@code java} element with this JVM's launcher, so forks run the same JDK. */
    private static List<String> launchable(List<String> command) {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return command.stream().map(argument -> argument.equals("java") ? launcher : argument).toList();
    }

    /** Returns the 1-, 5- and 15-minute load averages from /proc/loadavg, or "unknown" where it does not exist. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
