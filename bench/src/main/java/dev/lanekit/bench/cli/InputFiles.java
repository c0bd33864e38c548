package dev.lanekit.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks on the files that options name, run before any work so that every subcommand reports a missing
 * input or an unwritable output the same way: a one-line usage error (exit status 2) that names the option
 * and the file.
 */
final class InputFiles {

    private InputFiles() {}

    /** Rejects {@code file} unless it is a regular file this process can read. */
    static void requireReadable(CommandSpec spec, String option, Path file) {
        if (!Files.exists(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + file + ": file not found");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " " + file + ": not a readable file");
        }
    }

    /** Rejects {@code file} unless its folder exists, so that a long run does not fail at its last step. */
    static void requireWritableFolder(CommandSpec spec, String option, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " " + file + ": folder " + folder + " not found; create it first");
        }
        if (!Files.isWritable(folder) || Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " " + file + ": cannot write a file there");
        }
    }
}
