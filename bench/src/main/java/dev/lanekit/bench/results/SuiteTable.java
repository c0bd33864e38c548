package dev.lanekit.bench.results;

import java.util.List;
import java.util.Objects;

/**
 * One table of the results suite: one JMH invocation (or one run of the numpy attention script) whose raw
 * output is stored as {@code bench/results/<id>.json}.
 *
 * @param id the file name stem, which starts with the section id, for example {@code vector-targets}
 * @param section the section the table belongs to, one of {@link Sections#IDS}
 * @param title the table's heading in RESULTS.md
 * @param kind what runs: JMH or the numpy script
 * @param include for JMH, the benchmark regular expression; for the numpy script, the shape names
 *     separated by spaces
 * @param params JMH parameters as {@code name=v1,v2}, each passed as {@code -p}
 * @param timing forks, iterations and their lengths
 * @param openBlasAtBest whether the command unsets {@code OPENBLAS_CORETYPE} and {@code OPENBLAS_L2_SIZE}
 *     and sets {@code OPENBLAS_NUM_THREADS=1}, so OpenBLAS picks its own kernels for this CPU
 */
record SuiteTable(
        String id,
        String section,
        String title,
        Kind kind,
        String include,
        List<String> params,
        Timing timing,
        boolean openBlasAtBest) {

    /** The program a table runs. */
    public enum Kind {
        /** JMH's command-line runner ({@code org.openjdk.jmh.Main}), writing its JSON result file. */
        JMH,
        /** {@code bench/scripts/attention_numpy.py}, writing its JSON result file. */
        NUMPY
    }

    /**
     * JMH's run lengths, passed as {@code -f}, {@code -wi}, {@code -w}, {@code -i} and {@code -r}; for the
     * numpy script only {@code iterations} is used, as the number of timed calls per shape.
     *
     * @param forks JVM forks per benchmark
     * @param warmupIterations warm-up iterations per fork
     * @param warmupMillis length of one warm-up iteration in milliseconds
     * @param iterations measured iterations per fork
     * @param iterationMillis length of one measured iteration in milliseconds
     */
    public record Timing(int forks, int warmupIterations, int warmupMillis, int iterations, int iterationMillis) {}

    public SuiteTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(include, "include");
        Objects.requireNonNull(timing, "timing");
        params = List.copyOf(params);
        if (!Sections.IDS.contains(section)) {
            throw new IllegalArgumentException("section '" + section + "' of table " + id + " is not one of " + Sections.IDS);
        }
        if (!id.startsWith(section + "-")) {
            throw new IllegalArgumentException("table id '" + id + "' must start with its section '" + section + "-'");
        }
    }

    /** Returns the name of the raw result file in the results folder. */
    public String resultFile() {
        return id + ".json";
    }

    /** Returns the name of the file that records how the table was run (command, date, load). */
    public String runFile() {
        return id + ".run.json";
    }
}
