package dev.lanekit.bench.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything stored in the results folder for one suite run: the suite record, and per declared table its
 * parsed result file and its run record, where they exist.
 *
 * @param suite the suite record, empty when {@code suite.json} is missing
 * @param tables the declared tables, in run order
 * @param data parsed result files by table id (missing tables are absent)
 * @param runs run records by table id (missing tables are absent)
 * @param invalid why a table's result file could not be read, by table id: an empty file (JMH creates it
 *     when it starts and fills it when it ends) or one that is not valid JSON
 */
record ResultSet(
        Optional<SuiteInfo> suite,
        List<SuiteTable> tables,
        Map<String, TableData> data,
        Map<String, RunRecord> runs,
        Map<String, String> invalid) {

    /** The name of the suite record in the results folder. */
    public static final String SUITE_FILE = "suite.json";

    public ResultSet {
        tables = List.copyOf(tables);
        data = Map.copyOf(data);
        runs = Map.copyOf(runs);
        invalid = Map.copyOf(invalid);
    }

    /**
     * Loads the results folder. The tables are those of the suite mode that {@code suite.json} records
     * (the full suite when it is missing).
     *
     * @throws IOException when a file exists but cannot be read
     * @throws IllegalArgumentException when the suite record or a run record is not valid, naming the file
     */
    public static ResultSet load(Path resultsDir) throws IOException {
        Optional<SuiteInfo> suite = Optional.empty();
        Path suiteFile = resultsDir.resolve(SUITE_FILE);
        if (Files.exists(suiteFile)) {
            suite = Optional.of(parse(suiteFile, SuiteInfo::fromJson));
        }
        boolean quick = suite.map(s -> s.mode().equals("quick")).orElse(false);
        List<SuiteTable> tables = Suite.tables(quick);

        Map<String, TableData> data = new LinkedHashMap<>();
        Map<String, RunRecord> runs = new LinkedHashMap<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        for (SuiteTable table : tables) {
            Path resultFile = resultsDir.resolve(table.resultFile());
            if (Files.exists(resultFile)) {
                try {
                    data.put(table.id(), parse(resultFile, table.kind() == SuiteTable.Kind.NUMPY
                            ? TableData::fromNumpyJson : TableData::fromJmhJson));
                } catch (IllegalArgumentException e) {
                    invalid.put(table.id(), e.getMessage());
                }
            }
            Path runFile = resultsDir.resolve(table.runFile());
            if (Files.exists(runFile)) {
                runs.put(table.id(), parse(runFile, RunRecord::fromJson));
            }
        }
        return new ResultSet(suite, tables, data, runs, invalid);
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(Path file, Parser<T> parser) throws IOException {
        try {
            return parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Returns the parsed result file of table {@code id}, if it exists. */
    public Optional<TableData> table(String id) {
        return Optional.ofNullable(data.get(id));
    }

    /**
     * Returns the one measurement of {@code benchmark} (simple class name) and {@code method} in table
     * {@code id} at the parameters {@code params} ({@code name=value} each), if it was measured.
     */
    public Optional<Measurement> find(String id, String benchmark, String method, String... params) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String param : params) {
            int equals = param.indexOf('=');
            expected.put(param.substring(0, equals), param.substring(equals + 1));
        }
        return table(id).flatMap(t -> t.select(benchmark, method, expected).stream().findFirst());
    }
}
