package dev.lanekit.inversion;

/**
 * A snapshot of a running search, passed to the progress listener of {@link SearchOptions}.
 *
 * @param searched candidates evaluated so far
 * @param total candidates the search will evaluate (fewer when a decision search stops early)
 * @param elapsedNanos time since the search started
 */
public record SearchProgress(long searched, long total, long elapsedNanos) {

    /** {@return the throughput so far in candidates per second (0 before any time has passed)} */
    public double candidatesPerSecond() {
        return elapsedNanos <= 0 ? 0 : searched * 1e9 / elapsedNanos;
    }

    /** {@return the fraction done, 0 … 1} */
    public double fraction() {
        return total == 0 ? 1 : (double) searched / total;
    }

    /** {@return the estimated seconds left at the current throughput, or +∞ before the first candidates} */
    public double etaSeconds() {
        double rate = candidatesPerSecond();
        return rate == 0 ? Double.POSITIVE_INFINITY : (total - searched) / rate;
    }
}
