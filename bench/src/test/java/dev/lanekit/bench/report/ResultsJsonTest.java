package dev.lanekit.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {

    @Test
    void roundTripKeepsEveryField(@TempDir Path dir) throws IOException {
        BenchResult full = new BenchResult("gemm", 1024, "m=n=k=1024", "native", 1.2345678901234567e7,
                0.25, 174.1, Double.NaN, 0.0);
        BenchReport report = new BenchReport(Samples.MACHINE,
                List.of(full, Samples.result("dot", 16, "simd", 3.5)));
        Path file = dir.resolve("results.json");

        ResultsJson.write(report, file);

        assertEquals(report, ResultsJson.read(file));
    }

    @Test
    void absentFiguresAreLeftOut() {
        BenchResult bare = new BenchResult("exp", 16, "n=16", "simd", 10, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);

        String json = ResultsJson.toJson(new BenchReport(Samples.MACHINE, List.of(bare)));

        assertFalse(json.contains("gflops"), json);
        assertFalse(json.contains("NaN"), json);
    }

    @Test
    void writesDocumentedFieldNames() {
        String json = ResultsJson.toJson(new BenchReport(Samples.MACHINE, Samples.dotAndSoftmax()));
        Map<?, ?> root = (Map<?, ?>) Json.parse(json);
        Map<?, ?> machine = (Map<?, ?>) root.get("machine");
        Map<?, ?> first = (Map<?, ?>) ((List<?>) root.get("results")).get(0);

        assertEquals(List.of("jdk", "cpu", "speciesBits", "provider"), List.copyOf(machine.keySet()));
        assertEquals(List.of("kernel", "size", "shape", "implementation", "nsPerOp", "gflops", "gbPerSecond"),
                List.copyOf(first.keySet()));
    }

    @Test
    void emptyResultsRoundTrip() {
        BenchReport empty = new BenchReport(Samples.MACHINE, List.of());

        assertEquals(empty, ResultsJson.fromJson(ResultsJson.toJson(empty)));
    }

    @Test
    void missingFieldIsNamed() {
        String json = "{\"machine\": {\"jdk\": \"25\", \"cpu\": \"x\", \"speciesBits\": 256, \"provider\": \"p\"},"
                + " \"results\": [{\"kernel\": \"dot\", \"size\": 16, \"shape\": \"n=16\", \"implementation\": \"simd\"}]}";

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ResultsJson.fromJson(json));

        assertTrue(error.getMessage().contains("nsPerOp"), error.getMessage());
    }

    @Test
    void resultsMustBeArray() {
        String json = "{\"machine\": {\"jdk\": \"25\", \"cpu\": \"x\", \"speciesBits\": 0, \"provider\": \"p\"},"
                + " \"results\": {}}";

        assertThrows(IllegalArgumentException.class, () -> ResultsJson.fromJson(json));
    }
}
