package dev.lanekit.spark.cli;

import java.util.concurrent.Callable;

import org.apache.spark.api.java.JavaSparkContext;

import dev.lanekit.spark.TaskOverhead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures the fixed cost of one Spark task on a master. */
@Command(name = "overhead", mixinStandardHelpOptions = true,
        description = "Measure the fixed cost of one Spark task (seconds per task and core) with jobs of empty tasks.")
final class OverheadCommand implements Callable<Integer> {

    @Mixin
    SparkOption spark;

    @Option(names = "--tasks", defaultValue = "2000", description = "Empty tasks per measured job (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--repeat", defaultValue = "3", description = "Measured jobs (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        try (JavaSparkContext context = spark.start("lanekit overhead")) {
            System.out.printf("master %s, %d cores%n", spark.master, context.defaultParallelism());
            for (int i = 0; i < repeat; i++) {
                double seconds = TaskOverhead.measureSeconds(context, tasks);
                System.out.printf("run %d: %.3f ms per task and core (%d tasks)%n", i + 1, seconds * 1e3, tasks);
            }
        }
        return 0;
    }
}
