package dev.lanekit.bench.results;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.bench.harness.KernelCatalog;
import dev.lanekit.bench.report.BenchReport;
import dev.lanekit.bench.report.BenchResult;
import dev.lanekit.bench.report.Machine;
import dev.lanekit.bench.report.ResultsJson;
import dev.lanekit.bench.report.SpeedupChart;
import dev.lanekit.bench.results.Target.Status;
import dev.lanekit.bench.results.Target.Verdict;
import dev.lanekit.bench.taylor.TimeChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Writes bench/RESULTS.md and its SVG charts from the files in the results folder alone, so a report can
 * be rendered again without running anything. Per section: the generated tables, their charts, the
 * section's targets with verdicts, then the section's notes files verbatim.
 */
final class ResultsReport {

    /** The command that regenerates the report, as RESULTS.md and the README show it. */
    public static final String COMMAND = "bench/scripts/results.sh";

    /** The benchmark classes of the batched vector kernels, charted at their row length n = 1024. */
    private static final Set<String> BATCHED = Set.of("DistancesBench", "SquaredDistancesBench", "NearestBench");

    private final ResultSet results;
    private final Path resultsDir;
    private final String subtitle;

    private ResultsReport(ResultSet results, Path resultsDir) {
        this.results = results;
        this.resultsDir = resultsDir;
        this.subtitle = results.suite().map(s -> s.shortMachine() + ", " + s.started().substring(0, 10))
                .orElse("machine not recorded");
    }

    /**
     * Reads {@code resultsDir} and writes {@code output} (RESULTS.md, which links the charts as
     * {@code results/NAME.svg}) and the charts into {@code resultsDir}.
     *
     * @return the verdict of every target, in order
     */
    public static List<Verdict> write(Path resultsDir, Path output) throws IOException {
        ResultSet results = ResultSet.load(resultsDir);
        ResultsReport report = new ResultsReport(results, resultsDir);
        List<Verdict> verdicts = Targets.all().stream().map(t -> t.check().apply(results)).toList();
        Files.writeString(output, report.markdown(verdicts), StandardCharsets.UTF_8);
        report.writeBaselines();
        return verdicts;
    }

    /**
     * Writes each time-per-call table again in the format of {@code lanekit bench --json}, as
     * {@code baselines/<table>.json}, so that {@code lanekit bench --compare} can use it as a baseline.
     */
    private void writeBaselines() throws IOException {
        if (results.suite().isEmpty()) {
            return;
        }
        SuiteInfo info = results.suite().get();
        Machine machine = new Machine(info.jdk(), info.cpu(), info.speciesBits(), info.provider());
        Path baselines = resultsDir.resolve("baselines");
        for (Map.Entry<String, TableData> table : results.data().entrySet()) {
            List<BenchResult> converted = new ArrayList<>();
            for (Measurement m : table.getValue().measurements()) {
                if (m.isThroughput() || !m.benchmark().contains(".")) {
                    continue;
                }
                Shape shape = new Shape(m.params());
                Optional<Work> work = MarkdownTables.work(m);
                converted.add(new BenchResult(m.kernel(), m.params().containsKey(Shape.SIZE_PARAM) ? shape.n() : 0,
                        shape.toString(), KernelCatalog.implementationName(m.method()), m.nanos(), m.nanosError(),
                        work.filter(w -> w.flops() > 0).map(w -> w.flops() / m.nanos()).orElse(Double.NaN),
                        work.filter(w -> w.bytes() > 0).map(w -> w.bytes() / m.nanos()).orElse(Double.NaN),
                        m.secondary().getOrDefault("gc.alloc.rate.norm", Double.NaN)));
            }
            if (!converted.isEmpty()) {
                Files.createDirectories(baselines);
                ResultsJson.write(new BenchReport(machine, converted), baselines.resolve(table.getKey() + ".json"));
            }
        }
    }

    private String markdown(List<Verdict> verdicts) throws IOException {
        StringBuilder out = new StringBuilder();
        header(out);
        summary(out, verdicts);

        Map<String, List<Path>> notes = Notes.find(resultsDir.resolve("notes"));
        List<Target> targets = Targets.all();
        for (Map.Entry<String, String> section : Sections.HEADINGS.entrySet()) {
            String id = section.getKey();
            out.append("\n## ").append(section.getValue()).append("\n");
            List<SuiteTable> tables = results.tables().stream().filter(t -> t.section().equals(id)).toList();
            List<Path> sectionNotes = notes.getOrDefault(id, List.of());
            if (tables.isEmpty()) {
                out.append(sectionNotes.isEmpty()
                        ? "\nThe suite runs no benchmark for this section, and no notes file records figures for it"
                                + " yet (bench/results/notes/" + id + "-<topic>.md).\n"
                        : "\nThe suite runs no benchmark for this section; the notes below record what was measured"
                                + " by hand.\n");
            }
            for (SuiteTable table : tables) {
                table(out, table);
            }
            extras(out, id);
            sectionTargets(out, targets, verdicts, id);
            for (Path file : sectionNotes) {
                out.append("\n<!-- notes: bench/results/notes/").append(file.getFileName()).append(" -->\n\n");
                out.append(Notes.read(file));
            }
        }
        List<Path> unsorted = notes.getOrDefault(Notes.UNSORTED, List.of());
        if (!unsorted.isEmpty()) {
            out.append("\n## Other notes\n\nThese notes files match no section id (").append(String.join(", ", Sections.IDS))
                    .append("); rename them `<section>-<topic>.md` to place them.\n");
            for (Path file : unsorted) {
                out.append("\n<!-- notes: bench/results/notes/").append(file.getFileName()).append(" -->\n\n");
                out.append(Notes.read(file));
            }
        }
        return out.toString();
    }

    private void header(StringBuilder out) {
        out.append("# Benchmark results\n\n");
        out.append("<!-- Generated by `lanekit results` from bench/results/; edit bench/results/notes/*.md, not this file. -->\n\n");
        out.append("Regenerate this page with one command from the repository root: `").append(COMMAND)
                .append("` runs the full suite (50 minutes on 2 cores that other builds shared), `").append(COMMAND)
                .append(" --quick` a shorter one (about 9 minutes; fewer sizes, shorter iterations), and `").append(COMMAND)
                .append(" --report-only` renders this page and its charts again from the JSON in `bench/results/`"
                        + " without running anything. The script builds the jar and then runs"
                        + " `java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar"
                        + " bench/target/lanekit.jar results`. Each table is one JMH run (or one run of"
                        + " `bench/scripts/attention_numpy.py`) under `flock ").append(SuiteRunner.LOCK)
                .append("`; its raw JSON is `bench/results/<table>.json`, and how it ran is"
                        + " `bench/results/<table>.run.json`.\n\n");

        Optional<SuiteInfo> suite = results.suite();
        if (suite.isPresent()) {
            SuiteInfo info = suite.get();
            out.append("**This run:** the ").append(info.mode()).append(" suite, ").append(Format.utc(info.started()))
                    .append(" to ").append(Format.utc(info.finished())).append(", command `").append(info.command())
                    .append("`").append(info.commit().isEmpty() ? "" : ", code at commit " + info.commit())
                    .append(".");
            List<String> rerun = results.tables().stream()
                    .map(table -> results.runs().get(table.id()))
                    .filter(run -> run != null && run.started().compareTo(info.finished()) > 0)
                    .map(run -> "`" + run.table() + "`").toList();
            if (!rerun.isEmpty()) {
                out.append(" These tables ran again after the suite, with `--only`: ").append(String.join(", ", rerun))
                        .append("; each gives its own date and, where it differs, its commit.");
            }
            out.append("\n\n");
            out.append("**Machine:** ").append(info.machineLine()).append(". Provider: ").append(info.provider())
                    .append(".\n\n");
            if (info.mode().equals("quick")) {
                List<String> left = Suite.tables(false).stream().map(SuiteTable::id)
                        .filter(id -> results.tables().stream().noneMatch(t -> t.id().equals(id))).toList();
                out.append("**Quick suite:** one fork, short iterations and fewer sizes, so the error bars are"
                        + " wider than a full run's; it leaves out the tables ").append(String.join(", ", left))
                        .append(".\n\n");
            }
        } else {
            out.append("**This run:** no suite record (`bench/results/suite.json`) was found.\n\n");
        }
        load(out);
        out.append("**How to read the tables:** each cell is JMH's mean with the half-width of its 99.9% confidence"
                + " interval as a percentage. A column `a` vs `b` is how many times faster `a` is than `b` at that"
                + " point (b's time divided by a's, or a's rate divided by b's), taken within the same JMH run."
                + " Rates are GFLOP/s or GB/s from the work each benchmark class declares.\n");
    }

    /** States the range of the 1-minute load average over the tables' before and after readings. */
    private void load(StringBuilder out) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (RunRecord run : results.runs().values()) {
            for (String reading : List.of(run.loadBefore(), run.loadAfter())) {
                try {
                    double oneMinute = Double.parseDouble(reading.split(" ")[0]);
                    lowest = Math.min(lowest, oneMinute);
                    highest = Math.max(highest, oneMinute);
                } catch (NumberFormatException e) {
                    // "unknown" where /proc/loadavg does not exist: no reading to count.
                }
            }
        }
        out.append("**Load:** each table holds the benchmark lock, which keeps other benchmarks out while it runs,"
                + " and gives the 1-, 5- and 15-minute load averages before and after it.");
        int cores = results.suite().map(SuiteInfo::cores).orElse(0);
        if (Double.isFinite(highest)) {
            out.append(String.format(Locale.ROOT, " In this run the 1-minute load average ranged from %.2f to %.2f"
                    + " on %d cores", lowest, highest, cores));
            out.append(highest > cores / 2.0
                    ? ": other processes (builds and tests) shared the cores with the benchmarks, so absolute"
                            + " times are inflated and JMH's error bars are wide. Ratios within one table, whose"
                            + " two sides ran in the same JMH run seconds to minutes apart, are the figures to read.\n\n"
                    : ".\n\n");
        } else {
            out.append("\n\n");
        }
    }

    private void summary(StringBuilder out, List<Verdict> verdicts) throws IOException {
        out.append("\n## Targets\n\n");
        List<Target> targets = Targets.all();
        long met = verdicts.stream().filter(v -> v.status() == Status.MET).count();
        long notMet = verdicts.stream().filter(v -> v.status() == Status.NOT_MET).count();
        long withinError = verdicts.stream().filter(Verdict::withinError).count();
        out.append(String.format(Locale.ROOT, "%d of %d targets met, %d not met, %d not measured in this run. For %d"
                        + " of the measured ones the threshold lies within the error of the ratio (JMH's 99.9%% intervals"
                        + " of both sides added), marked \"within error\": another run could reach the other verdict.%n%n",
                met, targets.size(), notMet, targets.size() - met - notMet, withinError));
        MarkdownTables.row(out, List.of("section", "target", "measured", "verdict"));
        MarkdownTables.row(out, List.of("---", "---", "---", "---"));
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            MarkdownTables.row(out, List.of(target.section(), target.text(), verdicts.get(i).measured(),
                    verdicts.get(i).label()));
        }
        BarChart peers = peersChart();
        if (!peers.isEmpty()) {
            writeChart("peers.svg", peers.svg());
            out.append("\n![lanekit against OpenBLAS, numpy, netlib and Lucene](results/peers.svg)\n");
        }
    }

    private void table(StringBuilder out, SuiteTable table) {
        out.append("\n### ").append(capitalize(table.title())).append("\n");
        Optional<TableData> data = results.table(table.id());
        RunRecord run = results.runs().get(table.id());
        if (run != null) {
            out.append("\nTable `").append(table.id()).append("`: ")
                    .append(results.suite().map(SuiteInfo::shortMachine).orElse("machine not recorded"))
                    .append("; run ").append(Format.utc(run.started())).append(" to ").append(Format.utc(run.finished()))
                    .append(", load average ").append(run.loadBefore()).append(" before and ").append(run.loadAfter())
                    .append(" after");
            String suiteCommit = results.suite().map(SuiteInfo::commit).orElse("");
            if (!run.commit().isEmpty() && !run.commit().equals(suiteCommit)) {
                out.append("; code at commit ").append(run.commit());
            }
            if (!run.openBlasCore().isEmpty()) {
                out.append("; OpenBLAS core type ").append(run.openBlasCore());
            }
            if (run.exitStatus() != 0) {
                out.append("; the command FAILED with exit status ").append(run.exitStatus())
                        .append(" (its log is bench/results/logs/").append(table.id()).append(".log)");
            }
            out.append(". Raw results: [").append(table.resultFile()).append("](results/").append(table.resultFile())
                    .append(").\n\n```\n").append(shellLine(run.command())).append("\n```\n");
        }
        if (results.invalid().containsKey(table.id())) {
            out.append("\nNo results: the result file could not be read (").append(results.invalid().get(table.id()))
                    .append("); the run may still be going, or it failed.\n");
            return;
        }
        if (data.isEmpty() || data.get().measurements().isEmpty()) {
            out.append("\nNo results: this table was not run, or its run wrote no result file.\n");
            return;
        }
        if (table.kind() == SuiteTable.Kind.NUMPY) {
            numpy(out, data.get());
            return;
        }
        out.append('\n').append(MarkdownTables.render(data.get(), mainMethod(table)));
    }

    private static String mainMethod(SuiteTable table) {
        return switch (table.section()) {
            case "inversion" -> "grayAbandon";
            case "taylor" -> "taylor";
            default -> "simd";
        };
    }

    private void numpy(StringBuilder out, TableData data) {
        Map<String, String> facts = data.facts();
        out.append("\nnumpy ").append(facts.getOrDefault("numpy", "?")).append(" on ")
                .append(facts.getOrDefault("blas", "?")).append(", OpenBLAS core type ")
                .append(facts.getOrDefault("core", "?")).append(", ").append(facts.getOrDefault("threads", "?"))
                .append(" thread(s), OPENBLAS_CORETYPE ").append(facts.getOrDefault("coretype", "?"))
                .append(". The lanekit column is `simd` from the attention tables below, run right after the script;"
                        + " the ratio is numpy's median time divided by lanekit's mean.\n\n");
        MarkdownTables.row(out, List.of("shape", "numpy median", "numpy best", "lanekit `simd`", "`simd` vs numpy"));
        MarkdownTables.row(out, List.of("---", "---", "---", "---", "---"));
        for (Measurement m : data.measurements()) {
            String shape = m.params().get("shape");
            Optional<Measurement> lanekit = lanekitAttention(shape);
            MarkdownTables.row(out, List.of(shape, Format.time(m.nanos()),
                    Format.time(m.secondary().getOrDefault("best", Double.NaN) * 1e6),
                    lanekit.map(Targets::figure).orElse("not run"),
                    lanekit.map(l -> Format.ratio(m.nanos() / l.nanos())).orElse("")));
        }
    }

    /** Returns lanekit's SIMD measurement of the numpy script's shape, from whichever attention table timed it. */
    private Optional<Measurement> lanekitAttention(String shape) {
        return switch (shape) {
            case "single-2048-64" -> results.find("attention-single", "AttentionBench", "simd", "n=2048", "d=64");
            case "single-4096-64" -> results.find("attention-large", "AttentionBench", "simd", "n=4096", "d=64");
            case "single-4096-128" -> results.find("attention-large", "AttentionBench", "simd", "n=4096", "d=128");
            case "bert-base-512" -> results.find("attention-models", "MultiHeadAttentionBench", "simd", "n=512");
            case "llama-prefill-2048" -> results.find("attention-llama-prefill", "MultiHeadAttentionBench", "simd",
                    "n=2048");
            case "llama-decode-4096" -> results.find("attention-models", "DecodeAttentionBench", "simd", "n=4096");
            default -> Optional.empty();
        };
    }

    private void extras(StringBuilder out, String section) throws IOException {
        switch (section) {
            case "vector" -> speedupChart(out, "vector-speedup.svg", "speedup over scalar at n = 4096 (batched kernels:"
                    + " n = 1024)", List.of("vector-targets", "vector-all", "vector-batched"),
                    m -> m.params().get("n").equals(BATCHED.contains(m.simpleName()) ? "1024" : "4096"));
            case "blas" -> speedupChart(out, "blas-speedup.svg", "Java SIMD and peers over scalar Java",
                    List.of("blas-java"), m -> true);
            case "attention" -> speedupChart(out, "attention-speedup.svg", "speedup over the scalar three-pass",
                    List.of("attention-single", "attention-models"), m -> true);
            case "taylor" -> taylor(out);
            case "matvec" -> speedupChart(out, "matvec-speedup.svg", "speedup over scalar",
                    List.of("matvec-throughput"), m -> true);
            case "inversion" -> inversion(out);
            default -> { }
        }
    }

    private void speedupChart(StringBuilder out, String file, String what, List<String> tables,
            Predicate<Measurement> keep) throws IOException {
        List<BenchResult> chartResults = new ArrayList<>();
        for (String id : tables) {
            results.table(id).ifPresent(data -> data.measurements().stream()
                    .filter(m -> !m.isThroughput() && m.params().containsKey("n") && keep.test(m))
                    .forEach(m -> chartResults.add(new BenchResult(m.kernel(), Long.parseLong(m.params().get("n")),
                            m.shape(), m.method(), m.nanos(), Double.NaN, Double.NaN, Double.NaN, Double.NaN))));
        }
        if (chartResults.stream().noneMatch(r -> r.implementation().equals(BenchResult.SCALAR))) {
            return;
        }
        writeChart(file, SpeedupChart.svg(chartResults, subtitle));
        out.append("\n![").append(capitalize(what)).append("](results/").append(file).append(")\n");
    }

    private void taylor(StringBuilder out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String table : List.of("taylor-crossover", "taylor-causal")) {
            Optional<TableData> data = results.table(table);
            if (data.isEmpty()) {
                continue;
            }
            TreeSet<Integer> widths = new TreeSet<>();
            TreeSet<Integer> orders = new TreeSet<>();
            data.get().measurements().forEach(m -> {
                widths.add(Integer.parseInt(m.params().get("d")));
                orders.add(Integer.parseInt(m.params().get("p")));
            });
            for (int d : widths) {
                TimeChart chart = new TimeChart(String.format(Locale.ROOT, "Taylor vs exact attention, d = %d, %s", d,
                        table.endsWith("causal") ? "causal" : "non-causal"));
                TreeMap<Integer, Double> exact = series(data.get(), d, "exact", -1);
                if (!exact.isEmpty()) {
                    chart.add("exact", keys(exact), millis(exact));
                }
                for (int p : orders) {
                    TreeMap<Integer, Double> taylor = series(data.get(), d, "taylor", p);
                    if (taylor.isEmpty()) {
                        continue;
                    }
                    chart.add("Taylor p = " + p, keys(taylor), millis(taylor));
                    Optional<Targets.Crossover> crossover = Targets.Crossover.of(results, table, d, p);
                    crossover.ifPresent(c -> rows.add(new String[] {Integer.toString(d), Integer.toString(p),
                            table.endsWith("causal") ? "yes" : "no", c.describe()}));
                    if (p == 2 && crossover.isPresent()) {
                        chart.marker(crossover.get().n(), "p = 2 crossover");
                    }
                }
                String file = String.format(Locale.ROOT, "%s-d%d.svg", table, d);
                writeChart(file, chart.render());
                out.append("\n![Taylor against exact attention, d = ").append(d).append(table.endsWith("causal")
                        ? ", causal" : "").append("](results/").append(file).append(")\n");
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        out.append("\n### Crossover n\n\nThe n beyond which Taylor attention is faster than exact attention,"
                + " interpolated in log-log between the two timed sizes where the ratio passes 1; ≈ marks an"
                + " extrapolation from the largest size with exact ∝ n² and Taylor ∝ n (Taylor faster, or slower,"
                + " at every timed size).\n\n");
        MarkdownTables.row(out, List.of("d", "p", "causal", "crossover n"));
        MarkdownTables.row(out, List.of("---", "---", "---", "---"));
        rows.forEach(row -> MarkdownTables.row(out, List.of(row)));
    }

    private static TreeMap<Integer, Double> series(TableData data, int d, String method, int p) {
        TreeMap<Integer, Double> series = new TreeMap<>();
        for (Measurement m : data.measurements()) {
            if (m.method().equals(method) && m.params().get("d").equals(Integer.toString(d))
                    && (p < 0 || m.params().get("p").equals(Integer.toString(p)))) {
                series.merge(Integer.parseInt(m.params().get("n")), m.nanos(), Math::min);
            }
        }
        return series;
    }

    private static double[] keys(TreeMap<Integer, Double> series) {
        return series.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
    }

    private static double[] millis(TreeMap<Integer, Double> series) {
        return series.values().stream().mapToDouble(nanos -> nanos / 1e6).toArray();
    }

    private void inversion(StringBuilder out) throws IOException {
        Optional<TableData> threads = results.table("inversion-threads");
        if (threads.isPresent()) {
            out.append("\n### Thread scaling\n\n");
            MarkdownTables.row(out, List.of("network", "1 thread", "2 threads", "2 threads vs 1"));
            MarkdownTables.row(out, List.of("---", "---", "---", "---"));
            for (String model : List.of("dense", "sat")) {
                Optional<Measurement> one = results.find("inversion-threads", "InversionBench", "grayAbandon",
                        "model=" + model, "threads=1");
                Optional<Measurement> two = results.find("inversion-threads", "InversionBench", "grayAbandon",
                        "model=" + model, "threads=2");
                if (one.isPresent() && two.isPresent()) {
                    MarkdownTables.row(out, List.of(model.equals("sat") ? "k-SAT (3-SAT, 4.26·n clauses)"
                                    : "dense, width 256, 64 outputs", Targets.figure(one.get()),
                            Targets.figure(two.get()), Format.ratio(two.get().perSecond() / one.get().perSecond())));
                }
            }
        }
        BarChart chart = new BarChart("Inversion search: candidates per second (higher is better)", subtitle,
                "million candidates per second", Double.NaN);
        for (String table : List.of("inversion-variants", "inversion-threads")) {
            results.table(table).ifPresent(data -> data.measurements().forEach(m -> chart.add(
                    String.format(Locale.ROOT, "%s n=%s, %s, %s thread%s", m.params().get("model"), m.params().get("n"),
                            m.method(), m.params().get("threads"), m.params().get("threads").equals("1") ? "" : "s"),
                    m.perSecond() / 1e6, m.params().get("model").equals("sat") ? 1 : 0)));
        }
        if (!chart.isEmpty()) {
            writeChart("inversion-candidates.svg", chart.svg());
            out.append("\n![Inversion candidates per second](results/inversion-candidates.svg)\n");
        }
    }

    /** lanekit's speed against each peer where both ran in one table, and against numpy per attention shape. */
    private BarChart peersChart() {
        BarChart chart = new BarChart("lanekit against its peers (higher is better)", subtitle,
                "times faster than the peer (dashed line: as fast)", 1);
        for (String table : List.of("vector-targets", "vector-all")) {
            results.table(table).ifPresent(data -> peerBars(chart, data, "n", "4096", 0));
        }
        for (String table : List.of("blas-sgemm-openblas", "blas-sgemv-openblas")) {
            results.table(table).ifPresent(data -> peerBars(chart, data, null, null, 1));
        }
        results.table("attention-numpy").ifPresent(data -> data.measurements().forEach(numpy ->
                lanekitAttention(numpy.params().get("shape")).ifPresent(lanekit -> chart.add(
                        "attention " + numpy.params().get("shape") + " vs numpy", numpy.nanos() / lanekit.nanos(), 2))));
        return chart;
    }

    private static void peerBars(BarChart chart, TableData data, String param, String value, int series) {
        for (Measurement simd : data.measurements()) {
            if (!simd.method().equals("simd") || (param != null && !value.equals(simd.params().get(param)))) {
                continue;
            }
            for (Measurement peer : data.measurements()) {
                boolean isPeer = List.of("netlib", "lucene", "nativeSegments").contains(peer.method());
                if (isPeer && peer.benchmark().equals(simd.benchmark()) && peer.params().equals(simd.params())) {
                    String name = peer.method().equals("nativeSegments") ? "OpenBLAS" : peer.method();
                    chart.add(simd.kernel() + " " + simd.shape() + " vs " + name, MarkdownTables.speedup(simd, peer),
                            series);
                }
            }
        }
    }

    private void sectionTargets(StringBuilder out, List<Target> targets, List<Verdict> verdicts, String section) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).section().equals(section)) {
                indexes.add(i);
            }
        }
        if (indexes.isEmpty()) {
            return;
        }
        out.append("\n### Targets\n\n");
        MarkdownTables.row(out, List.of("target", "measured", "verdict"));
        MarkdownTables.row(out, List.of("---", "---", "---"));
        for (int i : indexes) {
            MarkdownTables.row(out, List.of(targets.get(i).text(), verdicts.get(i).measured(),
                    verdicts.get(i).label()));
        }
    }

    private void writeChart(String file, String svg) throws IOException {
        Files.writeString(resultsDir.resolve(file), svg, StandardCharsets.UTF_8);
    }

    /** Returns the command as one shell line, quoting the arguments that need it. */
    static String shellLine(List<String> command) {
        List<String> words = new ArrayList<>();
        for (String argument : command) {
            words.add(argument.matches("[A-Za-z0-9_./=,:+@%-]+") ? argument : "'" + argument.replace("'", "'\\''") + "'");
        }
        return String.join(" ", words);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
