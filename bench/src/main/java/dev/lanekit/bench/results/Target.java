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

    /** The outcome of a target in one run. */
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
     * @param withinError whether the threshold lies inside the ratio's error interval, from JMH's 99.9%
     *     intervals of both sides, so another run could reach the other verdict
     */
    public record Verdict(String measured, Status status, boolean withinError) {

        public Verdict {
            Objects.requireNonNull(measured, "measured");
            Objects.requireNonNull(status, "status");
        }

        /** Returns a verdict for a target this run did not measure, saying why. */
        public static Verdict notMeasured(String why) {
            return new Verdict(why, Status.NOT_MEASURED, false);
        }

        /** Returns a verdict for a measured value: met when {@code met} holds. */
        public static Verdict of(String measured, boolean met) {
            return new Verdict(measured, met ? Status.MET : Status.NOT_MET, false);
        }

        /**
         * Returns a verdict on a ratio of two measurements against {@code threshold}, marked as within
         * error when the threshold lies inside the ratio times or divided by (1 + the sum of both relative
         * errors).
         */
        public static Verdict ofRatio(String measured, boolean met, double ratio, double threshold,
                Measurement a, Measurement b) {
            double relative = a.scoreError() / a.score() + b.scoreError() / b.score();
            boolean withinError = Double.isFinite(relative)
                    && threshold > ratio / (1 + relative) && threshold < ratio * (1 + relative);
            return new Verdict(measured, met ? Status.MET : Status.NOT_MET, withinError);
        }

        /** Returns the verdict as RESULTS.md prints it, for example {@code met} or {@code not met, within error}. */
        public String label() {
            return status.label() + (withinError ? ", within error" : "");
        }
    }
}
