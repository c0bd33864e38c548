package dev.lanekit.bench.results;

import dev.lanekit.bench.report.SpeedupChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as a standalone SVG document: one labelled bar per value, the value printed at
 * the end of its bar, and an optional dashed reference line (at 1× for ratios).
 */
final class BarChart {

    private static final int LABEL_WIDTH = 300;
    private static final int PLOT_WIDTH = 420;
    private static final int RIGHT = 90;
    private static final int TOP = 64;
    private static final int ROW = 22;
    private static final int BOTTOM = 48;
    private static final String[] PALETTE = {"#1f5fa8", "#e08a1e", "#2e9e57", "#8c4fb8", "#c23b3b", "#6b6b6b"};

    /**
     * One bar.
     *
     * @param label the text left of the bar
     * @param value the bar's length in the chart's unit, ≥ 0
     * @param series the colour group, 0 for the first colour
     */
    public record Bar(String label, double value, int series) {}

    private final String title;
    private final String subtitle;
    private final String axisLabel;
    private final double reference;
    private final List<Bar> bars = new ArrayList<>();

    /**
     * Creates an empty chart.
     *
     * @param title the heading
     * @param subtitle the line under the heading, for example the machine
     * @param axisLabel the unit of the values, shown under the axis
     * @param reference where to draw the dashed reference line, or NaN for none
     */
    public BarChart(String title, String subtitle, String axisLabel, double reference) {
        this.title = title;
        this.subtitle = subtitle;
        this.axisLabel = axisLabel;
        this.reference = reference;
    }

    /** Adds a bar; values that are not finite are left out. */
    public BarChart add(String label, double value, int series) {
        if (Double.isFinite(value)) {
            bars.add(new Bar(label, Math.max(0, value), series));
        }
        return this;
    }

    /** Returns whether the chart has no bars. */
    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Returns the chart as SVG text. */
    public String svg() {
        double max = Double.isFinite(reference) ? reference : 0;
        for (Bar bar : bars) {
            max = Math.max(max, bar.value());
        }
        double axisMax = max <= 0 ? 1 : SpeedupChart.niceCeiling(max * 1.05);
        int width = LABEL_WIDTH + PLOT_WIDTH + RIGHT;
        int plotBottom = TOP + ROW * Math.max(1, bars.size());
        int height = plotBottom + BOTTOM;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        text(svg, 12, 22, "start", "font-size=\"16\" font-weight=\"bold\"", title);
        text(svg, 12, 40, "start", "fill=\"#555\"", subtitle);

        for (int tick = 0; tick <= 5; tick++) {
            double value = axisMax * tick / 5;
            double x = LABEL_WIDTH + PLOT_WIDTH * tick / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e5e5e5\"/>%n",
                    x, TOP - 4, x, plotBottom));
            text(svg, x, plotBottom + 16, "middle", "", format(value));
        }
        text(svg, LABEL_WIDTH + PLOT_WIDTH / 2.0, plotBottom + 36, "middle", "", axisLabel);

        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            double length = PLOT_WIDTH * Math.min(bar.value(), axisMax) / axisMax;
            text(svg, LABEL_WIDTH - 8, y + 15, "end", "", bar.label());
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
                    LABEL_WIDTH, y + 3, length, ROW - 6, PALETTE[bar.series() % PALETTE.length],
                    SpeedupChart.escape(bar.label() + ": " + format(bar.value()))));
            text(svg, LABEL_WIDTH + length + 4, y + 15, "start", "", format(bar.value()));
        }
        if (bars.isEmpty()) {
            text(svg, LABEL_WIDTH + PLOT_WIDTH / 2.0, TOP + 15, "middle", "fill=\"#555\"", "no data");
        }
        if (Double.isFinite(reference)) {
            double x = LABEL_WIDTH + PLOT_WIDTH * reference / axisMax;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c23b3b\" stroke-dasharray=\"6 4\"/>%n",
                    x, TOP - 8, x, plotBottom));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LABEL_WIDTH, TOP - 4, LABEL_WIDTH, plotBottom));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String format(double value) {
        if (value == 0) {
            return "0";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String attributes, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n",
                x, y, anchor, attributes.isEmpty() ? "" : " " + attributes, SpeedupChart.escape(content)));
    }
}
