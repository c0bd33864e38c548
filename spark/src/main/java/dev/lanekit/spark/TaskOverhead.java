package dev.lanekit.spark;

import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Measures the fixed cost of one Spark task on a context: the wall time of a job of tasks that
 * search nothing, times the number of cores, divided by the number of tasks. It includes
 * scheduling, task serialization, launching the task on an executor, and returning its result.
 */
public final class TaskOverhead {

    private TaskOverhead() {}

    /**
     * Runs a warm-up job and then a measured job of {@code tasks} empty tasks, and returns the
     * seconds per task and core.
     *
     * @param context the Spark context
     * @param tasks the number of empty tasks to time
     * @return the seconds per task and core
     * @throws SparkException when a task fails more often than Spark retries it
     * @throws InterruptedException when the calling thread is interrupted while it waits for a job
     */
    public static double measureSeconds(JavaSparkContext context, int tasks)
            throws SparkException, InterruptedException {
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks = " + tasks + " is invalid; it must be >= 1");
        }
        SparkSearch runner = SparkSearch.on(context);
        runner.run(new EmptySearch(Math.max(1, tasks / 4)), new IndexRanges(Math.max(1, tasks / 4), 1));

        long start = System.nanoTime();
        runner.run(new EmptySearch(tasks), new IndexRanges(tasks, 1));
        double seconds = (System.nanoTime() - start) * 1e-9;
        return seconds * context.defaultParallelism() / tasks;
    }

    /**
     * A search whose candidates cost nothing; its result is the number of candidates it saw.
     *
     * @param size the number of candidates
     */
    private record EmptySearch(long size) implements CountingSearch {

        @Override
        public Long search(long from, long to, RangeMonitor monitor) {
            monitor.advance(to - from);
            return to - from;
        }
    }
}
