package dev.lanekit.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.lanekit.inversion.SearchProgress;

/** The search contract on {@code local[2]}: two task threads in this JVM. */
@Timeout(60)
class LocalModeTest extends SparkSearchContract {

    private static JavaSparkContext context;

    @BeforeAll
    @Timeout(60)
    static void start() {
        // Heartbeats every second, so that progressCountsRunningTasks receives one during its tasks.
        context = new JavaSparkContext(SparkSetup.loopbackConf("local[2]", "lanekit-local-test")
                .set("spark.executor.heartbeatInterval", "1s"));
    }

    @AfterAll
    @Timeout(60)
    static void stop() {
        if (context != null) {
            context.stop();
        }
    }

    @Override
    JavaSparkContext context() {
        return context;
    }

    @Override
    long[] rangeLengths(long size) {
        return new long[] {Math.max(1, size >> 7), 97, size / 3, size};
    }

    @Test
    void progressCountsRunningTasks() throws Exception {
        List<SearchProgress> seen = new ArrayList<>();
        SparkSearch.on(context)
                .withProgress(seen::add, Duration.ofMillis(100))
                .run(new SlowSearch(), new IndexRanges(2000, 1000));
        // Each task reports its candidates at once, then sleeps 3 s, so only a heartbeat can show
        // them within the first 3 s.
        List<SearchProgress> early = seen.stream().filter(progress -> progress.elapsedNanos() < 2_900_000_000L).toList();
        assertTrue(early.stream().anyMatch(progress -> progress.searched() > 0), "running tasks counted: " + seen);
    }

    @Test
    void failingTaskFailsSearch() {
        SparkException error = assertThrows(SparkException.class,
                () -> SparkSearch.on(context).run(new FailingSearch(), new IndexRanges(8, 1)));
        assertTrue(String.valueOf(error.getMessage()).contains("range 3 failed"), error.getMessage());
    }

    /** Eight candidates; the search of range 3 throws. */
    private record FailingSearch() implements CountingSearch {

        @Override
        public long size() {
            return 8;
        }

        @Override
        public Long search(long from, long to, RangeMonitor monitor) {
            if (from == 3) {
                throw new IllegalStateException("range 3 failed");
            }
            return to - from;
        }
    }

    /** 2000 candidates; a range reports its candidates, then takes three seconds to finish. */
    private record SlowSearch() implements CountingSearch {

        @Override
        public long size() {
            return 2000;
        }

        @Override
        public Long search(long from, long to, RangeMonitor monitor) {
            monitor.advance(to - from);
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return to - from;
        }
    }
}
