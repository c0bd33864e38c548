package dev.lanekit.bench.taylor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A log-log SVG line chart of run time against n, with one line per series and an optional vertical
 * marker (the crossover). Plain SVG 1.1 text, no scripts, so it renders in browsers and on code hosts.
 */
public final class TimeChart {

    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 170;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private record Series(String name, double[] n, double[] millis) {}

    private final String title;
    private final List<Series> series = new ArrayList<>();
    private double marker = Double.NaN;
    private String markerLabel = "";

    /**
     * Creates an empty chart with the given title.
     *
     * @param title the chart title
     */
    public TimeChart(String title) {
        this.title = title;
    }

    /**
     * Adds a line: run time in milliseconds at each n (both arrays of equal length, values > 0).
     *
     * @param name the line label
     * @param n the token counts
     * @param millis the run time at each token count, in milliseconds
     * @return this chart
     */
    public TimeChart add(String name, double[] n, double[] millis) {
        if (n.length != millis.length) {
            throw new IllegalArgumentException("series " + name + ": n.length = " + n.length
                    + " but millis.length = " + millis.length);
        }
        series.add(new Series(name, n.clone(), millis.clone()));
        return this;
    }

    /**
     * Draws a dashed vertical line at {@code n} with a label, or nothing when n is NaN.
     *
     * @param n the token count to mark, or NaN for none
     * @param label the label of the line
     * @return this chart
     */
    public TimeChart marker(double n, String label) {
        this.marker = n;
        this.markerLabel = label;
        return this;
    }

    /**
     * Writes the chart to {@code file} as SVG.
     *
     * @param file the SVG file to write
     * @throws IOException when the file cannot be written
     */
    public void write(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** {@return the chart as SVG text} */
    public String render() {
        double minN = Double.POSITIVE_INFINITY;
        double maxN = 0;
        double minT = Double.POSITIVE_INFINITY;
        double maxT = 0;
        for (Series s : series) {
            for (int i = 0; i < s.n.length; i++) {
                minN = Math.min(minN, s.n[i]);
                maxN = Math.max(maxN, s.n[i]);
                minT = Math.min(minT, s.millis[i]);
                maxT = Math.max(maxT, s.millis[i]);
            }
        }
        if (series.isEmpty() || !(minN > 0) || !(minT > 0)) {
            throw new IllegalStateException("the chart needs at least one series with positive n and times");
        }
        double x0 = Math.floor(Math.log10(minN));
        double x1 = Math.ceil(Math.log10(maxN));
        double y0 = Math.floor(Math.log10(minT));
        double y1 = Math.ceil(Math.log10(maxT));
        x1 = Math.max(x1, x0 + 1);
        y1 = Math.max(y1, y0 + 1);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n", LEFT,
                escape(title)));

        // Axes with a grid line at every power of ten.
        for (int e = (int) x0; e <= (int) x1; e++) {
            double x = xPixel(e, x0, x1);
            svg.append(line(x, TOP, x, HEIGHT - BOTTOM, "#dddddd"));
            svg.append(text(x - 12, HEIGHT - BOTTOM + 18, "1e" + e));
        }
        for (int e = (int) y0; e <= (int) y1; e++) {
            double y = yPixel(e, y0, y1);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#dddddd"));
            svg.append(text(8, y + 4, "1e" + e + " ms"));
        }
        svg.append(text(LEFT + (WIDTH - LEFT - RIGHT) / 2.0 - 20, HEIGHT - 12, "tokens n"));

        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String color = COLORS[s % COLORS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.n.length; i++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xPixel(Math.log10(line.n[i]), x0, x1),
                        yPixel(Math.log10(line.millis[i]), y0, y1)));
            }
            svg.append(String.format(Locale.ROOT,
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", color,
                    points.toString().trim()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
                    WIDTH - RIGHT + 10, TOP + 16 * (s + 1), color, escape(line.name)));
        }

        if (!Double.isNaN(marker) && marker > 0) {
            double x = xPixel(Math.log10(marker), x0, x1);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\" "
                    + "stroke-dasharray=\"4 4\"/>%n", x, TOP, x, HEIGHT - BOTTOM));
            svg.append(text(x + 4, TOP + 12, markerLabel));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double xPixel(double log, double x0, double x1) {
        return LEFT + (log - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
    }

    private static double yPixel(double log, double y0, double y1) {
        return HEIGHT - BOTTOM - (log - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
    }

    private static String line(double xa, double ya, double xb, double yb, String color) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                xa, ya, xb, yb, color);
    }

    private static String text(double x, double y, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", x, y, escape(content));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
