package dev.lanekit.bench.results;

import java.util.Map;

/** Typed access to the fields of parsed JSON objects, with errors that name the missing field. */
final class JsonFields {

    private JsonFields() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " is missing or not a JSON object");
    }

    static String string(Map<String, Object> object, String name) {
        if (object.get(name) instanceof String value) {
            return value;
        }
        throw new IllegalArgumentException("field \"" + name + "\" is missing or not a string");
    }

    static double number(Map<String, Object> object, String name) {
        if (object.get(name) instanceof Double value) {
            return value;
        }
        throw new IllegalArgumentException("field \"" + name + "\" is missing or not a number");
    }

    /** Returns the number, or NaN when the field is absent or not a number (JMH writes "NaN" as a string). */
    static double optionalNumber(Map<String, Object> object, String name) {
        return object.get(name) instanceof Double value ? value : Double.NaN;
    }
}
