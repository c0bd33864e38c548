package dev.lanekit.inversion;

/**
 * A flag that stops a running search. Workers poll it every few thousand candidates, so a search stops
 * within milliseconds of {@link #cancel()} and raises {@link java.util.concurrent.CancellationException}.
 * Thread-safe.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** Creates a token that is not cancelled. */
    public CancellationToken() {}

    /** Requests cancellation; calling it again has no further effect. */
    public void cancel() {
        cancelled = true;
    }

    /** {@return whether {@link #cancel()} was called} */
    public boolean isCancelled() {
        return cancelled;
    }
}
