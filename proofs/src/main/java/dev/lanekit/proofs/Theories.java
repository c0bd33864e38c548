package dev.lanekit.proofs;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories settings shared by every property: the number of examples ({@code -Dlanekit.tries},
 * default 100), a shrink budget capped so that a failure is reported within seconds, and a fixed seed
 * ({@code -Dlanekit.seed}) so that CI runs are reproducible.
 */
public final class Theories {

    /** System property with the number of examples per property. */
    public static final String TRIES_PROPERTY = "lanekit.tries";
    /** System property with the random seed of every property. */
    public static final String SEED_PROPERTY = "lanekit.seed";

    private static final int DEFAULT_TRIES = 100;
    private static final long DEFAULT_SEED = 20261204L;
    private static final int MAX_SHRINK_CYCLES = 200;

    private Theories() {}

    /** {@return the number of examples per property from {@code -Dlanekit.tries}} */
    public static int defaultTries() {
        return Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES);
    }

    /**
     * {@return a QuickTheories entry point with {@code tries} examples, the shared seed and a capped shrink budget}
     *
     * @param tries the number of examples per property
     */
    public static QuickTheory qt(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries = " + tries + " must be >= 1");
        }
        return QuickTheory.qt()
                .withExamples(tries)
                .withShrinkCycles(MAX_SHRINK_CYCLES)
                .withFixedSeed(Long.getLong(SEED_PROPERTY, DEFAULT_SEED));
    }
}
