package dev.lanekit.spark;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.lanekit.inversion.CancellationToken;

/**
 * Carries Spark's kill flag to inversion searches: one daemon thread per JVM polls the monitors of
 * the running range searches and cancels the token of each search whose task Spark has killed.
 * Needed because the single-machine search polls only its own {@link CancellationToken}.
 */
final class KillWatcher {

    /** Milliseconds between two polls. */
    static final long POLL_MILLIS = 50;

    private static final Set<Registration> WATCHED = ConcurrentHashMap.newKeySet();

    private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lanekit-kill-watcher");
        thread.setDaemon(true);
        return thread;
    });

    static {
        POLLER.scheduleWithFixedDelay(KillWatcher::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private KillWatcher() {}

    /** Watches {@code monitor} until the returned registration is closed. */
    static Registration watch(RangeMonitor monitor, CancellationToken token) {
        Registration registration = new Registration(monitor, token);
        WATCHED.add(registration);
        return registration;
    }

    private static void poll() {
        for (Registration registration : WATCHED) {
            if (registration.monitor.cancelled()) {
                registration.token.cancel();
            }
        }
    }

    /** One watched search; closing it stops the watching. */
    static final class Registration implements AutoCloseable {
        private final RangeMonitor monitor;
        private final CancellationToken token;

        private Registration(RangeMonitor monitor, CancellationToken token) {
            this.monitor = monitor;
            this.token = token;
        }

        @Override
        public void close() {
            WATCHED.remove(this);
        }
    }
}
