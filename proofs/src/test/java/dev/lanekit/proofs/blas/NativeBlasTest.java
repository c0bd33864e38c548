package dev.lanekit.proofs.blas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.blas.Blas;
import dev.lanekit.blas.NativeBlas;
import dev.lanekit.blas.Trans;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FFM binding against a real library. Without a library the tests are skipped with a visible line,
 * unless {@code -Dlanekit.requireNative=true} (as CI sets it), which turns the absence into a failure.
 */
class NativeBlasTest {

    private static NativeBlas blas;

    @BeforeAll
    static void loadLibrary() {
        Optional<NativeBlas> found = Blas.findNativeBlas();
        if (found.isEmpty()) {
            String status = Blas.info().nativeStatus();
            if (Boolean.getBoolean("lanekit.requireNative")) {
                throw new AssertionError("-Dlanekit.requireNative=true, but " + status);
            }
            System.out.println("SKIPPED: native BLAS tests, because " + status);
            Assumptions.abort("no native BLAS: " + status);
        }
        blas = found.get();
        System.out.println("native BLAS: " + blas.libraryPath() + ", core " + blas.coreName() + ", "
                + blas.threads() + " thread(s), config " + blas.config());
    }

    @Test
    void sdotReturnsFloat() {
        assertEquals(32f, blas.sdot(3, new float[] {1, 2, 3}, 0, 1, new float[] {4, 5, 6}, 0, 1));
    }

    @Test
    void sdotTailIsExact() {
        float[] a = new float[65];
        float[] b = new float[65];
        for (int i = 0; i < 65; i++) {
            a[i] = (i % 3) + 1;
            b[i] = 4 - (i % 3);
        }
        assertEquals(346f, blas.sdot(65, a, 0, 1, b, 0, 1));
    }

    @Test
    void heapSegmentsWork() {
        MemorySegment x = MemorySegment.ofArray(new float[] {1, 2, 3});
        MemorySegment y = MemorySegment.ofArray(new float[] {4, 5, 6});
        assertEquals(32f, blas.sdot(3, x, 0, 1, y, 0, 1));
    }

    @Test
    void nativeSegmentsWork() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = arena.allocateFrom(ValueLayout.JAVA_FLOAT, 1, 2, 3, 4, 5, 6);
            MemorySegment x = arena.allocateFrom(ValueLayout.JAVA_FLOAT, 1, 2);
            MemorySegment y = arena.allocateFrom(ValueLayout.JAVA_FLOAT, Float.NaN, Float.NaN, Float.NaN);
            blas.sgemv(Trans.NO_TRANS, 3L, 2L, 1f, a, 0L, 2L, x, 0L, 1L, 0f, y, 0L, 1L);
            assertArrayEquals(new float[] {5, 11, 17}, y.toArray(ValueLayout.JAVA_FLOAT));
        }
    }

    @Test
    void hugeDimensionRejectedInJava() {
        MemorySegment x = MemorySegment.ofArray(new float[4]);
        assertThrows(IllegalArgumentException.class, () -> blas.sdot(1L << 31, x, 0, 1, x, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> blas.sgemm(Trans.NO_TRANS, Trans.NO_TRANS,
                1L << 32, 1L, 1L, 1f, x, 0L, 1L, x, 0L, 1L, 0f, x, 0L, 1L));
    }

    @Test
    void segmentExtentChecked() {
        MemorySegment a = MemorySegment.ofArray(new float[] {1, 2, 3, 4, 5, 6});
        MemorySegment x = MemorySegment.ofArray(new float[] {1, 2});
        MemorySegment y = MemorySegment.ofArray(new float[3]);
        // The last row would need element 2·3 + 1 = 7 of a 6-element segment.
        assertThrows(IndexOutOfBoundsException.class,
                () -> blas.sgemv(Trans.NO_TRANS, 3L, 2L, 1f, a, 0L, 3L, x, 0L, 1L, 0f, y, 0L, 1L));
    }

    @Test
    void stagedGemmMatchesJava() {
        // m·n·k above the critical limit, so the heap arrays go through the off-heap buffers.
        int m = 211;
        int n = 197;
        int k = 203;
        Random random = new Random(11);
        float[] a = new float[m * k];
        float[] b = new float[n * k];
        float[] c = new float[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextFloat() - 0.5f;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = random.nextFloat() - 0.5f;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = random.nextFloat();
        }
        float[] expected = c.clone();
        float[] got = c.clone();
        Blas.java().sgemm(Trans.NO_TRANS, Trans.TRANS, m, n, k, 1.5f, a, 0, k, b, 0, k, 0.5f, expected, 0, n);
        blas.sgemm(Trans.NO_TRANS, Trans.TRANS, m, n, k, 1.5f, a, 0, k, b, 0, k, 0.5f, got, 0, n);
        // Both are within γ_(k+3)·(1.5·k·0.25 + 0.5) of the exact value, so they differ by at most twice that.
        double gamma = (k + 3) * 0x1p-24 / (1 - (k + 3) * 0x1p-24);
        double bound = 2 * gamma * (1.5 * k * 0.25 + 0.5);
        for (int i = 0; i < got.length; i++) {
            assertEquals(expected[i], got[i], bound, "element " + i);
        }
    }

    @Test
    void stagedGemvMatchesJava() {
        int m = 2053;
        int n = 2111;
        Random random = new Random(5);
        float[] a = new float[m * n];
        float[] x = new float[n];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextInt(5) - 2;
        }
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(5) - 2;
        }
        float[] expected = new float[m];
        float[] got = new float[m];
        java.util.Arrays.fill(got, Float.NaN);
        Blas.java().sgemv(Trans.NO_TRANS, m, n, 1f, a, 0, n, x, 0, 1, 0f, expected, 0, 1);
        blas.sgemv(Trans.NO_TRANS, m, n, 1f, a, 0, n, x, 0, 1, 0f, got, 0, 1);
        // Small integers: every partial sum is exact, so both results are.
        assertArrayEquals(expected, got);
    }

    @Test
    void threadCountIsOne() {
        assertEquals(1, blas.threads());
        assertThrows(IllegalArgumentException.class, () -> blas.setThreads(0));
    }

    @Test
    void libraryFactsReported() {
        assertFalse(blas.libraryPath().isBlank());
        if (blas.libraryPath().contains("openblas")) {
            assertFalse(blas.coreName().isBlank(), "openblas_get_corename");
            assertFalse(blas.config().isBlank(), "openblas_get_config");
        }
    }

    @Test
    void libraryWithoutCblasRejected() throws IOException, InterruptedException {
        // libc exports none of the cblas symbols, so loading must fail with a message naming the candidate.
        String output = runStatus(0, "-Dlanekit.blas.name=libc.so.6");
        assertTrue(output.contains("libc.so.6: missing symbols cblas_sdot"), output);
        assertTrue(output.contains("no usable cblas library"), output);
    }

    @Test
    void missingLibraryRejected() throws IOException, InterruptedException {
        String output = runStatus(0, "-Dlanekit.blas.path=/nonexistent/libopenblas.so");
        assertTrue(output.contains("/nonexistent/libopenblas.so: not found"), output);
    }

    @Test
    void fileThatIsNoLibraryRejected() throws IOException, InterruptedException {
        // The file exists, so "not found" would send the user looking for a typo in the path.
        String output = runStatus(0, "-Dlanekit.blas.path=/etc/hostname");
        assertTrue(output.contains("/etc/hostname: exists but could not be loaded as a shared library"), output);
    }

    @Test
    void forcedNativeWithoutLibraryFails() throws IOException, InterruptedException {
        String output = runStatus(1, "-Dlanekit.blas=native", "-Dlanekit.blas.path=/nonexistent/libopenblas.so");
        assertTrue(output.contains("no usable cblas library"), output);
    }

    @Test
    void modePropertyChoosesDispatch() throws IOException, InterruptedException {
        assertTrue(runStatus(0, "-Dlanekit.blas=native").contains("dispatch: native"));
        assertTrue(runStatus(0, "-Dlanekit.blas=java").contains("native: not used: -Dlanekit.blas=java"));
    }

    @Test
    void segmentOutputOverlappingARejected() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment memory = arena.allocate(8 * Float.BYTES, Float.BYTES);
            // A at elements 0..3 and C at elements 2..5, through two different segment objects.
            MemorySegment a = memory.asSlice(0, 4 * Float.BYTES);
            MemorySegment c = memory.asSlice(2 * Float.BYTES, 4 * Float.BYTES);
            MemorySegment b = arena.allocate(4 * Float.BYTES, Float.BYTES);
            assertThrows(IllegalArgumentException.class,
                    () -> blas.sgemm(Trans.NO_TRANS, Trans.NO_TRANS, 2L, 2L, 2L, 1f, a, 0L, 2L, b, 0L, 2L, 0f, c, 0L, 2L));
        }
    }

    /** Starts a JVM with the given properties, checks its exit code and returns what {@link NativeStatus} prints. */
    private static String runStatus(int exitCode, String... properties) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "--add-modules",
                "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NativeStatus.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(exitCode, process.waitFor(), output);
        return output;
    }
}
