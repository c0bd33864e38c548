package dev.lanekit.spark;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import scala.Option;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Follows one accumulator in the executors' heartbeats, so the driver counts the candidates of tasks
 * that are still running. Finished tasks are counted from their results instead. Spark calls the
 * listener on its listener-bus thread, and the search reads it on the driver thread.
 */
final class LiveProgress extends SparkListener {

    private final long accumulatorId;
    private final Map<Long, Long> runningTasks = new HashMap<>();
    // A heartbeat sent just before a task ended can arrive after its end event; it must not count.
    private final Set<Long> endedTasks = new HashSet<>();

    LiveProgress(long accumulatorId) {
        this.accumulatorId = accumulatorId;
    }

    /** Returns the candidates of the running tasks as of their last heartbeat. */
    synchronized long running() {
        long sum = 0;
        for (long value : runningTasks.values()) {
            sum += value;
        }
        return sum;
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task
                : CollectionConverters.asJava(update.accumUpdates())) {
            long taskId = (Long) task._1();
            for (AccumulableInfo info : CollectionConverters.asJava(task._4())) {
                Option<Object> value = info.update();
                if (info.id() == accumulatorId && value.isDefined() && value.get() instanceof Long candidates) {
                    synchronized (this) {
                        if (!endedTasks.contains(taskId)) {
                            runningTasks.put(taskId, candidates);
                        }
                    }
                }
            }
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        long taskId = taskEnd.taskInfo().taskId();
        runningTasks.remove(taskId);
        endedTasks.add(taskId);
    }
}
