package dev.lanekit.bench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.bench.results.Target.Status;
import dev.lanekit.bench.results.Target.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {

    @TempDir
    Path dir;

    private ResultSet results;

    @BeforeEach
    void writeResults() throws IOException {
        Fixtures.resultsFolder(dir);
        results = ResultSet.load(dir);
    }

    private Verdict verdict(String textStart) {
        List<Target> matching = Targets.all().stream().filter(t -> t.text().startsWith(textStart)).toList();
        assertEquals(1, matching.size(), "targets starting with '" + textStart + "'");
        return matching.get(0).check().apply(results);
    }

    @Test
    void dotOverScalarIsMet() {
        Verdict verdict = verdict("dot, n = 4096: simd ≥ 12× scalar");

        assertEquals(Status.MET, verdict.status());
        assertTrue(verdict.measured().startsWith("30.0×"), verdict.measured());
    }

    @Test
    void timeRatioAtMostIsMet() {
        Verdict verdict = verdict("dot, n = 16M");

        assertEquals(Status.MET, verdict.status());
        assertTrue(verdict.measured().startsWith("1.10×"), verdict.measured());
    }

    @Test
    void ratioAcrossUnitsIsMet() {
        Verdict verdict = verdict("ℓ2 norm, n = 4096");

        assertEquals(Status.MET, verdict.status());
        assertTrue(verdict.measured().startsWith("10.0×"), verdict.measured());
    }

    @Test
    void csrBelowThresholdIsNotMet() {
        Verdict verdict = verdict("CSR matvec");

        assertEquals(Status.NOT_MET, verdict.status());
        assertTrue(verdict.measured().startsWith("1.80×"), verdict.measured());
    }

    @Test
    void bandedAboveThresholdIsMet() {
        assertEquals(Status.MET, verdict("banded matvec").status());
    }

    @Test
    void missingTableIsNotMeasured() {
        Verdict verdict = verdict("sgemm at 1024²");

        assertEquals(Status.NOT_MEASURED, verdict.status());
        assertTrue(verdict.measured().contains("blas-sgemm-openblas"), verdict.measured());
    }

    @Test
    void threadScalingUsesThroughput() {
        Verdict dense = verdict("dense network, n = 24: ≥ 1.8×");
        Verdict sat = verdict("k-SAT network, n = 24: ≥ 1.8×");

        assertEquals(Status.MET, dense.status());
        assertTrue(dense.measured().startsWith("1.90×"), dense.measured());
        assertEquals(Status.NOT_MET, sat.status());
        assertTrue(sat.measured().startsWith("1.50×"), sat.measured());
    }

    @Test
    void numpyRatioAcrossTables() throws IOException {
        Fixtures.write(dir.resolve("attention-single.json"), Fixtures.jmhArray(Fixtures.jmhEntry(
                "dev.lanekit.bench.attention.AttentionBench.simd", "avgt", 7.5, "0.2", "ms/op", "n", "2048", "d", "64")));
        results = ResultSet.load(dir);

        Verdict verdict = verdict("single head, n = 2048, d = 64: simd ≥ 1.5× numpy");

        assertEquals(Status.NOT_MET, verdict.status());
        assertTrue(verdict.measured().startsWith("1.20×"), verdict.measured());
        assertTrue(verdict.measured().contains("against numpy's best call 1.17×"), verdict.measured());
        assertFalse(verdict.withinError());
    }

    @Test
    void crossoverIsInterpolated() {
        Verdict verdict = verdict("crossover n ≤ 512 at d = 16");

        // exact/Taylor goes from 0.8 at n = 256 to 2 at n = 1024; log-log interpolation puts 1 at about 359.
        assertEquals(Status.MET, verdict.status());
        assertTrue(verdict.measured().startsWith("359 "), verdict.measured());
    }

    @Test
    void openBlasComparisonUsesFasterRun() throws IOException {
        String sgemm = "dev.lanekit.bench.blas.SgemmBench.";
        Fixtures.write(dir.resolve("blas-sgemm-openblas.json"), Fixtures.jmhArray(
                Fixtures.jmhEntry(sgemm + "simd", "avgt", 9600, "100", "us/op", "n", "1024"),
                Fixtures.jmhEntry(sgemm + "nativeSegments", "avgt", 9000, "100", "us/op", "n", "1024")));
        Fixtures.write(dir.resolve("blas-java.json"), Fixtures.jmhArray(
                Fixtures.jmhEntry(sgemm + "simd", "avgt", 9500, "100", "us/op", "n", "1024"),
                Fixtures.jmhEntry(sgemm + "nativeSegments", "avgt", 17000, "100", "us/op", "n", "1024")));
        results = ResultSet.load(dir);

        Verdict verdict = verdict("sgemm at 1024²");

        assertEquals(Status.MET, verdict.status());
        assertTrue(verdict.measured().startsWith("0.938×"), verdict.measured());
        assertTrue(verdict.measured().contains("blas-sgemm-openblas"), verdict.measured());
    }

    @Test
    void thresholdInsideErrorIsMarked() throws IOException {
        String sgemv = "dev.lanekit.bench.blas.SgemvBench.";
        Fixtures.write(dir.resolve("blas-sgemv-openblas.json"), Fixtures.jmhArray(
                Fixtures.jmhEntry(sgemv + "simd", "avgt", 1700, "400", "us/op", "n", "4096", "trans", "N"),
                Fixtures.jmhEntry(sgemv + "nativeSegments", "avgt", 1600, "100", "us/op", "n", "4096", "trans", "N")));
        results = ResultSet.load(dir);

        Verdict verdict = verdict("sgemv A·x at 4096²");

        assertEquals(Status.MET, verdict.status());
        assertTrue(verdict.withinError());
        assertEquals("met, within error", verdict.label());
    }

    @Test
    void thresholdOutsideErrorIsPlain() {
        Verdict verdict = verdict("banded matvec");

        assertFalse(verdict.withinError());
        assertEquals("met", verdict.label());
    }

    @Test
    void rooflineUsesPrintedRows() throws IOException {
        Fixtures.write(dir.resolve("inversion-variants.json"), Fixtures.jmhArray(Fixtures.jmhEntry(
                "dev.lanekit.bench.inversion.InversionBench.grayAbandon", "thrpt", 5.0e6, "1e5", "ops/s",
                "n", "24", "width", "256", "p", "2", "model", "dense", "threads", "1")));
        Fixtures.write(dir.resolve("inversion-variants.run.json"), new RunRecord("inversion-variants", List.of("java"),
                "2026-12-05T00:00:00Z", "2026-12-05T00:01:00Z", "1.0 1.0 1.0", "1.0 1.0 1.0", 0, "",
                List.of("[inversion] dense n=24 width=256 p=2: best 7; with abandon 12.00 output rows and 0.00050"
                        + " exact re-evaluations per candidate"), "").toJson());
        Fixtures.write(dir.resolve("inversion-fma-peak.json"), Fixtures.jmhArray(Fixtures.jmhEntry(
                "dev.lanekit.bench.inversion.FmaPeakBench.simd", "thrpt", 6.5e9, "1e7", "ops/s")));
        results = ResultSet.load(dir);

        Verdict verdict = verdict("dense network, n = 24, width 256, p = 2: candidates per second within 2×");

        // 5 M candidates/s × (2·256 + 2·256·12 = 6656 flops) = 33.3 GFLOP/s; the peak is 6.5 G FMAs/s × 2 × lanes.
        assertEquals(Status.NOT_MET, verdict.status());
        assertTrue(verdict.measured().startsWith("33.3 GFLOP/s"), verdict.measured());
        assertTrue(verdict.measured().contains("12.00 output rows"), verdict.measured());
    }

    @Test
    void everyTargetHasVerdict() {
        for (Target target : Targets.all()) {
            Verdict verdict = target.check().apply(results);
            assertTrue(!verdict.measured().isEmpty(), target.text());
        }
    }
}
