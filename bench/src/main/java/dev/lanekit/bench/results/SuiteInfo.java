package dev.lanekit.bench.results;

import dev.lanekit.bench.report.Json;
import java.util.Map;
import java.util.Objects;

/**
 * The machine and the run of the whole suite, stored as {@code bench/results/suite.json}.
 *
 * @param cpu the CPU model name
 * @param cores the processors available to the JVM
 * @param simdFeatures the SIMD-related CPU features, space-separated
 * @param speciesBits the float species width of lanekit's SIMD kernels, 0 when they do not run
 * @param provider the provider summary, as {@code lanekit info} prints it
 * @param jdk the runtime version and vendor
 * @param os the operating system name, version and architecture
 * @param mode {@code full} or {@code quick}
 * @param command the command that ran the suite
 * @param started the UTC start time, ISO-8601
 * @param finished the UTC end time, ISO-8601
 * @param commit the git commit of the working tree the suite ran from, or empty when unknown
 */
record SuiteInfo(
        String cpu,
        int cores,
        String simdFeatures,
        int speciesBits,
        String provider,
        String jdk,
        String os,
        String mode,
        String command,
        String started,
        String finished,
        String commit) {

    public SuiteInfo {
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(simdFeatures, "simdFeatures");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(jdk, "jdk");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(commit, "commit");
    }

    /** Returns a copy with another finish time. */
    public SuiteInfo withFinished(String time) {
        return new SuiteInfo(cpu, cores, simdFeatures, speciesBits, provider, jdk, os, mode, command, started, time,
                commit);
    }

    /** Returns the one-line machine description of the report header. */
    public String machineLine() {
        String simd = speciesBits == 0 ? "scalar kernels (no SIMD species)" : speciesBits + "-bit float species";
        return cpu + ", " + cores + " cores (" + simdFeatures + "), lanekit " + simd + "; JDK " + jdk + "; " + os;
    }

    /** Returns a short machine description for chart subtitles and table headers. */
    public String shortMachine() {
        String simd = speciesBits == 0 ? "scalar kernels" : speciesBits + "-bit species";
        return cpu + ", " + cores + " cores, " + simd + ", JDK " + jdk;
    }

    /** Returns the record as a JSON object. */
    public String toJson() {
        return "{\n"
                + "  \"cpu\": " + Json.quote(cpu) + ",\n"
                + "  \"cores\": " + cores + ",\n"
                + "  \"simdFeatures\": " + Json.quote(simdFeatures) + ",\n"
                + "  \"speciesBits\": " + speciesBits + ",\n"
                + "  \"provider\": " + Json.quote(provider) + ",\n"
                + "  \"jdk\": " + Json.quote(jdk) + ",\n"
                + "  \"os\": " + Json.quote(os) + ",\n"
                + "  \"mode\": " + Json.quote(mode) + ",\n"
                + "  \"command\": " + Json.quote(command) + ",\n"
                + "  \"started\": " + Json.quote(started) + ",\n"
                + "  \"finished\": " + Json.quote(finished) + ",\n"
                + "  \"commit\": " + Json.quote(commit) + "\n}\n";
    }

    /**
     * Parses a record written by {@link #toJson}.
     *
     * @throws IllegalArgumentException when the text is not such a record
     */
    public static SuiteInfo fromJson(String text) {
        Map<String, Object> root = JsonFields.object(Json.parse(text), "the suite record");
        return new SuiteInfo(
                JsonFields.string(root, "cpu"),
                (int) JsonFields.number(root, "cores"),
                JsonFields.string(root, "simdFeatures"),
                (int) JsonFields.number(root, "speciesBits"),
                JsonFields.string(root, "provider"),
                JsonFields.string(root, "jdk"),
                JsonFields.string(root, "os"),
                JsonFields.string(root, "mode"),
                JsonFields.string(root, "command"),
                JsonFields.string(root, "started"),
                JsonFields.string(root, "finished"),
                root.get("commit") instanceof String commit ? commit : "");
    }
}
