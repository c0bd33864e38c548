package dev.lanekit.bench.vector;

import dev.ludovic.netlib.blas.JavaBLAS;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The peer libraries the vector benchmarks compare against, each checked to be the SIMD implementation
 * its name promises, so that a peer that silently fell back to scalar code is reported, not measured.
 */
final class Peers {

    private static final String VECTOR_BLAS = "dev.ludovic.netlib.blas.VectorBLAS";
    private static final String LUCENE_LOGGER = "org.apache.lucene.internal.vectorization";
    private static final String LUCENE_PANAMA_MESSAGE = "Java vector incubator API enabled";

    private Peers() {}

    /**
     * Returns netlib's (dev.ludovic.netlib:blas 3.0.4) pure-Java BLAS, which is {@code VectorBLAS} (its
     * Vector API implementation) on JDK 16 and later when {@code jdk.incubator.vector} is readable.
     *
     * @throws IllegalStateException when it resolved to another class, naming it
     */
    static JavaBLAS netlib() {
        JavaBLAS blas = NetlibHolder.BLAS;
        if (!blas.getClass().getName().equals(VECTOR_BLAS)) {
            throw new IllegalStateException("netlib's JavaBLAS.getInstance() is " + blas.getClass().getName()
                    + ", not " + VECTOR_BLAS + ", so its figures would not be VectorBLAS's; add the JVM flag"
                    + " --add-modules jdk.incubator.vector");
        }
        return blas;
    }

    /**
     * Checks that Lucene's {@code VectorUtil} (org.apache.lucene:lucene-core 10.3.1) runs its Panama
     * (Vector API) implementation. Lucene logs its choice through java.util.logging (under its vectorization package) once, when
     * {@code VectorUtil} initializes, so the message is captured around that first use.
     *
     * @throws IllegalStateException when Lucene chose its scalar implementation, with Lucene's reason
     */
    static void requireLucenePanama() {
        String choice = LuceneHolder.CHOICE;
        if (!choice.contains(LUCENE_PANAMA_MESSAGE)) {
            throw new IllegalStateException("Lucene's VectorUtil does not use the Vector API, so its figures"
                    + " would be its scalar code; Lucene logged: " + choice);
        }
    }

    private static final class NetlibHolder {
        static final JavaBLAS BLAS = JavaBLAS.getInstance();
    }

    /** netlib's VectorBLAS, checked once by {@link #netlib()}, as a constant the benchmark methods call. */
    static final class Netlib {
        static final JavaBLAS BLAS = netlib();
    }

    private static final class LuceneHolder {
        static final String CHOICE = captureLuceneChoice();

        private static String captureLuceneChoice() {
            Logger logger = Logger.getLogger(LUCENE_LOGGER);
            List<String> messages = new ArrayList<>();
            Handler capture = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    messages.add(record.getMessage());
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            logger.addHandler(capture);
            try {
                // Initializes VectorUtil and with it Lucene's provider choice, which is logged once.
                org.apache.lucene.util.VectorUtil.dotProduct(new float[] {1}, new float[] {1});
            } finally {
                logger.removeHandler(capture);
            }
            return messages.isEmpty()
                    ? "nothing (VectorUtil was initialized before the capture)" : String.join("; ", messages);
        }
    }
}
