package dev.lanekit.spark;

import java.io.Serializable;

/**
 * The message one Spark task returns to the driver: the result of its range, and its work.
 *
 * @param <R> the type of the range result
 * @param position the task's position in its job, which is also its range's offset from the job's
 *     first range
 * @param result the range search's result
 * @param candidates the number of candidates the range search reported through its monitor
 * @param nanos the wall time the range search took inside the task, without Spark's own per-task
 *     work (scheduling, serialization, fetching the broadcast)
 */
record TaskOutcome<R extends Serializable>(int position, R result, long candidates, long nanos)
        implements Serializable {}
