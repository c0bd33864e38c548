package dev.lanekit.bench.results;

import java.util.Locale;

/** Number formats shared by the tables, the targets and the charts of RESULTS.md. */
final class Format {

    private Format() {}

    /** Returns a time in nanoseconds with three significant digits and a fitting unit, for example {@code 3.93 µs}. */
    static String time(double nanos) {
        if (!Double.isFinite(nanos)) {
            return "—";
        }
        if (nanos >= 1e9) {
            return significant(nanos / 1e9) + " s";
        }
        if (nanos >= 1e6) {
            return significant(nanos / 1e6) + " ms";
        }
        if (nanos >= 1e3) {
            return significant(nanos / 1e3) + " µs";
        }
        return significant(nanos) + " ns";
    }

    /** Returns a rate per second with three significant digits and a k, M or G prefix, for example {@code 5.12 M/s}. */
    static String rate(double perSecond) {
        if (!Double.isFinite(perSecond)) {
            return "—";
        }
        if (perSecond >= 1e9) {
            return significant(perSecond / 1e9) + " G/s";
        }
        if (perSecond >= 1e6) {
            return significant(perSecond / 1e6) + " M/s";
        }
        if (perSecond >= 1e3) {
            return significant(perSecond / 1e3) + " k/s";
        }
        return significant(perSecond) + " /s";
    }

    /** Returns a ratio with three significant digits and a × sign, for example {@code 38.1×}. */
    static String ratio(double ratio) {
        return Double.isFinite(ratio) ? significant(ratio) + "×" : "—";
    }

    /** Returns JMH's error as {@code ±N%}, or an empty string when there is none. */
    static String error(double percent) {
        if (!Double.isFinite(percent)) {
            return "";
        }
        return String.format(Locale.ROOT, " ±%.0f%%", percent);
    }

    /** Returns an ISO-8601 UTC instant such as {@code 2026-12-05T00:03:00Z} as {@code 2026-12-05 00:03:00 UTC}. */
    static String utc(String instant) {
        return instant.endsWith("Z") ? instant.replace('T', ' ').substring(0, instant.length() - 1) + " UTC" : instant;
    }

    /** Returns {@code value} with three significant digits (all digits of the integer part from 1000 up). */
    static String significant(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
