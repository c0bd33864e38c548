package dev.lanekit.bench.tour;

/**
 * Rough in-process timing for the tour: a short warm-up, then the best of a few timed runs. It is a quick
 * impression on one thread, with no forks, no dead-code protection and no statistics, so it is no
 * substitute for the JMH figures of {@code lanekit bench}.
 */
public final class TourTiming {

    /**
     * Default warm-up before the timed runs, in seconds. Vector API code runs hundreds of times slower
     * until C2 has compiled it, and C2 took a few hundred milliseconds for that on a busy 2-core machine.
     */
    public static final double DEFAULT_WARM_UP_SECONDS = 0.4;

    private final int repeat;
    private final long warmUpNanos;

    /**
     * Creates a timer that reports the best of at least {@code repeat} runs after {@code warmUpSeconds}
     * of warm-up. Timed runs go on until a quarter of the warm-up time has passed, so fast kernels get
     * more of them.
     *
     * @param repeat the least number of timed runs
     * @param warmUpSeconds the warm-up time in seconds
     * @throws IllegalArgumentException when {@code repeat} is below 1 or the warm-up is negative or NaN
     */
    public TourTiming(int repeat, double warmUpSeconds) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat = " + repeat + " must be >= 1");
        }
        if (!(warmUpSeconds >= 0)) {
            throw new IllegalArgumentException("warmUpSeconds = " + warmUpSeconds + " must be >= 0");
        }
        this.repeat = repeat;
        this.warmUpNanos = (long) (warmUpSeconds * 1e9);
    }

    /**
     * Returns the best time of {@code run} in seconds: at least two warm-up runs filling the warm-up time,
     * then at least {@code repeat} timed runs filling a quarter of it.
     *
     * @param run the work to time
     * @return the best time in seconds
     */
    public double bestSeconds(Runnable run) {
        long warmUpEnd = System.nanoTime() + warmUpNanos;
        int warmUps = 0;
        do {
            run.run();
            warmUps++;
        } while (warmUps < 2 || System.nanoTime() < warmUpEnd);

        long best = Long.MAX_VALUE;
        long timedStart = System.nanoTime();
        int runs = 0;
        while (runs < repeat || System.nanoTime() - timedStart < warmUpNanos / 4) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, System.nanoTime() - start);
            runs++;
        }
        return best / 1e9;
    }
}
