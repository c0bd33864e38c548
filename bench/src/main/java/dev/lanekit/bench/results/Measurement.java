package dev.lanekit.bench.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One measured point of a table: one benchmark method at one parameter point.
 *
 * @param benchmark the benchmark class's name, for example {@code dev.lanekit.bench.vector.DotBench}, or
 *     {@code numpy} for the numpy script
 * @param method the benchmark method, for example {@code simd}
 * @param params the JMH parameters, in the order JMH wrote them
 * @param mode JMH's mode: {@code avgt} (time per call) or {@code thrpt} (operations per second)
 * @param score the primary score in {@code unit}
 * @param scoreError the half-width of JMH's 99.9% confidence interval, NaN when JMH had too few iterations
 * @param unit the score's unit, for example {@code ns/op} or {@code ops/s}
 * @param secondary secondary scores by name, for example {@code gc.alloc.rate.norm} or the numpy script's
 *     {@code best} in the same unit as the score
 */
record Measurement(
        String benchmark,
        String method,
        Map<String, String> params,
        String mode,
        double score,
        double scoreError,
        String unit,
        Map<String, Double> secondary) {

    public Measurement {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(unit, "unit");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        secondary = Map.copyOf(secondary);
    }

    /** Returns whether a larger score is better (throughput), as opposed to a time per call. */
    public boolean isThroughput() {
        return mode.equals("thrpt");
    }

    /**
     * Returns the time per call in nanoseconds.
     *
     * @throws IllegalStateException when the score is a throughput or its unit is not a time per operation
     */
    public double nanos() {
        if (isThroughput()) {
            throw new IllegalStateException(benchmark + "." + method + " is a throughput, not a time per call");
        }
        return score * nanosPerUnit(unit.substring(0, unit.indexOf('/')));
    }

    /** Returns the half-width of the time's confidence interval in nanoseconds, or NaN. */
    public double nanosError() {
        return scoreError * nanosPerUnit(unit.substring(0, unit.indexOf('/')));
    }

    /**
     * Returns the operations per second.
     *
     * @throws IllegalStateException when the score is a time per call
     */
    public double perSecond() {
        if (!isThroughput()) {
            throw new IllegalStateException(benchmark + "." + method + " is a time per call, not a throughput");
        }
        return score * 1e9 / nanosPerUnit(unit.substring(unit.indexOf('/') + 1));
    }

    /** Returns JMH's error as a percentage of the score, or NaN. */
    public double errorPercent() {
        return 100 * scoreError / score;
    }

    /** Returns the benchmark class's simple name, for example {@code DotBench}. */
    public String simpleName() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** Returns the kernel name: the simple class name without {@code Bench}, in lower case. */
    public String kernel() {
        String name = simpleName();
        name = name.endsWith("Bench") ? name.substring(0, name.length() - "Bench".length()) : name;
        return name.toLowerCase(Locale.ROOT);
    }

    /** Returns the parameters as text, for example {@code n=4096} or {@code m=1024, n=16}. */
    public String shape() {
        List<String> parts = new ArrayList<>();
        params.forEach((name, value) -> parts.add(name + "=" + value));
        return String.join(", ", parts);
    }

    /** Returns whether every {@code name=value} of {@code expected} is among this point's parameters. */
    public boolean matches(Map<String, String> expected) {
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            if (!entry.getValue().equals(params.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static double nanosPerUnit(String unit) {
        return switch (unit) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "min" -> 60e9;
            default -> throw new IllegalArgumentException("unknown time unit '" + unit + "'");
        };
    }
}
