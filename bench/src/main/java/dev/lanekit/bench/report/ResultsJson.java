package dev.lanekit.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the result files of {@code lanekit bench --json}:
 *
 * <pre>{@code
 * {"machine": {"jdk": ..., "cpu": ..., "speciesBits": 512, "provider": ...},
 *  "results": [{"kernel": "dot", "size": 4096, "shape": "n=4096", "implementation": "simd",
 *               "nsPerOp": 152.3, "nsPerOpError": 1.2, "gflops": 53.8, "gbPerSecond": 215.1}, ...]}
 * }</pre>
 *
 * Optional figures ({@code nsPerOpError}, {@code gflops}, {@code gbPerSecond}, {@code allocBytesPerOp})
 * are left out when absent. Numbers are written with {@link Double#toString}, so they read back exactly.
 */
public final class ResultsJson {

    private ResultsJson() {}

    /**
     * Writes {@code report} to {@code file}, replacing it.
     *
     * @param report the report to write
     * @param file the report file
     * @throws IOException when the file cannot be written
     */
    public static void write(BenchReport report, Path file) throws IOException {
        Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
    }

    /**
     * Reads a report from {@code file}.
     *
     * @param file the report file
     * @return the report
     * @throws IllegalArgumentException when the file is not a report as {@link #write} writes it
     * @throws IOException when the file cannot be read
     */
    public static BenchReport read(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * {@return {@code report} as JSON text, one result per line}
     *
     * @param report the report to write
     */
    public static String toJson(BenchReport report) {
        Machine machine = report.machine();
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"machine\": {")
                .append("\"jdk\": ").append(Json.quote(machine.jdk()))
                .append(", \"cpu\": ").append(Json.quote(machine.cpu()))
                .append(", \"speciesBits\": ").append(machine.speciesBits())
                .append(", \"provider\": ").append(Json.quote(machine.provider()))
                .append("},\n  \"results\": [");
        List<BenchResult> results = report.results();
        for (int i = 0; i < results.size(); i++) {
            out.append(i == 0 ? "\n    " : ",\n    ").append(resultJson(results.get(i)));
        }
        out.append(results.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    /**
     * Parses a report from JSON text.
     *
     * @param text the JSON text
     * @return the report
     * @throws IllegalArgumentException when the text is not valid JSON or lacks a required field
     */
    public static BenchReport fromJson(String text) {
        Map<String, Object> root = object(Json.parse(text), "the top-level value");
        Map<String, Object> machineJson = object(root.get("machine"), "\"machine\"");
        Machine machine = new Machine(
                string(machineJson, "jdk"),
                string(machineJson, "cpu"),
                (int) number(machineJson, "speciesBits"),
                string(machineJson, "provider"));

        if (!(root.get("results") instanceof List<?> resultsJson)) {
            throw new IllegalArgumentException("\"results\" is missing or not an array");
        }
        List<BenchResult> results = new ArrayList<>();
        for (Object element : resultsJson) {
            Map<String, Object> result = object(element, "an element of \"results\"");
            results.add(new BenchResult(
                    string(result, "kernel"),
                    (long) number(result, "size"),
                    string(result, "shape"),
                    string(result, "implementation"),
                    number(result, "nsPerOp"),
                    optionalNumber(result, "nsPerOpError"),
                    optionalNumber(result, "gflops"),
                    optionalNumber(result, "gbPerSecond"),
                    optionalNumber(result, "allocBytesPerOp")));
        }
        return new BenchReport(machine, results);
    }

    private static String resultJson(BenchResult result) {
        StringBuilder out = new StringBuilder("{");
        out.append("\"kernel\": ").append(Json.quote(result.kernel()))
                .append(", \"size\": ").append(result.size())
                .append(", \"shape\": ").append(Json.quote(result.shape()))
                .append(", \"implementation\": ").append(Json.quote(result.implementation()))
                .append(", \"nsPerOp\": ").append(result.nsPerOp());
        appendIfPresent(out, "nsPerOpError", result.nsPerOpError());
        appendIfPresent(out, "gflops", result.gflops());
        appendIfPresent(out, "gbPerSecond", result.gbPerSecond());
        appendIfPresent(out, "allocBytesPerOp", result.allocBytesPerOp());
        return out.append('}').toString();
    }

    private static void appendIfPresent(StringBuilder out, String name, double value) {
        if (Double.isFinite(value)) {
            out.append(", ").append(Json.quote(name)).append(": ").append(value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " is missing or not a JSON object");
    }

    private static String string(Map<String, Object> object, String name) {
        if (object.get(name) instanceof String value) {
            return value;
        }
        throw new IllegalArgumentException("field \"" + name + "\" is missing or not a string in " + object);
    }

    private static double number(Map<String, Object> object, String name) {
        if (object.get(name) instanceof Double value) {
            return value;
        }
        throw new IllegalArgumentException("field \"" + name + "\" is missing or not a number in " + object);
    }

    private static double optionalNumber(Map<String, Object> object, String name) {
        return object.get(name) instanceof Double value ? value : Double.NaN;
    }
}
