package dev.lanekit.bench.harness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * java.util.logging configuration of the forked benchmark JVMs ({@code -Djava.util.logging.config.class}):
 * the console shows WARNING and above, so lanekit's and the peers' one-time INFO lines do not interleave
 * with the progress lines, while loggers still pass INFO to handlers that listen for it.
 */
public final class ForkLogging {

    /** The JVM argument that selects this configuration. */
    static final String JVM_ARG = "-Djava.util.logging.config.class=" + ForkLogging.class.getName();

    private static final String CONFIGURATION = """
            handlers = java.util.logging.ConsoleHandler
            .level = INFO
            java.util.logging.ConsoleHandler.level = WARNING
            """;

    /**
     * Reads the configuration above; java.util.logging calls this constructor when it initializes.
     *
     * @throws IOException when the configuration cannot be read
     */
    public ForkLogging() throws IOException {
        LogManager.getLogManager().readConfiguration(
                new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.UTF_8)));
    }
}
