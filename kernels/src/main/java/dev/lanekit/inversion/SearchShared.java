package dev.lanekit.inversion;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * State the workers of one search share: the best published bound, the smallest decision witness,
 * the progress counter and the cancellation token. Sharing only tightens abandonment and never changes
 * the result. A candidate is dropped only when its exact objective exceeds a k-th best objective that
 * some range has already found.
 */
final class SearchShared {

    private final AtomicLong boundBits = new AtomicLong(Double.doubleToLongBits(Double.POSITIVE_INFINITY));
    private final AtomicLong witness = new AtomicLong(Long.MAX_VALUE);
    private final LongAdder progress = new LongAdder();
    private final CancellationToken cancellation;

    SearchShared(CancellationToken cancellation) {
        this.cancellation = cancellation;
    }

    /** Returns the smallest k-th best objective published by any range. */
    double bound() {
        return Double.longBitsToDouble(boundBits.get());
    }

    /** Publishes a range's k-th best objective; the shared bound only decreases. */
    void offerBound(double kth) {
        long bits = Double.doubleToLongBits(kth);
        long current;
        do {
            current = boundBits.get();
            if (!(kth < Double.longBitsToDouble(current))) {
                return;
            }
        } while (!boundBits.compareAndSet(current, bits));
    }

    /** Publishes a decision witness found at {@code index}. */
    void offerWitness(long index) {
        witness.accumulateAndGet(index, Math::min);
    }

    /** Returns whether some range found a decision witness before {@code index}. */
    boolean witnessBefore(long index) {
        return witness.get() < index;
    }

    void addProgress(long candidates) {
        progress.add(candidates);
    }

    long progress() {
        return progress.sum();
    }

    boolean cancelled() {
        return cancellation.isCancelled();
    }
}
