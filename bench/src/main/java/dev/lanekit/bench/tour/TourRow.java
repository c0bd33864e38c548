package dev.lanekit.bench.tour;

/**
 * One capability's entry in the {@code lanekit tour} summary.
 *
 * @param capability the capability's short name, as {@code --only} takes it
 * @param ran the kernel and shape that ran
 * @param seconds the best timed run of the provider's kernels, or NaN when nothing was timed
 * @param reference how far the result is from its reference, in the metric that fits the capability
 * @param speedup scalar time divided by SIMD time, or NaN when only one side ran
 * @param detail a second line (the bound, the brute-force check, the library), or empty
 * @param passed whether the result met its reference check
 */
public record TourRow(String capability, String ran, double seconds, String reference, double speedup,
        String detail, boolean passed) {}
