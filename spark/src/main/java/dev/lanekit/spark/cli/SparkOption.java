package dev.lanekit.spark.cli;

import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;

import dev.lanekit.spark.SparkSetup;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --spark MASTER} option that every lanekit-spark command shares. */
final class SparkOption {

    @Option(names = "--spark", paramLabel = "MASTER", defaultValue = "local[2]",
            description = "Spark master URL: local[N], local[*], spark://HOST:PORT, yarn, k8s://… (default: ${DEFAULT-VALUE}).")
    String master;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /**
     * Starts a context on the master. For {@code local} masters everything binds to 127.0.0.1;
     * for a cluster, Spark's own settings decide (pass them with {@code spark-submit --conf} or as
     * {@code -Dspark.…} system properties).
     */
    JavaSparkContext start(String appName) {
        boolean local = master.startsWith("local");
        try {
            return new JavaSparkContext(local ? SparkSetup.loopbackConf(master, appName) : SparkSetup.conf(master, appName));
        } catch (Exception e) {
            // Spark rejects a master URL it cannot use with a SparkException from the constructor. Reported
            // as a usage error, it takes one line and exit status 2, not a stack trace and status 1.
            if (e instanceof SparkException && isMasterError(e.getMessage())) {
                throw new CommandLine.ParameterException(mixee.commandLine(),
                        "--spark " + master + " is invalid: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static boolean isMasterError(String message) {
        return message != null && (message.startsWith("Could not parse Master URL")
                || message.startsWith("Asked to run locally with"));
    }
}
