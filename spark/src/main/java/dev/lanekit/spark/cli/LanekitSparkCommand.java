package dev.lanekit.spark.cli;

import dev.lanekit.bench.cli.LanekitCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The lanekit-spark tool: lanekit's searches on an Apache Spark cluster. Run it as
 * {@code java --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar
 * spark/target/lanekit-spark.jar COMMAND}, with Spark's jars in {@code spark/target/lib/}.
 */
@Command(name = "lanekit-spark", mixinStandardHelpOptions = true, version = "lanekit-spark 0.1.0-SNAPSHOT",
        subcommands = {SparkInvertCommand.class, OverheadCommand.class, ThroughputCommand.class},
        description = "Run lanekit's searches on Apache Spark.")
public final class LanekitSparkCommand {

    /** Creates the command; picocli reads its annotations. */
    public LanekitSparkCommand() {}

    /**
     * Runs the tool and exits with the command's status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:dev/lanekit/spark/cli/log4j2-tool.properties");
        }
        System.exit(commandLine().execute(args));
    }

    /** {@return the command line, reporting invalid arguments in one line as {@code lanekit} does} */
    public static CommandLine commandLine() {
        return new CommandLine(new LanekitSparkCommand())
                .setParameterExceptionHandler(LanekitCommand::reportInvalidArguments);
    }
}
