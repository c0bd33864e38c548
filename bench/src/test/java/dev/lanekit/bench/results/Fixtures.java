package dev.lanekit.bench.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small result files in the formats JMH, the numpy script and the suite runner write. */
final class Fixtures {

    private Fixtures() {}

    /** Returns one JMH result: {@code benchmark} is the full method name; params alternate name and value. */
    static String jmhEntry(String benchmark, String mode, double score, String error, String unit, String... params) {
        StringBuilder paramsJson = new StringBuilder();
        for (int i = 0; i < params.length; i += 2) {
            paramsJson.append(i == 0 ? "" : ", ").append('"').append(params[i]).append("\" : \"").append(params[i + 1])
                    .append('"');
        }
        return String.format(Locale.ROOT, """
                {
                    "jmhVersion" : "1.37",
                    "benchmark" : "%s",
                    "mode" : "%s",
                    "threads" : 1,
                    "forks" : 1,
                    "params" : { %s },
                    "primaryMetric" : {
                        "score" : %s,
                        "scoreError" : %s,
                        "scoreUnit" : "%s",
                        "rawData" : [ [ %s ] ]
                    },
                    "secondaryMetrics" : { }
                }""", benchmark, mode, paramsJson, score, error, unit, score);
    }

    static String jmhArray(String... entries) {
        return "[\n" + String.join(",\n", entries) + "\n]\n";
    }

    static String dot(String method, double nanos, String n) {
        return jmhEntry("dev.lanekit.bench.vector.DotBench." + method, "avgt", nanos, "\"NaN\"", "ns/op", "n", n);
    }

    /** Returns the vector targets table: SIMD dot 30× scalar and 1.5× netlib, ℓ2 10× blue, the 16M dot at 1.1× sumBoth. */
    static String vectorTargets() {
        return jmhArray(
                dot("scalar", 3000, "4096"),
                dot("simd", 100, "4096"),
                dot("netlib", 150, "4096"),
                dot("lucene", 120, "4096"),
                dot("sumBoth", 110, "4096"),
                dot("simd", 3.3e6, "16777216"),
                dot("sumBoth", 3.0e6, "16777216"),
                jmhEntry("dev.lanekit.bench.vector.L2NormBench.simd", "avgt", 0.06, "0.003", "us/op", "n", "4096"),
                jmhEntry("dev.lanekit.bench.vector.L2NormBench.blue", "avgt", 0.6, "0.01", "us/op", "n", "4096"),
                jmhEntry("dev.lanekit.bench.vector.L2NormBench.scalar", "avgt", 4.0, "0.2", "us/op", "n", "4096"));
    }

    /** Returns the matvec table: CSR 1.8× scalar (target 3×: not met), banded 9× (target 6×: met). */
    static String matvec() {
        return jmhArray(
                jmhEntry("dev.lanekit.bench.matvec.CsrMatvecBench.scalar", "avgt", 1800, "50", "us/op", "n", "16384"),
                jmhEntry("dev.lanekit.bench.matvec.CsrMatvecBench.simd", "avgt", 1000, "50", "us/op", "n", "16384"),
                jmhEntry("dev.lanekit.bench.matvec.BandedMatvecBench.scalar", "avgt", 1300, "50", "us/op",
                        "n", "100000", "bandwidth", "8"),
                jmhEntry("dev.lanekit.bench.matvec.BandedMatvecBench.simd", "avgt", 144.4, "10", "us/op",
                        "n", "100000", "bandwidth", "8"));
    }

    /** Returns the inversion thread table, in candidates per second. */
    static String inversionThreads() {
        String name = "dev.lanekit.bench.inversion.InversionBench.grayAbandon";
        return jmhArray(
                jmhEntry(name, "thrpt", 5.0e6, "1e5", "ops/s", "n", "24", "width", "256", "p", "2", "model", "dense",
                        "threads", "1"),
                jmhEntry(name, "thrpt", 9.5e6, "1e5", "ops/s", "n", "24", "width", "256", "p", "2", "model", "dense",
                        "threads", "2"),
                jmhEntry(name, "thrpt", 12.0e3, "1e2", "ops/ms", "n", "24", "width", "256", "p", "2", "model", "sat",
                        "threads", "1"),
                jmhEntry(name, "thrpt", 18.0e3, "1e2", "ops/ms", "n", "24", "width", "256", "p", "2", "model", "sat",
                        "threads", "2"));
    }

    /** Returns the numpy script's output for one shape: median 9 ms, best 8.8 ms. */
    static String numpy() {
        return """
                {"numpy": "1.24.2", "blas": "libopenblas.so", "core": "Cooperlake", "threads": 1,
                 "coretype": "(unset)", "l2size": "(unset)", "repeat": 10,
                 "results": [{"shape": "single-2048-64", "medianMs": 9.0, "bestMs": 8.8, "gflops": 119.3}]}
                """;
    }

    /** Returns a JMH result for Taylor against exact attention at d = 16, p = 2 over three sizes. */
    static String taylor() {
        List<String> entries = new ArrayList<>();
        int[] sizes = {256, 1024, 4096};
        double[] exact = {0.40, 4.0, 50.0};
        double[] taylor = {0.50, 2.0, 8.0};
        for (int i = 0; i < sizes.length; i++) {
            for (String method : List.of("exact", "taylor")) {
                entries.add(jmhEntry("dev.lanekit.bench.taylor.TaylorBench." + method, "avgt",
                        method.equals("exact") ? exact[i] : taylor[i], "\"NaN\"", "ms/op",
                        "causal", "false", "d", "16", "n", Integer.toString(sizes[i]), "p", "2"));
            }
        }
        return jmhArray(entries.toArray(String[]::new));
    }

    static String suite(String mode) {
        return new SuiteInfo("Test CPU", 2, "avx2 fma avx512f", 512, "SIMD, 512-bit species, FMA", "25.0.3+9-LTS",
                "Linux 6.18 amd64", mode, "lanekit results", "2026-12-05T00:00:00Z", "2026-12-05T00:30:00Z",
                "0123456789abcdef0123456789abcdef01234567").toJson();
    }

    static String run(String table) {
        return new RunRecord(table, List.of("flock", "/tmp/lanekit-bench.lock", "java", "-cp", "bench/target/lanekit.jar",
                "org.openjdk.jmh.Main", "vector\\.(Dot|L2Norm)Bench\\."), "2026-12-05T00:00:00Z",
                "2026-12-05T00:03:00Z", "1.10 0.90 0.80", "1.30 1.00 0.85", 0, "", List.of(),
                "fedcba9876543210fedcba9876543210fedcba98").toJson();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Writes a results folder with the suite record, the tables above and their run records. */
    static void resultsFolder(Path resultsDir) throws IOException {
        write(resultsDir.resolve("suite.json"), suite("full"));
        write(resultsDir.resolve("vector-targets.json"), vectorTargets());
        write(resultsDir.resolve("vector-targets.run.json"), run("vector-targets"));
        write(resultsDir.resolve("matvec-throughput.json"), matvec());
        write(resultsDir.resolve("inversion-threads.json"), inversionThreads());
        write(resultsDir.resolve("attention-numpy.json"), numpy());
        write(resultsDir.resolve("taylor-crossover.json"), taylor());
    }
}
