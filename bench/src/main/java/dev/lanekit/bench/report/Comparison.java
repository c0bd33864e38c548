package dev.lanekit.bench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares results with a saved baseline: the performance regression check after a JDK or hardware
 * change. Results are matched by kernel, shape and implementation; the ratio is current time over
 * baseline time, so a ratio above {@code 1 + threshold} is a regression.
 *
 * @param rows one row per current result, in display order
 * @param threshold the fraction of slowdown tolerated, for example 0.10 for 10%
 */
public record Comparison(List<Row> rows, double threshold) {

    /**
     * One current result beside its baseline.
     *
     * @param current the result of this run
     * @param baselineNsPerOp the baseline's time per call, or NaN when the baseline lacks this result
     */
    public record Row(BenchResult current, double baselineNsPerOp) {

        /** {@return current time over baseline time, or NaN without a baseline} */
        public double ratio() {
            return current.nsPerOp() / baselineNsPerOp;
        }
    }

    /** Copies the rows and validates the threshold. */
    public Comparison {
        rows = List.copyOf(rows);
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold = " + threshold + " must be a finite fraction >= 0");
        }
    }

    /**
     * Matches every current result with the baseline result of the same kernel, shape and implementation.
     *
     * @param current the results of this run
     * @param baseline the saved results to compare with
     * @param threshold the fraction of slowdown tolerated, for example 0.10 for 10%
     * @return the comparison, one row per matched result
     */
    public static Comparison of(List<BenchResult> current, List<BenchResult> baseline, double threshold) {
        Map<String, BenchResult> baselineByKey = new HashMap<>();
        for (BenchResult result : baseline) {
            baselineByKey.put(result.key(), result);
        }
        List<Row> rows = new ArrayList<>();
        for (BenchResult result : Speedups.displayOrder(current)) {
            BenchResult before = baselineByKey.get(result.key());
            rows.add(new Row(result, before == null ? Double.NaN : before.nsPerOp()));
        }
        return new Comparison(rows, threshold);
    }

    /**
     * {@return whether this row is slower than its baseline by more than the threshold}
     *
     * @param row a row of this comparison
     */
    public boolean regressed(Row row) {
        return row.ratio() > 1 + threshold;
    }

    /** {@return the rows slower than their baseline by more than the threshold} */
    public List<Row> regressions() {
        return rows.stream().filter(this::regressed).toList();
    }

    /** {@return the comparison as a plain-text table with a closing line that counts the regressions} */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %-18s %-14s %14s %14s %8s%n",
                "kernel", "shape", "implementation", "baseline ns", "now ns", "ratio"));
        for (Row row : rows) {
            BenchResult result = row.current();
            String baseline = Double.isNaN(row.baselineNsPerOp()) ? "-" : ResultTable.formatTime(row.baselineNsPerOp());
            String ratio = Double.isNaN(row.ratio()) ? "new" : String.format(Locale.ROOT, "%.2f", row.ratio());
            out.append(String.format(Locale.ROOT, "%-12s %-18s %-14s %14s %14s %8s%s%n",
                    result.kernel(), result.shape(), result.implementation(), baseline,
                    ResultTable.formatTime(result.nsPerOp()), ratio, regressed(row) ? "  SLOWER" : ""));
        }
        int regressions = regressions().size();
        out.append(String.format(Locale.ROOT, "%d of %d results slower than the baseline by more than %.0f%%%n",
                regressions, rows.size(), 100 * threshold));
        return out.toString();
    }
}
