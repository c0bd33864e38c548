package dev.lanekit.bench.cli;

/** Exit statuses of the {@code lanekit} tool. */
public final class ExitCodes {

    /** Everything ran and every check passed. */
    public static final int OK = 0;
    /** A check failed: a property, a benchmark's agreement check, or a performance regression. */
    public static final int CHECK_FAILED = 1;
    /** The arguments were invalid; picocli's usage errors map here too. */
    public static final int INVALID_ARGUMENTS = 2;

    private ExitCodes() {}
}
