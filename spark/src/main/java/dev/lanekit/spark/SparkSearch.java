package dev.lanekit.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkException;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

import dev.lanekit.inversion.SearchProgress;

import scala.Function0;
import scala.Function1;
import scala.Function2;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

/**
 * Runs a {@link RangeSearch} on Spark: one task per range of the enumeration index, the search
 * broadcast once, and the task results merged on the driver in ascending range order, so the result
 * does not depend on how the index space is cut or in which order tasks finish.
 *
 * <p>Ranges are submitted in jobs of at most {@link #rangesPerJob()} tasks, one job after the other,
 * which bounds the scheduler's memory for very large searches. Inside a job Spark launches tasks in
 * ascending partition order. When the merged prefix of finished ranges settles the search
 * (decision mode with a witness), the driver cancels the job, which marks the running tasks as
 * interrupted so that their searches return at their next {@link RangeMonitor#cancelled()} check.
 *
 * <p>Progress: tasks add their candidates to a {@link LongAccumulator}. Finished tasks count
 * exactly; running tasks count as of their last executor heartbeat
 * ({@code spark.executor.heartbeatInterval}, 10 s by default).
 *
 * <p>Instances are immutable. One search at a time per instance and thread: the job group and
 * description are local properties of the calling thread.
 */
public final class SparkSearch {

    /** Default number of tasks per Spark job. */
    public static final int DEFAULT_RANGES_PER_JOB = 16_384;

    private static final long POLL_MILLIS = 100;

    private final JavaSparkContext context;
    private final int rangesPerJob;
    private final Consumer<SearchProgress> progress;
    private final long reportNanos;

    private SparkSearch(JavaSparkContext context, int rangesPerJob, Consumer<SearchProgress> progress,
            long reportNanos) {
        this.context = context;
        this.rangesPerJob = rangesPerJob;
        this.progress = progress;
        this.reportNanos = reportNanos;
    }

    /**
     * {@return a search runner on {@code context}, reporting no progress}
     *
     * @param context the Spark context
     */
    public static SparkSearch on(JavaSparkContext context) {
        return new SparkSearch(Objects.requireNonNull(context, "context"), DEFAULT_RANGES_PER_JOB, null, 0);
    }

    /**
     * {@return a copy that reports progress to {@code listener} on the calling thread every
     * {@code interval} (at most about ten times a second) and once at the end}
     *
     * @param listener receives each progress report
     * @param interval the time between reports
     */
    public SparkSearch withProgress(Consumer<SearchProgress> listener, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("progress interval = " + interval + " is invalid; it must be positive");
        }
        return new SparkSearch(context, rangesPerJob, Objects.requireNonNull(listener, "listener"), interval.toNanos());
    }

    /**
     * {@return a copy that submits at most {@code rangesPerJob} tasks per Spark job}
     *
     * @param rangesPerJob the largest number of tasks per Spark job, at least 1
     */
    public SparkSearch withRangesPerJob(int rangesPerJob) {
        if (rangesPerJob < 1) {
            throw new IllegalArgumentException("rangesPerJob = " + rangesPerJob + " is invalid; it must be >= 1");
        }
        return new SparkSearch(context, rangesPerJob, progress, reportNanos);
    }

    /** {@return the maximum number of tasks per Spark job} */
    public int rangesPerJob() {
        return rangesPerJob;
    }

    /**
     * Searches every range of {@code ranges} (or a prefix of them, when the search settles early)
     * and returns the merged result.
     *
     * @param <R> the type of a range result
     * @param search the search to run on each range
     * @param ranges the index ranges, which cover the box from index 0 without gaps
     * @return the merged result and its cost
     * @throws IllegalArgumentException when {@code ranges} does not cover exactly {@code search.size()}
     * @throws SparkException when a task fails more often than Spark retries it
     * @throws InterruptedException when the calling thread is interrupted while it waits for a job
     */
    public <R extends Serializable> SparkSearchResult<R> run(RangeSearch<R> search, IndexRanges ranges)
            throws SparkException, InterruptedException {
        if (ranges.size() != search.size()) {
            throw new IllegalArgumentException("ranges.size() = " + ranges.size() + " but search.size() = "
                    + search.size() + "; the ranges must cover the search exactly");
        }
        long start = System.nanoTime();
        SparkContext sc = context.sc();
        Broadcast<RangeSearch<R>> shared = context.broadcast(search);
        LongAccumulator done = sc.longAccumulator("lanekit candidates");
        LiveProgress live = new LiveProgress(done.id());
        sc.addSparkListener(live);
        try {
            Totals<R> totals = new Totals<>();
            long count = ranges.count();
            for (long first = 0; first < count && !totals.settled; first += rangesPerJob) {
                int tasks = (int) Math.min(rangesPerJob, count - first);
                runJob(search, ranges, shared, done, live, first, tasks, totals, start);
            }
            report(totals.candidates + live.running(), search.size(), start);
            return new SparkSearchResult<>(totals.merged, totals.settled, totals.rangesMerged, totals.tasks,
                    totals.candidates, totals.taskNanos, System.nanoTime() - start);
        } finally {
            sc.removeSparkListener(live);
            shared.destroy();
        }
    }

    /** Running totals of the finished jobs of one search, owned by the calling thread between jobs. */
    private static final class Totals<R> {
        R merged;
        boolean settled;
        long rangesMerged;
        long tasks;
        long candidates;
        long taskNanos;
    }

    /**
     * Runs ranges {@code first .. first + tasks - 1} as one Spark job, merges their results into
     * {@code totals} in range order, and cancels the job as soon as the merged prefix settles.
     */
    private <R extends Serializable> void runJob(RangeSearch<R> search, IndexRanges ranges,
            Broadcast<RangeSearch<R>> shared, LongAccumulator done, LiveProgress live, long first, int tasks,
            Totals<R> totals, long start) throws SparkException, InterruptedException {
        List<Long> rangeIndices = new ArrayList<>(tasks);
        List<Object> partitions = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            rangeIndices.add(first + i);
            partitions.add(i);
        }
        // One element per slice, so partition i contains exactly range first + i.
        JavaRDD<Long> rdd = context.parallelize(rangeIndices, tasks);
        context.setJobDescription("lanekit search: ranges " + first + " to " + (first + tasks - 1) + " of "
                + ranges.count());

        JobState<R> state = new JobState<>(search, totals, tasks);
        SimpleFutureAction<BoxedUnit> future = context.sc().submitJob(
                rdd.rdd(),
                task(shared, ranges, done, first),
                CollectionConverters.asScala(partitions).toSeq(),
                (Function2<Object, TaskOutcome<R>, BoxedUnit>) (position, outcome) -> {
                    state.accept(outcome);
                    return BoxedUnit.UNIT;
                },
                (Function0<BoxedUnit>) () -> BoxedUnit.UNIT);

        long lastReport = System.nanoTime();
        while (!future.isCompleted() && !state.awaitSettledOrAll(POLL_MILLIS)) {
            if (progress != null && System.nanoTime() - lastReport >= reportNanos) {
                report(totals.candidates + state.candidates() + live.running(), search.size(), start);
                lastReport = System.nanoTime();
            }
        }
        boolean cancelled = state.settled() && !future.isCompleted();
        if (cancelled) {
            future.cancel();
        }
        try {
            future.get();
        } catch (SparkException e) {
            // A job we cancelled ends with an exception that carries no news.
            if (!cancelled) {
                // get() wraps the job's own failure, which names the failed task and its exception.
                throw e.getCause() instanceof SparkException jobFailure ? jobFailure : e;
            }
        }
        state.addTo(totals);
    }

    /**
     * The results of one job as they arrive on Spark's scheduler thread, merged in range order as
     * soon as a prefix is complete. The driver thread waits on this object.
     */
    private static final class JobState<R extends Serializable> {
        private final RangeSearch<R> search;
        private final List<TaskOutcome<R>> waiting;
        private final int tasks;
        private R merged;
        private int nextToMerge;
        private int received;
        private boolean settled;
        private long candidates;
        private long taskNanos;

        JobState(RangeSearch<R> search, Totals<R> totals, int tasks) {
            this.search = search;
            this.tasks = tasks;
            this.waiting = new ArrayList<>(Collections.nCopies(tasks, null));
            this.merged = totals.merged;
        }

        synchronized void accept(TaskOutcome<R> outcome) {
            received++;
            candidates += outcome.candidates();
            taskNanos += outcome.nanos();

            // Results after a settling prefix cannot change the merged result, so they are dropped.
            if (!settled) {
                waiting.set(outcome.position(), outcome);
                while (nextToMerge < tasks && waiting.get(nextToMerge) != null) {
                    R next = waiting.set(nextToMerge, null).result();
                    merged = merged == null ? next : search.merge(merged, next);
                    nextToMerge++;
                    if (search.settles(merged)) {
                        settled = true;
                        break;
                    }
                }
            }
            notifyAll();
        }

        /** Waits up to {@code millis} and returns true once the prefix settles or every task is in. */
        synchronized boolean awaitSettledOrAll(long millis) throws InterruptedException {
            if (!settled && received < tasks) {
                wait(millis);
            }
            return settled || received == tasks;
        }

        synchronized boolean settled() {
            return settled;
        }

        synchronized long candidates() {
            return candidates;
        }

        synchronized void addTo(Totals<R> totals) {
            totals.merged = merged;
            totals.settled = settled;
            totals.rangesMerged += nextToMerge;
            totals.tasks += received;
            totals.candidates += candidates;
            totals.taskNanos += taskNanos;
        }
    }

    private void report(long done, long total, long start) {
        if (progress != null) {
            progress.accept(new SearchProgress(Math.min(done, total), total, System.nanoTime() - start));
        }
    }

    /**
     * Builds the task body. It is a static method so that the closure captures only the broadcast,
     * the ranges, the accumulator and a number, all serializable.
     */
    private static <R extends Serializable> Function1<Iterator<Long>, TaskOutcome<R>> task(
            Broadcast<RangeSearch<R>> shared, IndexRanges ranges, LongAccumulator done, long first) {
        return (Function1<Iterator<Long>, TaskOutcome<R>> & Serializable) partition -> {
            long rangeIndex = partition.next();
            TaskContext taskContext = TaskContext.get();
            AccumulatorMonitor monitor = new AccumulatorMonitor(done, taskContext);
            RangeSearch<R> search = shared.value();
            long begin = System.nanoTime();
            R result = search.search(ranges.from(rangeIndex), ranges.to(rangeIndex), monitor);
            long nanos = System.nanoTime() - begin;
            return new TaskOutcome<>((int) (rangeIndex - first), result, monitor.total, nanos);
        };
    }

    /** Forwards a range search's progress to the accumulator and Spark's kill flag to the search. */
    private static final class AccumulatorMonitor implements RangeMonitor {
        private final LongAccumulator done;
        private final TaskContext taskContext;
        long total;

        AccumulatorMonitor(LongAccumulator done, TaskContext taskContext) {
            this.done = done;
            this.taskContext = taskContext;
        }

        @Override
        public void advance(long candidates) {
            done.add(candidates);
            total += candidates;
        }

        @Override
        public boolean cancelled() {
            return taskContext != null && taskContext.isInterrupted();
        }
    }
}
