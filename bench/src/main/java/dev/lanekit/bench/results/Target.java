package dev.lanekit.bench.results;

import java.util.Objects;
import java.util.function.Function;

/**
 * A performance target of one capability and how to check it against a suite run.
 *
 * @param section the section id the target belongs to
 * @param text the target as the capability states it
 * @param check computes the measured value and the verdict from the stored results
 */
record Target(String section, String text, Function<ResultSet, Verdict> check) {

    public Target {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(check, "check");
        if (!Sections.IDS.contains(section)) {
            throw new IllegalArgumentException("section '" + section + "' is not one of " + Sections.IDS);
        }
    }

    /** Whether a target was met. */
    public enum Status {
        MET("met"),
        NOT_MET("not met"),
        NOT_MEASURED("not measured");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** Returns the verdict as RESULTS.md prints it. */
        public String label() {
            return label;
        }
    }

    /**
     * The outcome of a check.
     *
     * @param measured what was measured, with the figures it comes from
     * @param status met, not met, or not measured in this run
     */
    public record Verdict(String measured, Status status) {

        public Verdict {
            Objects.requireNonNull(measured, "measured");
            Objects.requireNonNull(status, "status");
        }

        /** Returns a verdict for a target this run did not measure, saying why. */
        public static Verdict notMeasured(String why) {
            return new Verdict(why, Status.NOT_MEASURED);
        }

        /** Returns a verdict for a measured value: met when {@code met} holds. */
        public static Verdict of(String measured, boolean met) {
            return new Verdict(measured, met ? Status.MET : Status.NOT_MET);
        }
    }
}
