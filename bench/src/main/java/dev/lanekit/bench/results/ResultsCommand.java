package dev.lanekit.bench.results;

import dev.lanekit.bench.cli.CpuInfo;
import dev.lanekit.bench.cli.ExitCodes;
import dev.lanekit.bench.cli.Subcommand;
import dev.lanekit.provider.ProviderInfo;
import dev.lanekit.provider.Providers;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lanekit results}: runs the declared benchmark suite, one table at a time under the benchmark
 * lock, and writes bench/RESULTS.md with its charts from the stored JSON.
 */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = {
            "Run the benchmark suite behind bench/RESULTS.md and regenerate it with its SVG charts.",
            "Run from the repository root. Each table is one JMH run under flock " + SuiteRunner.LOCK
                    + "; its raw JSON goes to bench/results/<table>.json."
        })
public final class ResultsCommand implements Subcommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Creates the command; picocli sets its options. */
    public ResultsCommand() {}

    @Option(names = "--quick", description = "Run the quick suite: fewer sizes, one short fork per benchmark"
            + " (about 9 minutes on 2 cores instead of about 50).")
    boolean quick;

    @Option(names = "--report-only", description = "Run nothing: render RESULTS.md and the charts again from the"
            + " JSON already in the results folder.")
    boolean reportOnly;

    @Option(names = "--only", paramLabel = "TABLE", description = "Run only this table (repeatable), keeping the"
            + " other tables' stored results; the table ids are those of --list.")
    List<String> only = new ArrayList<>();

    @Option(names = "--list", description = "Print the tables of the suite with their commands and exit.")
    boolean list;

    @Option(names = "--bench-dir", paramLabel = "DIR", defaultValue = "bench",
            description = "The bench folder: results go to DIR/results, the report to DIR/RESULTS.md"
                    + " (default: ${DEFAULT-VALUE}).")
    Path benchDir;

    @Option(names = "--jar", paramLabel = "JAR", description = "The lanekit jar whose benchmarks run"
            + " (default: the jar this command runs from).")
    Path jar;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path resultsDir = benchDir.resolve("results");
        Path report = benchDir.resolve("RESULTS.md");
        if (reportOnly && (quick || !only.isEmpty())) {
            err.println("lanekit results: --report-only runs nothing, so it cannot be combined with --quick or --only");
            err.flush();
            return ExitCodes.INVALID_ARGUMENTS;
        }

        int failed = 0;
        if (!reportOnly) {
            List<SuiteTable> tables = selectTables(err);
            if (tables == null) {
                return ExitCodes.INVALID_ARGUMENTS;
            }
            Path jarPath = jar != null ? jar : runningJar();
            if (jarPath == null || !Files.isRegularFile(jarPath)) {
                err.println("lanekit results: the lanekit jar was not found (" + jarPath + "); build it with"
                        + " ./mvnw -B -q install -DskipTests -pl bench -am, or pass --jar");
                err.flush();
                return ExitCodes.INVALID_ARGUMENTS;
            }
            String commit = gitCommit();
            SuiteRunner runner = new SuiteRunner(resultsDir, relative(jarPath),
                    benchDir.resolve("scripts").resolve("attention_numpy.py"), System.out, commit);
            if (list) {
                tables.forEach(t -> out.println(t.id() + ": " + String.join(" ", runner.command(t))));
                out.flush();
                return ExitCodes.OK;
            }
            Files.createDirectories(resultsDir);
            SuiteInfo info = suiteInfo(commit);
            Path suiteFile = resultsDir.resolve(ResultSet.SUITE_FILE);
            if (only.isEmpty() || !Files.exists(suiteFile)) {
                Files.writeString(suiteFile, info.toJson(), StandardCharsets.UTF_8);
            }
            failed = runner.run(tables);
            if (only.isEmpty()) {
                Files.writeString(suiteFile, info.withFinished(now()).toJson(), StandardCharsets.UTF_8);
            }
        }

        List<Target.Verdict> verdicts = ResultsReport.write(resultsDir, report);
        long met = verdicts.stream().filter(v -> v.status() == Target.Status.MET).count();
        long notMet = verdicts.stream().filter(v -> v.status() == Target.Status.NOT_MET).count();
        out.printf("Wrote %s: %d targets met, %d not met, %d not measured%n", report, met, notMet,
                verdicts.size() - met - notMet);
        if (failed > 0) {
            out.printf("%d table(s) failed; their logs are in %s%n", failed, resultsDir.resolve("logs"));
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /** Returns the tables to run, or null after printing why an --only name is unknown. */
    private List<SuiteTable> selectTables(PrintWriter err) {
        List<SuiteTable> all = Suite.tables(quick);
        if (only.isEmpty()) {
            return all;
        }
        List<SuiteTable> selected = new ArrayList<>();
        for (String id : only) {
            SuiteTable table = all.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
            if (table == null) {
                err.println("lanekit results: unknown table '" + id + "'; the " + (quick ? "quick" : "full")
                        + " suite has " + String.join(", ", all.stream().map(SuiteTable::id).toList()));
                err.flush();
                return null;
            }
            selected.add(table);
        }
        return selected;
    }

    private SuiteInfo suiteInfo(String commit) {
        CpuInfo cpu = CpuInfo.detect();
        ProviderInfo provider = Providers.info();
        String simdFeatures = cpu.features().stream().filter(f -> f.startsWith("avx") || f.equals("fma")
                || f.startsWith("sve") || f.startsWith("asimd")).reduce((a, b) -> a + " " + b).orElse("none");
        String command = "lanekit results" + (quick ? " --quick" : "")
                + (only.isEmpty() ? "" : " --only " + String.join(" --only ", only));
        return new SuiteInfo(cpu.model(), Runtime.getRuntime().availableProcessors(), simdFeatures,
                provider.speciesBits(), provider.summary(),
                Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                quick ? "quick" : "full", command, now(), now(), commit);
    }

    /**
     * Returns the commit checked out in the working folder, which the script builds the jar from, with
     * "(modified)" when tracked files other than the report and its results differ from it, or "" without git.
     */
    private static String gitCommit() {
        try {
            Process head = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String commit = new String(head.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (head.waitFor() != 0 || !commit.matches("[0-9a-f]{40}")) {
                return "";
            }
            // The report and the result files change with every run, so only the other files count.
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no", "--", ".",
                    ":!bench/RESULTS.md", ":!bench/results").redirectErrorStream(true).start();
            boolean modified = !new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank();
            status.waitFor();
            return modified ? commit + " (modified)" : commit;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Returns the jar this class was loaded from, or null when it runs from a class folder. */
    private static Path runningJar() {
        try {
            Path location = Path.of(ResultsCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /** Returns {@code path} relative to the working folder when it lies inside it, so recorded commands stay short. */
    private static Path relative(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
