package dev.lanekit.bench.taylor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the CSV that JMH writes for {@link TaylorBench} ({@code -rf csv}) into a Markdown table of the
 * crossover n for every (d, p, causal) and one SVG chart of times against n per (d, causal).
 *
 * <p>Usage: {@code TaylorReport RESULTS.csv CHART_DIR}. The crossover is computed as in
 * {@link TaylorComparison#crossover}: interpolated where the time ratio passes 1, else extrapolated from
 * the largest size with exact ∝ n² and Taylor ∝ n (marked with ≈ in the table).
 */
public final class TaylorReport {

    private TaylorReport() {}

    /** One JMH score: a method at one parameter point. */
    private record Score(String method, int d, int p, boolean causal, int n, double millis) {}

    /**
     * Reads the CSV, prints the Markdown table and writes the charts.
     *
     * @param args the CSV file and the folder for the charts
     * @throws IOException when the CSV cannot be read or a chart cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TaylorReport RESULTS.csv CHART_DIR");
        }
        List<Score> scores = read(Path.of(args[0]));
        Path chartDir = Path.of(args[1]);
        Files.createDirectories(chartDir);

        // (d, causal) → p → method → n → ms; the key p = 0 stores the exact times, which do not depend on p.
        Map<String, Map<Integer, Map<String, TreeMap<Integer, Double>>>> groups = new TreeMap<>();
        for (Score s : scores) {
            String group = String.format(Locale.ROOT, "d%02d-%s", s.d(), s.causal() ? "causal" : "full");
            int p = s.method().equals("exact") ? 0 : s.p();
            groups.computeIfAbsent(group, g -> new TreeMap<>())
                    .computeIfAbsent(p, key -> new TreeMap<>())
                    .computeIfAbsent(s.method(), m -> new TreeMap<>())
                    .merge(s.n(), s.millis(), Math::min);
        }

        System.out.println("| d | causal | p | crossover n | exact/taylor at the largest n timed by both |");
        System.out.println("|---|---|---|---|---|");
        for (var group : groups.entrySet()) {
            Map<Integer, Map<String, TreeMap<Integer, Double>>> byOrder = group.getValue();
            TreeMap<Integer, Double> exact = byOrder.getOrDefault(0, Map.of()).getOrDefault("exact", new TreeMap<>());
            int d = Integer.parseInt(group.getKey().substring(1, 3));
            boolean causal = group.getKey().endsWith("causal");
            TimeChart chart = new TimeChart(String.format(Locale.ROOT, "Taylor vs exact attention, d = %d, %s", d,
                    causal ? "causal" : "non-causal"));
            if (!exact.isEmpty()) {
                chart.add("exact", keys(exact), values(exact));
            }
            for (var order : byOrder.entrySet()) {
                if (order.getKey() == 0) {
                    continue;
                }
                TreeMap<Integer, Double> taylor = order.getValue().get("taylor");
                chart.add("Taylor p = " + order.getKey(), keys(taylor), values(taylor));
                printCrossover(d, causal, order.getKey(), exact, taylor);
            }
            chart.write(chartDir.resolve("taylor-" + group.getKey() + ".svg"));
        }
    }

    private static void printCrossover(int d, boolean causal, int p, TreeMap<Integer, Double> exact,
            TreeMap<Integer, Double> taylor) {
        List<Integer> common = new ArrayList<>();
        for (int n : taylor.keySet()) {
            if (exact.containsKey(n)) {
                common.add(n);
            }
        }
        if (common.size() < 2) {
            System.out.printf(Locale.ROOT, "| %d | %s | %d | (exact not timed) | |%n", d, causal, p);
            return;
        }
        int[] sizes = common.stream().mapToInt(Integer::intValue).toArray();
        double[] exactMillis = new double[sizes.length];
        double[] taylorMillis = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            exactMillis[i] = exact.get(sizes[i]);
            taylorMillis[i] = taylor.get(sizes[i]);
        }
        double[] crossover = TaylorComparison.crossover(sizes, exactMillis, taylorMillis);
        int last = sizes.length - 1;
        System.out.printf(Locale.ROOT, "| %d | %s | %d | %s%d | %.2f (n = %d) |%n", d, causal, p,
                crossover[1] != 0 ? "≈ " : "", Math.round(crossover[0]), exactMillis[last] / taylorMillis[last],
                sizes[last]);
    }

    private static List<Score> read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + csv, e);
        }
        List<String> header = fields(lines.get(0));
        int benchmark = header.indexOf("Benchmark");
        int score = header.indexOf("Score");
        int unit = header.indexOf("Unit");
        int d = header.indexOf("Param: d");
        int p = header.indexOf("Param: p");
        int n = header.indexOf("Param: n");
        int causal = header.indexOf("Param: causal");
        List<Score> scores = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            if (!f.get(unit).equals("ms/op")) {
                throw new IllegalArgumentException("expected ms/op scores (-tu ms -bm avgt), found " + f.get(unit));
            }
            String name = f.get(benchmark);
            scores.add(new Score(name.substring(name.lastIndexOf('.') + 1), Integer.parseInt(f.get(d)),
                    Integer.parseInt(f.get(p)), Boolean.parseBoolean(f.get(causal)), Integer.parseInt(f.get(n)),
                    Double.parseDouble(f.get(score))));
        }
        return scores;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        for (String field : line.split(",", -1)) {
            out.add(field.replace("\"", "").trim());
        }
        return out;
    }

    private static double[] keys(TreeMap<Integer, Double> series) {
        return series.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
    }

    private static double[] values(TreeMap<Integer, Double> series) {
        return series.values().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
