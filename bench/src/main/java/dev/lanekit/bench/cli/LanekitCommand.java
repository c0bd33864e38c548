package dev.lanekit.bench.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code lanekit} command: {@code info}, {@code bench}, {@code check}, and every other
 * {@link Subcommand} on the class path.
 *
 * <p>Exit status: 0 on success, 1 when a check fails (or the command fails while running), 2 on invalid
 * arguments, which include a missing or unreadable input file.
 */
@Command(
        name = "lanekit",
        mixinStandardHelpOptions = true,
        versionProvider = LanekitCommand.Version.class,
        description = "Benchmarks and correctness checks for lanekit's SIMD kernels on this machine and JDK.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:a check failed (property, benchmark agreement, performance regression) or the command failed",
            "2:invalid arguments"
        })
public final class LanekitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Creates the command; picocli sets its options. */
    public LanekitCommand() {}

    /**
     * Runs the tool and exits the JVM with the command's status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the tool with {@code args} and returns its exit status, without exiting the JVM.
     *
     * @param args the command-line arguments
     * @return the exit status: 0 on success, 1 when a check fails, 2 on invalid arguments
     */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** {@return the command line with every subcommand and lanekit's exit-status mapping} */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new LanekitCommand());
        for (Subcommand subcommand : ServiceLoader.load(Subcommand.class)) {
            commandLine.addSubcommand(subcommand);
        }
        return commandLine
                .setExitCodeExceptionMapper(error -> error instanceof CommandLine.ParameterException
                        ? ExitCodes.INVALID_ARGUMENTS : ExitCodes.CHECK_FAILED)
                .setParameterExceptionHandler(LanekitCommand::reportInvalidArguments)
                .setExecutionExceptionHandler(LanekitCommand::reportFailure);
    }

    /**
     * Prints what is invalid and where to read the usage, instead of the whole usage text. The
     * lanekit-spark tool uses it too, so the message starts with the root command's name.
     *
     * @param error the invalid arguments picocli found
     * @param args the command-line arguments
     * @return {@link ExitCodes#INVALID_ARGUMENTS}
     */
    public static int reportInvalidArguments(CommandLine.ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().root().name() + ": " + error.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the usage.");
        err.flush();
        return ExitCodes.INVALID_ARGUMENTS;
    }

    /** Prints a failed command's error as one line (the causes follow) instead of a bare stack trace. */
    private static int reportFailure(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        // Files named inside an input (a candidate list, for example) are not checked up front.
        if (error instanceof NoSuchFileException || error instanceof AccessDeniedException) {
            String reason = error instanceof NoSuchFileException ? "file not found" : "permission denied";
            err.println("lanekit " + commandLine.getCommandName() + ": " + ((FileSystemException) error).getFile()
                    + ": " + reason);
            err.flush();
            return ExitCodes.INVALID_ARGUMENTS;
        }
        err.println("lanekit " + commandLine.getCommandName() + " failed: " + error);
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            err.println("  caused by: " + cause);
        }
        if (Boolean.getBoolean("lanekit.debug")) {
            error.printStackTrace(err);
        } else {
            err.println("  (run with -Dlanekit.debug=true for the stack trace)");
        }
        err.flush();
        return ExitCodes.CHECK_FAILED;
    }

    @Override
    public Integer call() {
        // Without a subcommand there is nothing to do: show the usage and treat it as invalid arguments.
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_ARGUMENTS;
    }

    /** Reads the version from the jar manifest, which Maven fills in. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LanekitCommand.class.getPackage().getImplementationVersion();
            return new String[] {"lanekit " + (version == null ? "(development build)" : version),
                    "JDK " + Runtime.version()};
        }
    }
}
