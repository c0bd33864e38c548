package dev.lanekit.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final List<BenchResult> BASELINE = List.of(
            Samples.result("dot", 4096, "scalar", 4000),
            Samples.result("dot", 4096, "simd", 100),
            Samples.result("softmax", 4096, "simd", 1000));

    @Test
    void slowerBeyondThresholdRegresses() {
        List<BenchResult> now = List.of(
                Samples.result("dot", 4096, "scalar", 4200),
                Samples.result("dot", 4096, "simd", 120),
                Samples.result("softmax", 4096, "simd", 900));

        Comparison comparison = Comparison.of(now, BASELINE, 0.10);

        assertEquals(1, comparison.regressions().size());
        assertEquals("simd", comparison.regressions().get(0).current().implementation());
        assertEquals(1.2, comparison.regressions().get(0).ratio(), 1e-12);
    }

    @Test
    void thresholdIsExclusive() {
        Comparison comparison = Comparison.of(List.of(Samples.result("dot", 4096, "simd", 110)), BASELINE, 0.10);

        assertTrue(comparison.regressions().isEmpty());
    }

    @Test
    void fasterNeverRegresses() {
        Comparison comparison = Comparison.of(List.of(Samples.result("dot", 4096, "simd", 50)), BASELINE, 0);

        assertTrue(comparison.regressions().isEmpty());
    }

    @Test
    void resultWithoutBaselineIsNew() {
        Comparison comparison = Comparison.of(List.of(Samples.result("exp", 4096, "simd", 50)), BASELINE, 0.10);

        assertTrue(Double.isNaN(comparison.rows().get(0).ratio()));
        assertTrue(comparison.regressions().isEmpty());
        assertTrue(comparison.format().contains("new"), comparison.format());
    }

    @Test
    void shapeMustMatch() {
        Comparison comparison = Comparison.of(List.of(Samples.result("dot", 16, "simd", 1e6)), BASELINE, 0.10);

        assertTrue(comparison.regressions().isEmpty());
    }

    @Test
    void formatFlagsRegressions() {
        String text = Comparison.of(List.of(Samples.result("dot", 4096, "simd", 200)), BASELINE, 0.10).format();

        assertTrue(text.contains("SLOWER"), text);
        assertTrue(text.contains("1 of 1 results slower than the baseline by more than 10%"), text);
        assertFalse(text.contains("NaN"), text);
    }

    @Test
    void negativeThresholdRejected() {
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(List.of(), BASELINE, -0.1));
    }
}
