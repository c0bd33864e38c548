package dev.lanekit.bench.cli;

/**
 * A subcommand of the {@code lanekit} tool. Implementations are picocli commands
 * ({@code @Command(name = ...)} and {@link java.util.concurrent.Callable Callable&lt;Integer&gt;} returning
 * the exit status) with a public no-argument constructor, listed one per line in
 * {@code bench/src/main/resources/META-INF/services/dev.lanekit.bench.cli.Subcommand}.
 * {@link LanekitCommand} adds them in the order of that file.
 */
public interface Subcommand {}
