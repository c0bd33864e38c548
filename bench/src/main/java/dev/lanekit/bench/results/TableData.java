package dev.lanekit.bench.results;

import dev.lanekit.bench.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parsed raw result file of one table.
 *
 * @param measurements every measured point, in file order
 * @param facts what the run reported about itself beyond the figures (for the numpy script: the numpy
 *     version, the BLAS library, its core type and thread count)
 */
record TableData(List<Measurement> measurements, Map<String, String> facts) {

    public TableData {
        measurements = List.copyOf(measurements);
        facts = Map.copyOf(facts);
    }

    /**
     * Parses JMH's JSON result file ({@code -rf json}).
     *
     * @throws IllegalArgumentException when the text is not a JMH result array
     */
    public static TableData fromJmhJson(String text) {
        if (!(Json.parse(text) instanceof List<?> runs)) {
            throw new IllegalArgumentException("a JMH result file must be a JSON array");
        }
        List<Measurement> measurements = new ArrayList<>();
        for (Object element : runs) {
            Map<String, Object> run = JsonFields.object(element, "an element of the JMH result array");
            String benchmark = JsonFields.string(run, "benchmark");
            int dot = benchmark.lastIndexOf('.');
            String className = benchmark.substring(0, dot);

            Map<String, String> params = new LinkedHashMap<>();
            if (run.get("params") instanceof Map<?, ?> jmhParams) {
                jmhParams.forEach((name, value) -> params.put(String.valueOf(name), String.valueOf(value)));
            }
            Map<String, Object> primary = JsonFields.object(run.get("primaryMetric"), "\"primaryMetric\"");
            Map<String, Double> secondary = new LinkedHashMap<>();
            if (run.get("secondaryMetrics") instanceof Map<?, ?> metrics) {
                metrics.forEach((name, metric) -> {
                    if (metric instanceof Map<?, ?> fields && fields.get("score") instanceof Double score) {
                        secondary.put(String.valueOf(name), score);
                    }
                });
            }
            measurements.add(new Measurement(
                    className,
                    benchmark.substring(dot + 1),
                    params,
                    JsonFields.string(run, "mode"),
                    JsonFields.number(primary, "score"),
                    JsonFields.optionalNumber(primary, "scoreError"),
                    JsonFields.string(primary, "scoreUnit"),
                    secondary));
        }
        return new TableData(measurements, Map.of());
    }

    /**
     * Parses the JSON that {@code bench/scripts/attention_numpy.py --json FILE} writes: each shape becomes
     * a measurement of benchmark {@code numpy}, method {@code numpy}, parameter {@code shape}, with the
     * median time as the score and the best time as the secondary score {@code best}.
     *
     * @throws IllegalArgumentException when the text is not such a file
     */
    public static TableData fromNumpyJson(String text) {
        Map<String, Object> root = JsonFields.object(Json.parse(text), "the numpy result file");
        Map<String, String> facts = new LinkedHashMap<>();
        for (String name : List.of("numpy", "blas", "core", "threads", "coretype", "l2size")) {
            Object value = root.get(name);
            if (value != null) {
                facts.put(name, value instanceof Double number && number == Math.rint(number)
                        ? Long.toString(number.longValue()) : String.valueOf(value));
            }
        }
        if (!(root.get("results") instanceof List<?> results)) {
            throw new IllegalArgumentException("field \"results\" is missing or not an array in the numpy result file");
        }
        List<Measurement> measurements = new ArrayList<>();
        for (Object element : results) {
            Map<String, Object> result = JsonFields.object(element, "an element of \"results\"");
            measurements.add(new Measurement("numpy", "numpy",
                    Map.of("shape", JsonFields.string(result, "shape")),
                    "avgt",
                    JsonFields.number(result, "medianMs"),
                    Double.NaN,
                    "ms/op",
                    Map.of("best", JsonFields.number(result, "bestMs"))));
        }
        return new TableData(measurements, facts);
    }

    /**
     * Returns the measurements of the benchmark class with simple name {@code benchmark} and of
     * {@code method} at points matching {@code params}.
     */
    public List<Measurement> select(String benchmark, String method, Map<String, String> params) {
        Objects.requireNonNull(params, "params");
        return measurements.stream()
                .filter(m -> m.simpleName().equals(benchmark) && m.method().equals(method) && m.matches(params))
                .toList();
    }
}
