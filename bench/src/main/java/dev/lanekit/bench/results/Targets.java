package dev.lanekit.bench.results;

import dev.lanekit.bench.results.Target.Status;
import dev.lanekit.bench.results.Target.Verdict;
import dev.lanekit.bench.Work;
import dev.lanekit.bench.taylor.TaylorComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeMap;

/**
 * The performance targets of every capability, each checked against the tables of a suite run. Every
 * ratio is taken within one table, which is one JMH run, except the comparison with numpy, whose script
 * runs as its own process just before the attention benchmarks.
 */
final class Targets {

    /** The rows per candidate in the line the inversion benchmark's setup prints. */
    private static final Pattern ROWS_PER_CANDIDATE = Pattern.compile("with abandon ([0-9.]+) output rows");

    private Targets() {}

    /** Returns every target, in section order. */
    public static List<Target> all() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("vector", "dot, n = 4096: simd ≥ 12× scalar",
                rs -> atLeast(rs, "vector-targets", "DotBench", "simd", "scalar", 12, "n=4096")));
        targets.add(new Target("vector", "dot, n = 4096: simd ≥ 1.2× netlib VectorBLAS `sdot`",
                rs -> atLeast(rs, "vector-targets", "DotBench", "simd", "netlib", 1.2, "n=4096")));
        targets.add(new Target("vector", "ℓ2 norm, n = 4096: simd ≥ 8× scalar Blue's scaled sums (`blue`)",
                rs -> atLeast(rs, "vector-targets", "L2NormBench", "simd", "blue", 8, "n=4096")));
        targets.add(new Target("vector", "dot, n = 16M: time ≤ 1.15× summing both arrays (`sumBoth`)",
                rs -> timeAtMost(rs, "vector-targets", "DotBench", "simd", "sumBoth", 1.15, "n=16777216")));

        targets.add(new Target("blas", "sgemv A·x at 4096²: Java ≥ 0.9× OpenBLAS",
                rs -> againstOpenBlas(rs, "sgemv", "SgemvBench", 0.9, "n=4096", "trans=N")));
        targets.add(new Target("blas", "sgemv Aᵀ·x at 4096²: Java ≥ 0.9× OpenBLAS",
                rs -> againstOpenBlas(rs, "sgemv", "SgemvBench", 0.9, "n=4096", "trans=T")));
        targets.add(new Target("blas", "sgemm at 1024²: Java ≥ 0.9× OpenBLAS",
                rs -> againstOpenBlas(rs, "sgemm", "SgemmBench", 0.9, "n=1024")));
        targets.add(new Target("blas", "sgemm at 2048²: Java ≥ 0.9× OpenBLAS",
                rs -> againstOpenBlas(rs, "sgemm", "SgemmBench", 0.9, "n=2048")));
        targets.add(new Target("blas", "sgemm at 256²: Java ≥ 0.7× OpenBLAS",
                rs -> againstOpenBlas(rs, "sgemm", "SgemmBench", 0.7, "n=256")));
        targets.add(new Target("blas", "sgemm: no collapse at any size (checked here as: the lowest GFLOP/s from"
                + " n = 128 to 2048 is at least half the highest)", Targets::noCollapse));
        targets.add(new Target("blas", "native sdot at n = 16: at most 2× the time of the Java SIMD dot",
                rs -> timeAtMost(rs, "blas-sdot", "SdotBench", "nativeBlas", "simd", 2, "n=16")));

        targets.add(new Target("attention", "single head, n = 2048, d = 64: simd ≥ 20× the scalar three-pass",
                rs -> atLeast(rs, "attention-single", "AttentionBench", "simd", "scalar", 20, "n=2048", "d=64")));
        targets.add(new Target("attention", "single head, n = 2048, d = 64: simd ≥ 1.5× numpy (OpenBLAS with its"
                + " own kernel choice, one thread)", Targets::againstNumpy));
        targets.add(new Target("attention", "single head, n = 4096, d = 64: ≥ 100 GFLOP/s counting 4·n²·d",
                Targets::attentionGflops));

        targets.add(new Target("taylor", "crossover n ≤ 512 at d = 16, p = 2", rs -> crossover(rs, 16, 512)));
        targets.add(new Target("taylor", "crossover n ≤ 4096 at d = 64, p = 2", rs -> crossover(rs, 64, 4096)));
        targets.add(new Target("taylor", "causal time at n = 65536, d = 16, p = 2 ≤ 2× the non-causal time",
                rs -> causal(rs)));

        targets.add(new Target("matvec", "CSR matvec ≥ 3× scalar",
                rs -> atLeast(rs, "matvec-throughput", "CsrMatvecBench", "simd", "scalar", 3)));
        targets.add(new Target("matvec", "banded matvec ≥ 6× scalar",
                rs -> atLeast(rs, "matvec-throughput", "BandedMatvecBench", "simd", "scalar", 6)));

        targets.add(new Target("inversion", "k-SAT network, n = 24: incremental with abandon ≥ 10× naive",
                rs -> atLeast(rs, "inversion-variants", "InversionBench", "grayAbandon", "naive", 10,
                        "model=sat", "n=24", "p=2", "threads=1")));
        targets.add(new Target("inversion", "dense network, n = 24, width 256: incremental with abandon ≥ 2× naive",
                rs -> atLeast(rs, "inversion-variants", "InversionBench", "grayAbandon", "naive", 2,
                        "model=dense", "n=24", "width=256", "p=2", "threads=1")));
        targets.add(new Target("inversion", "dense network, n = 24, width 256, p = 2: candidates per second within 2×"
                + " of the FLOP roofline of the remaining work", Targets::roofline));
        targets.add(new Target("inversion", "dense network, n = 24: ≥ 1.8× from 1 to 2 threads",
                rs -> threads(rs, "dense")));
        targets.add(new Target("inversion", "k-SAT network, n = 24: ≥ 1.8× from 1 to 2 threads",
                rs -> threads(rs, "sat")));
        return targets;
    }

    /**
     * Returns how many times faster {@code fast} is than {@code slow} in one table: the ratio of times, or
     * of throughputs for throughput benchmarks.
     */
    static Optional<Double> speedup(ResultSet rs, String table, String benchmark, String fast, String slow,
            String... params) {
        Optional<Measurement> a = rs.find(table, benchmark, fast, params);
        Optional<Measurement> b = rs.find(table, benchmark, slow, params);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(a.get().isThroughput()
                ? a.get().perSecond() / b.get().perSecond()
                : b.get().nanos() / a.get().nanos());
    }

    private static Verdict atLeast(ResultSet rs, String table, String benchmark, String fast, String slow,
            double threshold, String... params) {
        Optional<Measurement> a = rs.find(table, benchmark, fast, params);
        Optional<Measurement> b = rs.find(table, benchmark, slow, params);
        if (a.isEmpty() || b.isEmpty()) {
            return missing(table);
        }
        double ratio = speedup(rs, table, benchmark, fast, slow, params).orElseThrow();
        return Verdict.ofRatio(Format.ratio(ratio) + " (" + figure(a.get()) + " against " + figure(b.get()) + ")",
                ratio >= threshold, ratio, threshold, a.get(), b.get());
    }

    private static Verdict timeAtMost(ResultSet rs, String table, String benchmark, String method, String baseline,
            double threshold, String... params) {
        Optional<Measurement> a = rs.find(table, benchmark, method, params);
        Optional<Measurement> b = rs.find(table, benchmark, baseline, params);
        if (a.isEmpty() || b.isEmpty()) {
            return missing(table);
        }
        double ratio = a.get().nanos() / b.get().nanos();
        return Verdict.ofRatio(Format.ratio(ratio) + " (" + figure(a.get()) + " against " + figure(b.get()) + ")",
                ratio <= threshold, ratio, threshold, a.get(), b.get());
    }

    /**
     * Compares the Java kernel with OpenBLAS in each run that timed both (OpenBLAS's own kernel choice, and
     * the environment's {@code OPENBLAS_CORETYPE}), and judges against the run where OpenBLAS was faster.
     */
    private static Verdict againstOpenBlas(ResultSet rs, String kernel, String benchmark, double threshold,
            String... params) {
        String bestTable = null;
        double bestNanos = Double.POSITIVE_INFINITY;
        for (String table : List.of("blas-" + kernel + "-openblas", "blas-java")) {
            Optional<Measurement> library = rs.find(table, benchmark, "nativeSegments", params);
            if (library.isPresent() && rs.find(table, benchmark, "simd", params).isPresent()
                    && library.get().nanos() < bestNanos) {
                bestNanos = library.get().nanos();
                bestTable = table;
            }
        }
        if (bestTable == null) {
            return missing("blas-" + kernel + "-openblas");
        }
        Measurement java = rs.find(bestTable, benchmark, "simd", params).orElseThrow();
        Measurement library = rs.find(bestTable, benchmark, "nativeSegments", params).orElseThrow();
        double ratio = library.nanos() / java.nanos();
        String core = Optional.ofNullable(rs.runs().get(bestTable)).map(RunRecord::openBlasCore)
                .filter(c -> !c.isEmpty()).orElse("core type not recorded");
        return Verdict.ofRatio(Format.ratio(ratio) + " (" + figure(java) + " against " + figure(library)
                + ", OpenBLAS " + core + ", table " + bestTable + ")", ratio >= threshold, ratio, threshold, java, library);
    }

    private static Verdict noCollapse(ResultSet rs) {
        Optional<TableData> table = rs.table("blas-sgemm-openblas");
        if (table.isEmpty()) {
            return missing("blas-sgemm-openblas");
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        String lowestAt = "";
        String highestAt = "";
        int sizes = 0;
        for (Measurement m : table.get().select("SgemmBench", "simd", java.util.Map.of())) {
            double n = Double.parseDouble(m.params().get("n"));
            double gflops = 2 * n * n * n / m.nanos();
            sizes++;
            if (gflops < lowest) {
                lowest = gflops;
                lowestAt = m.params().get("n");
            }
            if (gflops > highest) {
                highest = gflops;
                highestAt = m.params().get("n");
            }
        }
        if (sizes < 2) {
            return Verdict.notMeasured("needs at least two sizes; this run timed " + sizes);
        }
        return Verdict.of(String.format(Locale.ROOT, "%.0f GFLOP/s at n = %s, %.0f at n = %s (%d sizes)",
                lowest, lowestAt, highest, highestAt, sizes), lowest >= highest / 2);
    }

    private static Verdict againstNumpy(ResultSet rs) {
        Optional<Measurement> numpy = rs.find("attention-numpy", "numpy", "numpy", "shape=single-2048-64");
        Optional<Measurement> simd = rs.find("attention-single", "AttentionBench", "simd", "n=2048", "d=64");
        if (numpy.isEmpty() || simd.isEmpty()) {
            return missing(numpy.isEmpty() ? "attention-numpy" : "attention-single");
        }
        // numpy's script reports no confidence interval, so its best call serves as the low end of its time.
        double ratio = numpy.get().nanos() / simd.get().nanos();
        double bestRatio = numpy.get().secondary().getOrDefault("best", Double.NaN) * 1e6 / simd.get().nanos();
        Verdict verdict = Verdict.ofRatio(Format.ratio(ratio) + " (" + figure(simd.get()) + " against numpy's median "
                + Format.time(numpy.get().nanos()) + "; against numpy's best call " + Format.ratio(bestRatio) + ")",
                ratio >= 1.5, ratio, 1.5, simd.get(), numpy.get());
        boolean bestDisagrees = Double.isFinite(bestRatio) && (bestRatio >= 1.5) != (ratio >= 1.5);
        return new Verdict(verdict.measured(), verdict.status(), verdict.withinError() || bestDisagrees);
    }

    private static Verdict attentionGflops(ResultSet rs) {
        Optional<Measurement> simd = rs.find("attention-large", "AttentionBench", "simd", "n=4096", "d=64");
        if (simd.isEmpty()) {
            return missing("attention-large");
        }
        double gflops = 4.0 * 4096 * 4096 * 64 / simd.get().nanos();
        double relative = simd.get().scoreError() / simd.get().score();
        boolean withinError = Double.isFinite(relative) && Math.abs(gflops - 100) < gflops * relative;
        return new Verdict(String.format(Locale.ROOT, "%.1f GFLOP/s (%s)", gflops, figure(simd.get())),
                gflops >= 100 ? Status.MET : Status.NOT_MET, withinError);
    }

    private static Verdict crossover(ResultSet rs, int d, double threshold) {
        Optional<Crossover> crossover = Crossover.of(rs, "taylor-crossover", d, 2);
        if (crossover.isEmpty()) {
            return missing("taylor-crossover");
        }
        Crossover c = crossover.get();
        return Verdict.of(c.describe(), c.n() <= threshold);
    }

    private static Verdict causal(ResultSet rs) {
        return timeAtMostAcross(rs, "taylor-large", "TaylorBench", "taylor", 2,
                new String[] {"n=65536", "d=16", "p=2", "causal=true"},
                new String[] {"n=65536", "d=16", "p=2", "causal=false"});
    }

    /**
     * Compares the GFLOP/s of the work a dense candidate still does with abandonment with the measured FMA
     * peak of one core. That work is one column update of 2·width flops plus 2·width flops per output row
     * computed, with the rows per candidate that the benchmark's setup printed.
     */
    private static Verdict roofline(ResultSet rs) {
        Optional<Measurement> search = rs.find("inversion-variants", "InversionBench", "grayAbandon",
                "model=dense", "n=24", "width=256", "p=2", "threads=1");
        Optional<Measurement> peak = rs.find("inversion-fma-peak", "FmaPeakBench", "simd");
        if (search.isEmpty() || peak.isEmpty()) {
            return missing(search.isEmpty() ? "inversion-variants" : "inversion-fma-peak");
        }
        OptionalDouble rows = Optional.ofNullable(rs.runs().get("inversion-variants")).stream()
                .flatMap(run -> run.printed().stream())
                .filter(line -> line.startsWith("[inversion] dense n=24 width=256 p=2:"))
                .map(ROWS_PER_CANDIDATE::matcher)
                .filter(Matcher::find)
                .mapToDouble(matcher -> Double.parseDouble(matcher.group(1)))
                .findFirst();
        Optional<Work> peakWork = MarkdownTables.work(peak.get());

        if (rows.isEmpty() || peakWork.isEmpty()) {
            return Verdict.notMeasured("the run record of inversion-variants has no rows per candidate for the dense"
                    + " network, or FmaPeakBench declares no work");
        }

        double width = 256;
        double flopsPerCandidate = 2 * width + 2 * width * rows.getAsDouble();
        double achieved = search.get().perSecond() * flopsPerCandidate / 1e9;
        double roof = peak.get().perSecond() * peakWork.get().flops() / 1e9;
        double gap = roof / achieved;
        if (gap < 1) {
            return Verdict.notMeasured(String.format(Locale.ROOT, "the FMA peak run (%.0f GFLOP/s) measured below the"
                    + " search's %.1f GFLOP/s, so one of the two runs was disturbed; run inversion-fma-peak and"
                    + " inversion-variants again", roof, achieved));
        }
        return Verdict.ofRatio(String.format(Locale.ROOT, "%.1f GFLOP/s (%s × %.0f flops: %.2f output rows per"
                        + " candidate) against an FMA peak of %.0f GFLOP/s: %s below", achieved, figure(search.get()),
                flopsPerCandidate, rows.getAsDouble(), roof, Format.ratio(gap)), gap <= 2, gap, 2, search.get(), peak.get());
    }

    private static Verdict threads(ResultSet rs, String model) {
        String[] one = {"model=" + model, "n=24", "p=2", "threads=1"};
        String[] two = {"model=" + model, "n=24", "p=2", "threads=2"};
        Optional<Measurement> a = rs.find("inversion-threads", "InversionBench", "grayAbandon", two);
        Optional<Measurement> b = rs.find("inversion-threads", "InversionBench", "grayAbandon", one);
        if (a.isEmpty() || b.isEmpty()) {
            return missing("inversion-threads");
        }
        double ratio = a.get().perSecond() / b.get().perSecond();
        return Verdict.ofRatio(Format.ratio(ratio) + " (" + figure(a.get()) + " against " + figure(b.get()) + ")",
                ratio >= 1.8, ratio, 1.8, a.get(), b.get());
    }

    private static Verdict timeAtMostAcross(ResultSet rs, String table, String benchmark, String method,
            double threshold, String[] params, String[] baselineParams) {
        Optional<Measurement> a = rs.find(table, benchmark, method, params);
        Optional<Measurement> b = rs.find(table, benchmark, method, baselineParams);
        if (a.isEmpty() || b.isEmpty()) {
            return missing(table);
        }
        double ratio = a.get().nanos() / b.get().nanos();
        return Verdict.ofRatio(Format.ratio(ratio) + " (" + figure(a.get()) + " against " + figure(b.get()) + ")",
                ratio <= threshold, ratio, threshold, a.get(), b.get());
    }

    private static Verdict missing(String table) {
        return Verdict.notMeasured("table " + table + " has no such result in this run");
    }

    /** Returns a measurement as its time or rate with JMH's error, for example {@code 103 ns ±4%}. */
    static String figure(Measurement m) {
        String value = m.isThroughput() ? Format.rate(m.perSecond()) : Format.time(m.nanos());
        return value + Format.error(m.errorPercent());
    }

    /**
     * The sequence length at which Taylor attention becomes faster than exact attention.
     *
     * @param n the crossover n
     * @param extrapolated whether it lies outside the timed sizes (extrapolated with exact ∝ n², Taylor ∝ n)
     * @param largest the largest size both were timed at
     * @param ratio exact time divided by Taylor time at that size
     */
    record Crossover(double n, boolean extrapolated, int largest, double ratio) {

        /** Computes the crossover of Taylor order {@code p} at width {@code d} from a table of non-causal or causal times. */
        static Optional<Crossover> of(ResultSet rs, String table, int d, int p) {
            Optional<TableData> data = rs.table(table);
            if (data.isEmpty()) {
                return Optional.empty();
            }
            TreeMap<Integer, Double> exact = new TreeMap<>();
            TreeMap<Integer, Double> taylor = new TreeMap<>();
            for (Measurement m : data.get().measurements()) {
                if (!m.simpleName().equals("TaylorBench") || !m.params().get("d").equals(Integer.toString(d))) {
                    continue;
                }
                int n = Integer.parseInt(m.params().get("n"));
                if (m.method().equals("exact")) {
                    exact.merge(n, m.nanos(), Math::min);
                } else if (m.method().equals("taylor") && m.params().get("p").equals(Integer.toString(p))) {
                    taylor.put(n, m.nanos());
                }
            }
            List<Integer> common = new ArrayList<>(taylor.keySet());
            common.retainAll(exact.keySet());
            if (common.isEmpty()) {
                return Optional.empty();
            }
            int[] sizes = common.stream().mapToInt(Integer::intValue).toArray();
            double[] exactTimes = common.stream().mapToDouble(exact::get).toArray();
            double[] taylorTimes = common.stream().mapToDouble(taylor::get).toArray();
            double[] crossover = TaylorComparison.crossover(sizes, exactTimes, taylorTimes);
            int last = sizes.length - 1;
            return Optional.of(new Crossover(crossover[0], crossover[1] != 0, sizes[last],
                    exactTimes[last] / taylorTimes[last]));
        }

        String describe() {
            return String.format(Locale.ROOT, "%s%,d (exact ÷ Taylor at n = %d: %s)", extrapolated ? "≈ " : "",
                    Math.round(n), largest, Format.ratio(ratio));
        }
    }
}
