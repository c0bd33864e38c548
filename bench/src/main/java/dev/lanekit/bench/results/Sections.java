package dev.lanekit.bench.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sections of RESULTS.md, in order, with their headings. Notes files are named after these ids. */
final class Sections {

    /** Section id to heading, in the order RESULTS.md shows them. */
    public static final Map<String, String> HEADINGS = headings();

    /** The section ids, in order. */
    public static final List<String> IDS = List.copyOf(HEADINGS.keySet());

    private Sections() {}

    private static Map<String, String> headings() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("vector", "Vector primitives");
        headings.put("blas", "BLAS");
        headings.put("attention", "Exact attention");
        headings.put("taylor", "Taylor attention");
        headings.put("matvec", "Matvec learning");
        headings.put("inversion", "Inversion search");
        headings.put("spark", "Inversion on Spark");
        headings.put("install", "Fresh-machine install");
        return headings;
    }
}
