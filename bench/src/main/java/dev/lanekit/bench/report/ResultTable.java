package dev.lanekit.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats results as the plain-text table {@code lanekit bench} prints. */
public final class ResultTable {

    private ResultTable() {}

    /**
     * {@return the table: one row per result with ns/op and its error, GFLOP/s, GB/s, the speedup over
     * scalar, and a B/op column when any result carries an allocation figure}
     *
     * @param results the results to show
     */
    public static String format(List<BenchResult> results) {
        List<BenchResult> sorted = Speedups.displayOrder(results);
        Map<BenchResult, Double> speedups = Speedups.overScalar(results);
        boolean withAllocation = sorted.stream().anyMatch(r -> Double.isFinite(r.allocBytesPerOp()));

        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(
                "kernel", "shape", "implementation", "ns/op", "± %", "GFLOP/s", "GB/s", "vs scalar"));
        if (withAllocation) {
            header.add("B/op");
        }
        rows.add(header.toArray(String[]::new));
        for (BenchResult result : sorted) {
            List<String> row = new ArrayList<>(List.of(
                    result.kernel(),
                    result.shape(),
                    result.implementation(),
                    formatTime(result.nsPerOp()),
                    formatPercent(result.nsPerOpError() / result.nsPerOp()),
                    formatRate(result.gflops()),
                    formatRate(result.gbPerSecond()),
                    formatSpeedup(speedups.get(result))));
            if (withAllocation) {
                row.add(Double.isFinite(result.allocBytesPerOp())
                        ? String.format(Locale.ROOT, "%.1f", result.allocBytesPerOp()) : "");
            }
            rows.add(row.toArray(String[]::new));
        }
        return render(rows);
    }

    private static String render(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                // Names align left, figures align right.
                String format = c < 3 ? "%-" + widths[c] + "s" : "%" + widths[c] + "s";
                line.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, format, row[c]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                out.append("-".repeat(line.length())).append('\n');
            }
        }
        return out.toString();
    }

    static String formatTime(double ns) {
        if (ns >= 1e6) {
            return String.format(Locale.ROOT, "%,.0f", ns);
        }
        if (ns >= 100) {
            return String.format(Locale.ROOT, "%,.1f", ns);
        }
        return String.format(Locale.ROOT, "%.2f", ns);
    }

    private static String formatPercent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f", 100 * fraction) : "";
    }

    private static String formatRate(double rate) {
        if (!Double.isFinite(rate)) {
            return "";
        }
        // Three significant digits or so, whatever the magnitude.
        String format = "%.2f";
        if (rate >= 100) {
            format = "%.0f";
        } else if (rate >= 10) {
            format = "%.1f";
        }
        return String.format(Locale.ROOT, format, rate);
    }

    static String formatSpeedup(Double speedup) {
        if (speedup == null || !Double.isFinite(speedup)) {
            return "";
        }
        return String.format(Locale.ROOT, speedup >= 10 ? "%.1f×" : "%.2f×", speedup);
    }
}
