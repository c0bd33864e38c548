package dev.lanekit.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Draws the speedup over scalar as an SVG bar chart: one group of bars per kernel and shape, one bar
 * per implementation other than scalar, a dashed line at 1× (as fast as scalar), axis labels and a
 * legend. Groups without a scalar result are left out, because they have no speedup.
 */
public final class SpeedupChart {

    private static final String[] PALETTE = {
        "#1f5fa8", "#e08a1e", "#2e9e57", "#8c4fb8", "#c23b3b", "#6b6b6b", "#17a2b8", "#b58900"
    };
    private static final int LEFT = 72;
    private static final int RIGHT = 24;
    private static final int TOP = 76;
    private static final int BOTTOM = 64;
    private static final int PLOT_HEIGHT = 300;
    private static final int BAR_WIDTH = 20;
    private static final int GROUP_GAP = 28;
    /** Approximate width in pixels of one character of a 12-pixel sans-serif label. */
    private static final int LABEL_CHAR_WIDTH = 7;
    private static final Pattern INTEGER = Pattern.compile("\\b\\d+\\b");

    private SpeedupChart() {}

    /**
     * Returns the chart of {@code results} as a standalone SVG document; {@code subtitle} names the machine.
     *
     * @param results the results to draw
     * @param subtitle the line under the title, naming the machine
     * @return the chart of {@code results} as a standalone SVG document
     */
    public static String svg(List<BenchResult> results, String subtitle) {
        Map<BenchResult, Double> speedups = Speedups.overScalar(results);
        Map<String, List<BenchResult>> groups = new LinkedHashMap<>();
        Set<String> implementations = new LinkedHashSet<>();
        for (BenchResult result : Speedups.displayOrder(results)) {
            if (result.implementation().equals(BenchResult.SCALAR) || speedups.get(result).isNaN()) {
                continue;
            }
            groups.computeIfAbsent(result.groupKey(), k -> new ArrayList<>()).add(result);
            implementations.add(result.implementation());
        }
        List<String> legend = new ArrayList<>(implementations);
        double maxSpeedup = speedups.values().stream().filter(Double::isFinite).mapToDouble(d -> d).max().orElse(1);
        double top = Math.max(maxSpeedup * 1.05, 1.5);
        double step = niceCeiling(top / 5);
        double axisMax = Math.ceil(top / step - 1e-9) * step;

        // Each group is as wide as its own bars or its labels, whichever is wider.
        Map<String, Integer> groupWidths = new LinkedHashMap<>();
        int plotWidth = 0;
        for (Map.Entry<String, List<BenchResult>> group : groups.entrySet()) {
            BenchResult first = group.getValue().get(0);
            int labelWidth = LABEL_CHAR_WIDTH * Math.max(first.kernel().length(), shortShape(first.shape()).length());
            int groupWidth = Math.max(group.getValue().size() * BAR_WIDTH, labelWidth) + GROUP_GAP;
            groupWidths.put(group.getKey(), groupWidth);
            plotWidth += groupWidth;
        }
        int width = Math.max(560, LEFT + plotWidth + RIGHT);
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        int plotBottom = TOP + PLOT_HEIGHT;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        text(svg, LEFT, 22, "start", "font-size=\"16\" font-weight=\"bold\"",
                "Speedup over scalar Java (higher is better)");
        text(svg, LEFT, 40, "start", "fill=\"#555\"", subtitle);

        drawAxes(svg, axisMax, step, width, plotBottom);
        drawLegend(svg, legend);

        int x = LEFT;
        for (Map.Entry<String, List<BenchResult>> group : groups.entrySet()) {
            int groupWidth = groupWidths.get(group.getKey());
            List<BenchResult> bars = group.getValue();
            double firstBarX = x + (groupWidth - bars.size() * BAR_WIDTH) / 2.0;
            for (int bar = 0; bar < bars.size(); bar++) {
                BenchResult result = bars.get(bar);
                int slot = legend.indexOf(result.implementation());
                double speedup = speedups.get(result);
                double barHeight = PLOT_HEIGHT * Math.min(speedup, axisMax) / axisMax;
                double barX = firstBarX + bar * BAR_WIDTH;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>%n",
                        barX, plotBottom - barHeight, BAR_WIDTH - 2, barHeight, color(slot),
                        escape(result.key() + ": " + ResultTable.formatSpeedup(speedup))));
                text(svg, barX + (BAR_WIDTH - 2) / 2.0, plotBottom - barHeight - 3, "middle", "font-size=\"9\"",
                        String.format(Locale.ROOT, speedup >= 10 ? "%.0f" : "%.1f", speedup));
            }
            BenchResult first = bars.get(0);
            double center = x + groupWidth / 2.0;
            text(svg, center, plotBottom + 16, "middle", "font-weight=\"bold\"", first.kernel());
            text(svg, center, plotBottom + 30, "middle", "fill=\"#555\"", shortShape(first.shape()));
            x += groupWidth;
        }
        if (groups.isEmpty()) {
            text(svg, width / 2.0, TOP + PLOT_HEIGHT / 2.0, "middle", "fill=\"#555\"",
                    "no kernel has both a scalar and another result");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void drawAxes(StringBuilder svg, double axisMax, double step, int width, int plotBottom) {
        for (double tick = 0; tick <= axisMax + 1e-9; tick += step) {
            double y = plotBottom - PLOT_HEIGHT * tick / axisMax;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e5e5\"/>%n",
                    LEFT, y, width - RIGHT, y));
            text(svg, LEFT - 6, y + 4, "end", "", String.format(Locale.ROOT, step == Math.rint(step) ? "%.0f×" : "%.1f×", tick));
        }
        double oneY = plotBottom - PLOT_HEIGHT / axisMax;
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c23b3b\" stroke-dasharray=\"6 4\"/>%n",
                LEFT, oneY, width - RIGHT, oneY));
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP, LEFT, plotBottom));
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, plotBottom, width - RIGHT, plotBottom));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 18 %.1f)\">%s</text>%n",
                TOP + PLOT_HEIGHT / 2.0, TOP + PLOT_HEIGHT / 2.0, "speedup over scalar (×)"));
        text(svg, LEFT + (width - LEFT - RIGHT) / 2.0, plotBottom + 52, "middle", "", "kernel and shape");
    }

    private static void drawLegend(StringBuilder svg, List<String> legend) {
        int x = LEFT;
        for (int slot = 0; slot < legend.size(); slot++) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"52\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", x, color(slot)));
            text(svg, x + 16, 62, "start", "", legend.get(slot));
            x += 28 + 7 * legend.get(slot).length();
        }
        // The reference line's entry: drawn like the line itself, so no label has to sit on the plot.
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"58\" x2=\"%d\" y2=\"58\" stroke=\"#c23b3b\" stroke-dasharray=\"6 4\"/>%n",
                x, x + 20));
        text(svg, x + 24, 62, "start", "", "scalar = 1×");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String attributes, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n",
                x, y, anchor, attributes.isEmpty() ? "" : " " + attributes, escape(content)));
    }

    private static String color(int slot) {
        return PALETTE[slot % PALETTE.length];
    }

    /**
     * Returns the smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code value}.
     *
     * @param value a positive axis length
     * @return the rounded-up axis length
     */
    public static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= value - 1e-12) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Returns the shape with sizes of 64K and up written as 64K or 16M (powers of 1024), to keep labels short. */
    static String shortShape(String shape) {
        return INTEGER.matcher(shape).replaceAll(match -> {
            long value = Long.parseLong(match.group());
            if (value >= 1 << 20 && value % (1 << 20) == 0) {
                return value / (1 << 20) + "M";
            }
            if (value >= 1 << 16 && value % (1 << 10) == 0) {
                return value / (1 << 10) + "K";
            }
            return match.group();
        });
    }

    /**
     * Returns {@code text} with the characters XML reserves replaced by entities.
     *
     * @param text the text to place in an SVG element or attribute
     * @return the escaped text
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
