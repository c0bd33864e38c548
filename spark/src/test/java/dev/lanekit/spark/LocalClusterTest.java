package dev.lanekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;

import dev.lanekit.provider.Implementation;
import dev.lanekit.provider.Providers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The search contract on {@code local-cluster[2,1,1024]}: a standalone master and two workers in
 * this JVM, each worker starting one executor JVM with one core and 1024 MB, so the search, its
 * results and the broadcast really cross process boundaries through serialization.
 *
 * <p>Outside a Spark distribution, a worker starts executors only when Spark runs in testing mode
 * ({@code spark.testing}) with {@code spark.test.home} and {@code SPARK_HOME} naming a folder that
 * has {@code launcher/target/scala-2.13}, from which the launcher reads the Scala version, and
 * {@code assembly/target/scala-2.13/jars}, which the launcher requires to exist (empty is enough).
 * In testing mode the executors get this JVM's {@code java.class.path}, which Surefire must
 * therefore list in full, with absolute paths.
 */
@Timeout(120)
class LocalClusterTest extends SparkSearchContract {

    private static JavaSparkContext context;

    @BeforeAll
    @Timeout(120)
    static void start() throws IOException, InterruptedException {
        String sparkHome = System.getenv("SPARK_HOME");
        if (sparkHome == null) {
            throw new IllegalStateException("SPARK_HOME is not set; run this test through Maven, which sets it");
        }
        Files.createDirectories(Path.of(sparkHome, "launcher", "target", "scala-2.13"));
        Files.createDirectories(Path.of(sparkHome, "assembly", "target", "scala-2.13", "jars"));
        System.setProperty("spark.testing", "true");
        System.setProperty("spark.test.home", new File(sparkHome).getAbsolutePath());
        // The executors run the scalar kernels while this JVM, which computes the single-machine
        // results, runs the widest SIMD kernels. The results must not depend on the kernels.
        context = new JavaSparkContext(
                SparkSetup.loopbackConf("local-cluster[2,1,1024]", "lanekit-local-cluster-test")
                        .set("spark.executor.extraJavaOptions",
                                SparkSetup.EXECUTOR_JAVA_OPTIONS + " -D" + Providers.PROVIDER_PROPERTY + "=scalar"));
        awaitExecutors(2);
    }

    /**
     * Waits until {@code count} executors have registered, so that the first test does not pay for
     * their start-up (and a start-up failure shows here, not as a test timeout).
     */
    private static void awaitExecutors(int count) throws InterruptedException {
        // The driver lists itself among the executors.
        while (context.sc().statusTracker().getExecutorInfos().length < count + 1) {
            Thread.sleep(100);
        }
    }

    @AfterAll
    @Timeout(60)
    static void stop() {
        try {
            if (context != null) {
                context.stop();
            }
        } finally {
            System.clearProperty("spark.testing");
            System.clearProperty("spark.test.home");
        }
    }

    @Override
    JavaSparkContext context() {
        return context;
    }

    @Override
    long[] rangeLengths(long size) {
        return new long[] {97, size / 3};
    }

    @Test
    void executorsRunScalarKernels() {
        List<Implementation> used = context.parallelize(List.of(1, 2), 2)
                .map(ignored -> Providers.current())
                .collect();
        assertEquals(List.of(Implementation.SCALAR, Implementation.SCALAR), used);
    }
}
