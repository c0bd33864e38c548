package dev.lanekit.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void speedupIsScalarOverImplementation() {
        Map<BenchResult, Double> speedups = Speedups.overScalar(Samples.dotAndSoftmax());

        assertEquals(4090.0 / 130, speedups.get(Samples.result("dot", 4096, "simd", 130)), 1e-12);
        assertEquals(1.0, speedups.get(Samples.result("dot", 4096, "scalar", 4090)), 1e-12);
    }

    @Test
    void speedupWithoutScalarIsNaN() {
        BenchResult alone = Samples.result("exp", 16, "simd", 5);

        assertTrue(Speedups.overScalar(List.of(alone)).get(alone).isNaN());
    }

    @Test
    void scalarRowComesFirst() {
        List<BenchResult> sorted = Speedups.displayOrder(Samples.dotAndSoftmax());

        assertEquals(List.of("scalar", "simd", "netlib", "scalar", "simd"),
                sorted.stream().map(BenchResult::implementation).toList());
    }

    @Test
    void tableShowsSpeedupAndRates() {
        String table = ResultTable.format(Samples.dotAndSoftmax());

        assertTrue(table.contains("31.5×"), table);
        assertTrue(table.contains("6.00×"), table);
        assertTrue(table.lines().findFirst().orElseThrow().contains("GFLOP/s"), table);
        assertEquals(7, table.lines().count(), table);
    }

    @Test
    void allocationColumnOnlyWhenMeasured() {
        BenchResult profiled = new BenchResult("dot", 16, "n=16", "simd", 3, Double.NaN, Double.NaN, Double.NaN, 0);

        assertTrue(ResultTable.format(List.of(profiled)).contains("B/op"));
        assertTrue(!ResultTable.format(Samples.dotAndSoftmax()).contains("B/op"));
    }
}
