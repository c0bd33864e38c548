package dev.lanekit.spark;

import org.apache.spark.SparkConf;

/**
 * The Spark configuration lanekit starts its contexts with.
 */
public final class SparkSetup {

    /**
     * JVM flags every executor needs: the Vector API is an incubator module that the JVM resolves
     * only when asked, and native access lets the optional BLAS binding make downcalls without a
     * warning. Spark 4.2.0 on JDK 25 needs no other flag.
     */
    public static final String EXECUTOR_JAVA_OPTIONS =
            "--add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED";

    private SparkSetup() {}

    /**
     * {@return a configuration for {@code master} with the executor flags set} When the user has
     * already set {@code spark.executor.extraJavaOptions} (for example through
     * {@code spark-submit --conf}), the flags are appended to it.
     *
     * @param master the Spark master URL, such as {@code local[2]}
     * @param appName the application name
     */
    public static SparkConf conf(String master, String appName) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName(appName);
        String options = conf.get("spark.executor.extraJavaOptions", "").strip();
        if (!options.contains("jdk.incubator.vector")) {
            conf.set("spark.executor.extraJavaOptions", (options + " " + EXECUTOR_JAVA_OPTIONS).strip());
        }
        return conf;
    }

    /**
     * {@return {@link #conf} bound to the loopback interface only, with the web UI off: the driver
     * and, in {@code local-cluster} mode, the master and workers listen on 127.0.0.1 and on no other
     * address} The launching JVM should also have {@code SPARK_LOCAL_IP=127.0.0.1} in its
     * environment, which Spark reads for the addresses this configuration cannot set.
     *
     * @param master the Spark master URL, such as {@code local[2]}
     * @param appName the application name
     */
    public static SparkConf loopbackConf(String master, String appName) {
        return conf(master, appName)
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false");
    }
}
