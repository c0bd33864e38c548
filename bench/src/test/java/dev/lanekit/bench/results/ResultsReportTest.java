package dev.lanekit.bench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.bench.cli.LanekitCommand;
import dev.lanekit.bench.report.BenchReport;
import dev.lanekit.bench.report.BenchResult;
import dev.lanekit.bench.report.ResultsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReportTest {

    @TempDir
    Path bench;

    private Path results;

    @BeforeEach
    void writeResults() throws IOException {
        results = bench.resolve("results");
        Fixtures.resultsFolder(results);
        Fixtures.write(results.resolve("notes/matvec-2-second.md"), "### Second matvec note\n\nText B.\n");
        Fixtures.write(results.resolve("notes/matvec-1-first.md"), "### First matvec note\n\nText A.\n\n\n");
        Fixtures.write(results.resolve("notes/inversion-profile.md"), "### Inversion profile\n\nText C.\n");
        Fixtures.write(results.resolve("notes/vectr-typo.md"), "### Misspelt note\n\nText D.\n");
    }

    private String render() throws IOException {
        Path output = bench.resolve("RESULTS.md");
        ResultsReport.write(results, output);
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    @Test
    void targetsShowVerdicts() throws IOException {
        String report = render();

        assertTrue(report.contains("| matvec | CSR matvec ≥ 3× scalar | 1.80× (1.00 ms ±5% against 1.80 ms ±3%) | not met |"),
                report);
        assertTrue(report.contains("| banded matvec ≥ 6× scalar | 9.00× (144 µs ±7% against 1.30 ms ±4%) | met |"),
                report);
    }

    @Test
    void notesFollowTheirSectionInNameOrder() throws IOException {
        String report = render();
        int matvec = report.indexOf("\n## Matvec learning\n");
        int matvecTable = report.indexOf("| csrmatvec |");
        int matvecTargets = report.indexOf("CSR matvec ≥ 3× scalar |", matvec);
        int first = report.indexOf("### First matvec note\n\nText A.\n");
        int second = report.indexOf("### Second matvec note\n\nText B.\n");
        int inversion = report.indexOf("\n## Inversion search\n");

        assertTrue(matvec > 0, "matvec section present");
        assertTrue(matvecTable > matvec, "generated table inside the section");
        assertTrue(first > matvecTargets, "notes after the generated tables and targets");
        assertTrue(second > first, "notes in file-name order");
        assertTrue(inversion > second, "notes before the next section");
        assertTrue(report.indexOf("### Inversion profile") > inversion, "inversion notes in their section");
    }

    @Test
    void notesAreVerbatim() throws IOException {
        String report = render();

        assertTrue(report.contains("<!-- notes: bench/results/notes/matvec-1-first.md -->\n\n### First matvec note\n\nText A.\n"));
    }

    @Test
    void unknownSectionNotesAreKept() throws IOException {
        String report = render();
        int other = report.indexOf("\n## Other notes\n");

        assertTrue(other > report.indexOf("\n## Fresh-machine install\n"), report);
        assertTrue(report.indexOf("### Misspelt note") > other);
    }

    @Test
    void tableNamesMachineCommandAndLoad() throws IOException {
        String report = render();

        assertTrue(report.contains("Table `vector-targets`: Test CPU, 2 cores, 512-bit species, JDK 25.0.3+9-LTS; run"
                + " 2026-12-05 00:00:00 UTC to 2026-12-05 00:03:00 UTC, load average 1.10 0.90 0.80 before and 1.30 1.00"
                + " 0.85 after; code at commit fedcba9876543210fedcba9876543210fedcba98."), report);
        assertTrue(report.contains("flock /tmp/lanekit-bench.lock java -cp bench/target/lanekit.jar"
                + " org.openjdk.jmh.Main 'vector\\.(Dot|L2Norm)Bench\\.'"), report);
    }

    @Test
    void headerNamesCommit() throws IOException {
        String report = render();

        assertTrue(report.contains("code at commit 0123456789abcdef0123456789abcdef01234567."), report);
        assertFalse(report.contains("ran again after the suite"), "no table started after the suite finished");
    }

    @Test
    void laterRunsAreNamed() throws IOException {
        Fixtures.write(results.resolve("matvec-throughput.run.json"), new RunRecord("matvec-throughput", List.of("java"),
                "2026-12-05T01:00:00Z", "2026-12-05T01:01:00Z", "1.0 1.0 1.0", "1.0 1.0 1.0", 0, "", List.of(), "")
                .toJson());

        String report = render();

        assertTrue(report.contains("These tables ran again after the suite, with `--only`: `matvec-throughput`;"), report);
    }

    @Test
    void numpyTableComparesWithLanekit() throws IOException {
        Fixtures.write(results.resolve("attention-single.json"), Fixtures.jmhArray(Fixtures.jmhEntry(
                "dev.lanekit.bench.attention.AttentionBench.simd", "avgt", 7.5, "0.2", "ms/op", "n", "2048", "d", "64")));

        String report = render();

        assertTrue(report.contains("| single-2048-64 | 9.00 ms | 8.80 ms | 7.50 ms ±3% | 1.20× |"), report);
    }

    @Test
    void chartsAreWellFormedSvg() throws Exception {
        render();

        for (String chart : new String[] {"vector-speedup.svg", "matvec-speedup.svg", "peers.svg",
                "inversion-candidates.svg", "taylor-crossover-d16.svg"}) {
            Path file = results.resolve(chart);
            assertTrue(Files.exists(file), chart);
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            assertEquals("svg", document.getDocumentElement().getNodeName(), chart);
        }
    }

    @Test
    void baselinesReadBackForCompare() throws IOException {
        render();

        BenchReport baseline = ResultsJson.read(results.resolve("baselines/vector-targets.json"));

        assertEquals("Test CPU", baseline.machine().cpu());
        BenchResult dot = baseline.results().stream().filter(r -> r.key().equals("dot n=4096 simd")).findFirst()
                .orElseThrow();
        assertEquals(100.0, dot.nsPerOp());
    }

    @Test
    void missingTablesAreStated() throws IOException {
        String report = render();
        int blas = report.indexOf("\n## BLAS\n");

        assertTrue(report.indexOf("No results: this table was not run", blas) > blas);
    }

    @Test
    void emptyResultFileIsReported() throws IOException {
        Fixtures.write(results.resolve("blas-sdot.json"), "");

        String report = render();

        assertTrue(report.contains("No results: the result file could not be read"), report);
        assertTrue(report.contains("| matvec | CSR matvec"), "the other tables still render");
    }

    @Test
    void reportOnlyCommandRendersFromJson() throws IOException {
        int status = LanekitCommand.run("results", "--report-only", "--bench-dir", bench.toString());

        assertEquals(0, status);
        assertTrue(Files.readString(bench.resolve("RESULTS.md")).contains("## Targets"));
    }

    @Test
    void reportOnlyRejectsQuick() {
        assertEquals(2, LanekitCommand.run("results", "--report-only", "--quick", "--bench-dir", bench.toString()));
    }
}
