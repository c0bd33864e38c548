package dev.lanekit.spark.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;

import dev.lanekit.bench.cli.InvertCommand;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import dev.lanekit.spark.IndexRanges;
import dev.lanekit.spark.SparkInversion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lanekit-spark invert}: {@code lanekit invert} with the search run as Spark tasks. It takes
 * the same options and prints the same result; {@code --threads} is ignored, because the master's
 * cores decide the parallelism.
 */
@Command(name = "invert", mixinStandardHelpOptions = true,
        description = "Find the latent z minimising ||G(z) - x||_p by exhaustive Gray-code search on Spark.")
public final class SparkInvertCommand extends InvertCommand {

    @Spec
    CommandSpec commandSpec;

    @Mixin
    SparkOption spark;

    @Option(names = "--partition-size", paramLabel = "L",
            description = "Candidates per Spark task (default: sized so that a per-task overhead of 10 ms stays below 2 %% of a task).")
    Long partitionSize;

    /** Creates the command; picocli sets its options. */
    public SparkInvertCommand() {}

    @Override
    protected String engine(int threadCount) {
        return "Spark master " + spark.master;
    }

    @Override
    protected SearchResult search(InversionProblem problem, SearchOptions options, int threadCount) {
        if (partitionSize != null && partitionSize < 1) {
            throw new CommandLine.ParameterException(commandSpec.commandLine(),
                    "--partition-size " + partitionSize + " is invalid: give a count >= 1");
        }
        try (JavaSparkContext context = spark.start("lanekit invert")) {
            long length = partitionSize != null ? partitionSize : SparkInversion.rangeLength(context, problem, options);
            PrintWriter err = commandSpec.commandLine().getErr();
            err.printf(Locale.ROOT, "Spark: %d cores, partition size %d, %d tasks at most%n",
                    context.defaultParallelism(), length, new IndexRanges(problem.box().size(), length).count());
            err.flush();
            return SparkInversion.search(context, problem, options, length).result();
        } catch (SparkException e) {
            throw new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the Spark job");
        }
    }
}
