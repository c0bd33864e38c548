package dev.lanekit.proofs.inversion;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the external SAT solver CryptoMiniSat ({@code cryptominisat5}, Debian package {@code cryptominisat})
 * on a formula written to a temporary DIMACS file. The solver follows the SAT-competition convention:
 * exit status 10 means satisfiable, 20 unsatisfiable.
 */
public final class SatSolver {

    /** System property that makes a missing solver a test failure instead of a skip (set by CI). */
    public static final String REQUIRE_PROPERTY = "lanekit.requireSat";

    private static final String BINARY = "cryptominisat5";
    private static final long TIMEOUT_SECONDS = 60;

    private SatSolver() {}

    /** {@return the solver's path if {@code cryptominisat5} is on the PATH} */
    public static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, BINARY);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether the solver finds the formula satisfiable.
     *
     * @param solver the solver executable
     * @param cnf the formula
     * @return whether the formula is satisfiable
     * @throws IOException when the solver cannot be started, times out after 60 s, or exits with a status
     *     other than 10 or 20 (its output is in the message)
     */
    public static boolean satisfiable(Path solver, Cnf cnf) throws IOException {
        Path file = Files.createTempFile("lanekit-", ".cnf");
        try {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
                Dimacs.write(cnf, out);
            }
            Process process = new ProcessBuilder(List.of(solver.toString(), "--verb", "0", file.toString()))
                    .redirectErrorStream(true)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(solver + " timed out after " + TIMEOUT_SECONDS + " s on " + cnf.variables() + " variables");
            }
            int status = process.exitValue();
            return switch (status) {
                case 10 -> true;
                case 20 -> false;
                default -> throw new IOException(solver + " exited with status " + status + " (expected 10 or 20); output: "
                        + new String(output, StandardCharsets.UTF_8).strip());
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + solver, e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
