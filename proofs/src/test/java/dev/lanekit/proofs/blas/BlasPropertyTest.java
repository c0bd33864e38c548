package dev.lanekit.proofs.blas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invalid {@code lanekit.blas} system properties, each in a fresh JVM because the choice is made once. */
class BlasPropertyTest {

    @Test
    void invalidModeRejectedOnEveryCall() throws IOException, InterruptedException {
        String output = firstUse("-Dlanekit.blas=bogus");
        String expected = "java.lang.IllegalStateException: invalid -Dlanekit.blas=bogus: expected auto, native or java";

        assertTrue(output.contains("call 1: " + expected), output);
        assertTrue(output.contains("call 2: " + expected), output);
    }

    @Test
    void nonNumericThreadsRejected() throws IOException, InterruptedException {
        String output = firstUse("-Dlanekit.blas.threads=abc");
        String expected = "java.lang.IllegalStateException: invalid -Dlanekit.blas.threads=abc: expected a thread"
                + " count >= 1";

        assertTrue(output.contains("call 1: " + expected), output);
        assertTrue(output.contains("call 2: " + expected), output);
    }

    @Test
    void negativeThreadsRejected() throws IOException, InterruptedException {
        String output = firstUse("-Dlanekit.blas.threads=-1");

        assertTrue(output.contains("call 1: java.lang.IllegalStateException: invalid -Dlanekit.blas.threads=-1"),
                output);
    }

    @Test
    void forcedNativeWithBadThreadsRejected() throws IOException, InterruptedException {
        String output = firstUse("-Dlanekit.blas=native", "-Dlanekit.blas.threads=abc");

        assertTrue(output.contains("call 1: java.lang.IllegalStateException"), output);
        assertTrue(output.contains("invalid -Dlanekit.blas.threads=abc"), output);
    }

    @Test
    void javaModeIgnoresNativeThreads() throws IOException, InterruptedException {
        String output = firstUse("-Dlanekit.blas=java", "-Dlanekit.blas.threads=abc");

        assertTrue(output.contains("call 1: 6.0"), output);
    }

    /** Runs {@link BlasFirstUse} in a JVM with the given properties and returns what it prints. */
    private static String firstUse(String... properties) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BlasFirstUse.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }
}
