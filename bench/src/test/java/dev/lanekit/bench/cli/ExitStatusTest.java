package dev.lanekit.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.bench.report.BenchReport;
import dev.lanekit.bench.report.BenchResult;
import dev.lanekit.bench.report.Machine;
import dev.lanekit.bench.report.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitStatusTest {

    private static final Machine MACHINE = new Machine("25", "Test CPU", 512, "SIMD, 512-bit species");

    private static Path write(Path dir, String name, double simdNs) throws IOException {
        Path file = dir.resolve(name);
        ResultsJson.write(new BenchReport(MACHINE, List.of(
                new BenchResult("dot", 4096, "n=4096", "scalar", 4000, 10, 2.0, 8.0, Double.NaN),
                new BenchResult("dot", 4096, "n=4096", "simd", simdNs, 1, 8192 / simdNs, 32768 / simdNs,
                        Double.NaN))), file);
        return file;
    }

    @Test
    void noSubcommandIsUsageError() {
        Run run = Run.of();

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("bench"), run.err());
    }

    @Test
    void unknownSubcommandIsUsageError() {
        assertEquals(ExitCodes.INVALID_ARGUMENTS, Run.of("benhc").status());
    }

    @Test
    void unknownOptionIsUsageError() {
        Run run = Run.of("bench", "--bogus");

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("Unknown option: '--bogus'"), run.err());
        assertTrue(run.err().contains("lanekit bench --help"), run.err());
    }

    @Test
    void unknownKernelIsUsageError() {
        Run run = Run.of("bench", "--kernel", "nope");

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("unknown kernel 'nope'"), run.err());
        assertTrue(run.err().contains("dot"), run.err());
    }

    @Test
    void unknownImplementationIsUsageError() {
        Run run = Run.of("bench", "--kernel", "dot", "--implementation", "numpy");

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("'numpy'"), run.err());
    }

    @Test
    void nonNumericSizeIsUsageError() {
        assertEquals(ExitCodes.INVALID_ARGUMENTS, Run.of("bench", "--size", "big").status());
    }

    @Test
    void zeroSizeIsUsageError() {
        Run run = Run.of("bench", "--size", "0");

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("--size 0 is invalid"), run.err());
    }

    @Test
    void negativeThresholdIsUsageError(@TempDir Path dir) throws IOException {
        Path results = write(dir, "now.json", 100);

        assertEquals(ExitCodes.INVALID_ARGUMENTS,
                Run.of("bench", "--input", results.toString(), "--threshold", "-1").status());
    }

    @Test
    void missingInputIsUsageError(@TempDir Path dir) {
        Run run = Run.of("bench", "--input", dir.resolve("absent.json").toString());

        assertEquals(ExitCodes.INVALID_ARGUMENTS, run.status());
        assertTrue(run.err().contains("file not found"), run.err());
    }

    @Test
    void malformedInputIsUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"machine\": ");

        assertEquals(ExitCodes.INVALID_ARGUMENTS, Run.of("bench", "--input", file.toString()).status());
    }

    @Test
    void inputWithKernelIsUsageError(@TempDir Path dir) throws IOException {
        Path results = write(dir, "now.json", 100);

        assertEquals(ExitCodes.INVALID_ARGUMENTS,
                Run.of("bench", "--input", results.toString(), "--kernel", "dot").status());
    }

    @Test
    void inputPrintsTable(@TempDir Path dir) throws IOException {
        Run run = Run.of("bench", "--input", write(dir, "now.json", 100).toString());

        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("40.0×"), run.out());
    }

    @Test
    void compareWithinThresholdPasses(@TempDir Path dir) throws IOException {
        Path now = write(dir, "now.json", 105);
        Path baseline = write(dir, "baseline.json", 100);

        Run run = Run.of("bench", "--input", now.toString(), "--compare", baseline.toString());

        assertEquals(ExitCodes.OK, run.status(), run.out());
        assertTrue(run.out().contains("0 of 2 results slower"), run.out());
    }

    @Test
    void compareRegressionFails(@TempDir Path dir) throws IOException {
        Path now = write(dir, "now.json", 125);
        Path baseline = write(dir, "baseline.json", 100);

        Run run = Run.of("bench", "--input", now.toString(), "--compare", baseline.toString());

        assertEquals(ExitCodes.CHECK_FAILED, run.status(), run.out());
        assertTrue(run.out().contains("SLOWER"), run.out());
    }

    @Test
    void compareHonoursThreshold(@TempDir Path dir) throws IOException {
        Path now = write(dir, "now.json", 125);
        Path baseline = write(dir, "baseline.json", 100);

        Run run = Run.of("bench", "--input", now.toString(), "--compare", baseline.toString(), "--threshold", "30");

        assertEquals(ExitCodes.OK, run.status(), run.out());
    }

    @Test
    void jsonAndChartWritten(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("copy.json");
        Path chart = dir.resolve("chart.svg");

        Run run = Run.of("bench", "--input", write(dir, "now.json", 100).toString(),
                "--json", json.toString(), "--chart", chart.toString());

        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertEquals(2, ResultsJson.read(json).results().size());
        assertTrue(Files.readString(chart).startsWith("<svg"));
    }

    @Test
    void helpListsKernels() {
        Run run = Run.of("bench", "--help");

        assertEquals(ExitCodes.OK, run.status());
        assertTrue(run.out().contains("dot"), run.out());
    }

    @Test
    void listShowsImplementations() {
        Run run = Run.of("bench", "--list");

        assertEquals(ExitCodes.OK, run.status());
        assertTrue(run.out().contains("scalar"), run.out());
        assertTrue(run.out().contains("16777216"), run.out());
    }

    @Test
    void infoSucceeds() {
        Run run = Run.of("info");

        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("lanekit provider"), run.out());
        assertTrue(run.out().contains("JDK"), run.out());
    }

    @Test
    void checkUnknownKernelIsUsageError() {
        assertEquals(ExitCodes.INVALID_ARGUMENTS, Run.of("check", "--kernel", "no-such-kernel").status());
    }

    @Test
    void checkZeroTriesIsUsageError() {
        assertEquals(ExitCodes.INVALID_ARGUMENTS, Run.of("check", "--tries", "0").status());
    }
}
