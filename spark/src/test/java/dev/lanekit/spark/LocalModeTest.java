package dev.lanekit.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/** The search contract on {@code local[2]}: two task threads in this JVM. */
@Timeout(60)
class LocalModeTest extends SparkSearchContract {

    private static JavaSparkContext context;

    @BeforeAll
    @Timeout(60)
    static void start() {
        context = new JavaSparkContext(SparkSetup.loopbackConf("local[2]", "lanekit-local-test"));
    }

    @AfterAll
    @Timeout(60)
    static void stop() {
        if (context != null) {
            context.stop();
        }
    }

    @Override
    JavaSparkContext context() {
        return context;
    }

    @Override
    long[] rangeLengths(long size) {
        return new long[] {Math.max(1, size >> 7), 97, size / 3, size};
    }
}
