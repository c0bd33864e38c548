package dev.lanekit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one benchmark run, as JMH passes them: {@code n} is the leading dimension, other
 * parameters (such as {@code m}, {@code k} or {@code p}) give the rest of the shape.
 *
 * @param params parameter name to value, in the order the benchmark declares them
 */
public record Shape(Map<String, String> params) {

    /** The name of the size parameter every lanekit benchmark declares. */
    public static final String SIZE_PARAM = "n";

    /** Copies the parameters, keeping their order. */
    public Shape {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * {@return a shape with only the size parameter {@code n}}
     *
     * @param n the size parameter
     */
    public static Shape ofSize(long n) {
        return new Shape(Map.of(SIZE_PARAM, Long.toString(n)));
    }

    /** {@return the leading dimension {@code n}} */
    public long n() {
        return dimension(SIZE_PARAM);
    }

    /**
     * {@return the integer parameter {@code name}}
     *
     * @param name the parameter name
     * @throws IllegalArgumentException when the parameter is missing or not an integer
     */
    public long dimension(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("benchmark parameter '" + name + "' is missing; parameters: " + params);
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("benchmark parameter " + name + " = '" + value + "' is not an integer", e);
        }
    }

    /**
     * Returns the shape as text, for example {@code n=4096}, {@code m=n=k=1024} when several parameters
     * are equal, or {@code m=512, n=1024}.
     */
    @Override
    public String toString() {
        Map<String, List<String>> namesByValue = new LinkedHashMap<>();
        params.forEach((name, value) -> namesByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(name));
        List<String> parts = new ArrayList<>();
        namesByValue.forEach((value, names) -> parts.add(String.join("=", names) + "=" + value));
        return String.join(", ", parts);
    }
}
