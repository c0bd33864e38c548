package dev.lanekit.bench.results;

import dev.lanekit.bench.report.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The record of one table's run, stored beside its raw result file as {@code <id>.run.json}.
 *
 * @param table the table id
 * @param command the command as run, one argument per element (the Java launcher as {@code java})
 * @param started the UTC start time, ISO-8601
 * @param finished the UTC end time, ISO-8601
 * @param loadBefore the 1-, 5- and 15-minute load averages before the command, as {@code /proc/loadavg} gives them
 * @param loadAfter the same after the command
 * @param exitStatus the command's exit status
 * @param openBlasCore the OpenBLAS core type under the command's environment, or empty when not probed
 * @param printed the facts the benchmarks printed about themselves during the run: the lines of the
 *     command's output that start with {@code [<section>]}, for example the inversion benchmark's output
 *     rows per candidate
 * @param commit the git commit the benchmarks were built from, or empty when unknown
 */
record RunRecord(
        String table,
        List<String> command,
        String started,
        String finished,
        String loadBefore,
        String loadAfter,
        int exitStatus,
        String openBlasCore,
        List<String> printed,
        String commit) {

    public RunRecord {
        Objects.requireNonNull(table, "table");
        command = List.copyOf(command);
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(loadBefore, "loadBefore");
        Objects.requireNonNull(loadAfter, "loadAfter");
        Objects.requireNonNull(openBlasCore, "openBlasCore");
        printed = List.copyOf(printed);
        Objects.requireNonNull(commit, "commit");
    }

    /** Returns the record as a JSON object. */
    public String toJson() {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"table\": ").append(Json.quote(table)).append(",\n");
        out.append("  \"command\": [");
        for (int i = 0; i < command.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(Json.quote(command.get(i)));
        }
        out.append("],\n");
        out.append("  \"started\": ").append(Json.quote(started)).append(",\n");
        out.append("  \"finished\": ").append(Json.quote(finished)).append(",\n");
        out.append("  \"loadBefore\": ").append(Json.quote(loadBefore)).append(",\n");
        out.append("  \"loadAfter\": ").append(Json.quote(loadAfter)).append(",\n");
        out.append("  \"exitStatus\": ").append(exitStatus).append(",\n");
        out.append("  \"openBlasCore\": ").append(Json.quote(openBlasCore)).append(",\n");
        out.append("  \"printed\": [");
        for (int i = 0; i < printed.size(); i++) {
            out.append(i == 0 ? "\n    " : ",\n    ").append(Json.quote(printed.get(i)));
        }
        out.append(printed.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"commit\": ").append(Json.quote(commit)).append("\n}\n");
        return out.toString();
    }

    /**
     * Parses a record written by {@link #toJson}.
     *
     * @throws IllegalArgumentException when the text is not such a record
     */
    public static RunRecord fromJson(String text) {
        Map<String, Object> root = JsonFields.object(Json.parse(text), "the run record");
        List<String> command = new ArrayList<>();
        if (!(root.get("command") instanceof List<?> arguments)) {
            throw new IllegalArgumentException("field \"command\" is missing or not an array in the run record");
        }
        for (Object argument : arguments) {
            command.add(String.valueOf(argument));
        }
        return new RunRecord(
                JsonFields.string(root, "table"),
                command,
                JsonFields.string(root, "started"),
                JsonFields.string(root, "finished"),
                JsonFields.string(root, "loadBefore"),
                JsonFields.string(root, "loadAfter"),
                (int) JsonFields.number(root, "exitStatus"),
                JsonFields.string(root, "openBlasCore"),
                root.get("printed") instanceof List<?> lines ? lines.stream().map(String::valueOf).toList() : List.of(),
                root.get("commit") instanceof String commit ? commit : "");
    }
}
