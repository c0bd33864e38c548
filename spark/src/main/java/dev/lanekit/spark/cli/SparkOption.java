package dev.lanekit.spark.cli;

import org.apache.spark.api.java.JavaSparkContext;

import dev.lanekit.spark.SparkSetup;
import picocli.CommandLine.Option;

/** The {@code --spark MASTER} option that every lanekit-spark command shares. */
final class SparkOption {

    @Option(names = "--spark", paramLabel = "MASTER", defaultValue = "local[2]",
            description = "Spark master URL: local[N], local[*], spark://HOST:PORT, yarn, k8s://… (default: ${DEFAULT-VALUE}).")
    String master;

    /**
     * Starts a context on the master. For {@code local} masters everything binds to 127.0.0.1;
     * for a cluster, Spark's own settings decide (pass them with {@code spark-submit --conf} or as
     * {@code -Dspark.…} system properties).
     */
    JavaSparkContext start(String appName) {
        boolean local = master.startsWith("local");
        return new JavaSparkContext(local ? SparkSetup.loopbackConf(master, appName) : SparkSetup.conf(master, appName));
    }
}
