package dev.lanekit.bench.results;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.bench.harness.WorkModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a table's measurements as a Markdown table: one row per benchmark class and parameter point,
 * one column per implementation, the main implementation's rate, and its speed against every other
 * implementation measured at the same point.
 */
final class MarkdownTables {

    /** Implementations shown first, in this order; the others follow in order of appearance. */
    private static final List<String> LEADING = List.of("scalar", "naive", "exact", "simd", "simdTwoThreads",
            "gray", "grayAbandon", "taylor");

    private MarkdownTables() {}

    /**
     * Returns the Markdown table of {@code data}, comparing {@code main} with the other implementations;
     * a row whose point has no {@code main} measurement shows only its figures.
     */
    static String render(TableData data, String main) {
        Map<String, Map<String, Measurement>> rows = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Measurement m : data.measurements()) {
            rows.computeIfAbsent(m.benchmark() + " " + m.params(), k -> new LinkedHashMap<>()).put(m.method(), m);
            seen.add(m.method());
        }
        List<String> methods = new ArrayList<>();
        LEADING.stream().filter(seen::contains).forEach(methods::add);
        seen.stream().filter(method -> !methods.contains(method)).forEach(methods::add);
        List<String> others = methods.stream().filter(method -> !method.equals(main)).toList();
        boolean hasMain = methods.contains(main);
        boolean showRate = hasMain && rows.values().stream().anyMatch(row -> row.containsKey(main)
                && !row.get(main).isThroughput() && work(row.get(main)).isPresent());

        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("kernel", "parameters"));
        methods.forEach(method -> header.add("`" + method + "`"));
        if (showRate) {
            header.add("`" + main + "` rate");
        }
        if (hasMain) {
            others.forEach(other -> header.add("`" + main + "` vs `" + other + "`"));
        }
        row(out, header);
        row(out, header.stream().map(h -> "---").toList());

        for (Map<String, Measurement> row : rows.values()) {
            Measurement first = row.values().iterator().next();
            List<String> cells = new ArrayList<>(List.of(first.kernel(), first.shape()));
            for (String method : methods) {
                Measurement m = row.get(method);
                cells.add(m == null ? "" : Targets.figure(m));
            }
            Measurement mainResult = row.get(main);
            if (showRate) {
                cells.add(mainResult == null ? "" : rate(mainResult));
            }
            if (hasMain) {
                for (String other : others) {
                    Measurement m = row.get(other);
                    cells.add(mainResult == null || m == null ? "" : Format.ratio(speedup(mainResult, m)));
                }
            }
            row(out, cells);
        }
        return out.toString();
    }

    /** Returns how many times faster {@code a} is than {@code b}: the inverse ratio of times, or the ratio of rates. */
    static double speedup(Measurement a, Measurement b) {
        return a.isThroughput() ? a.perSecond() / b.perSecond() : b.nanos() / a.nanos();
    }

    /** Returns the work per call the benchmark class declares at this point, if any. */
    static Optional<Work> work(Measurement m) {
        if (!m.benchmark().contains(".")) {
            return Optional.empty();
        }
        try {
            return WorkModel.of(m.benchmark(), new Shape(m.params()));
        } catch (RuntimeException e) {
            // A class that is gone from the jar or a parameter its work model does not know: show no rate.
            return Optional.empty();
        }
    }

    /** Returns GFLOP/s when the benchmark declares floating-point work, else GB/s, else an empty string. */
    static String rate(Measurement m) {
        Optional<Work> work = work(m);
        if (work.isEmpty()) {
            return "";
        }
        if (work.get().flops() > 0) {
            return String.format(Locale.ROOT, "%s GFLOP/s", Format.significant(work.get().flops() / m.nanos()));
        }
        if (work.get().bytes() > 0) {
            return String.format(Locale.ROOT, "%s GB/s", Format.significant(work.get().bytes() / m.nanos()));
        }
        return "";
    }

    /** Appends one Markdown table row; pipes inside cells are escaped. */
    static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        out.append('\n');
    }
}
