package dev.lanekit.bench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableDataTest {

    @Test
    void jmhTimesConvertToNanos() {
        TableData data = TableData.fromJmhJson(Fixtures.vectorTargets());
        Measurement l2 = data.select("L2NormBench", "simd", Map.of("n", "4096")).get(0);

        assertEquals(60.0, l2.nanos(), 1e-9);
        assertEquals(3.0, l2.nanosError(), 1e-9);
        assertEquals("l2norm", l2.kernel());
        assertEquals("dev.lanekit.bench.vector.L2NormBench", l2.benchmark());
    }

    @Test
    void jmhNanErrorIsNan() {
        Measurement dot = TableData.fromJmhJson(Fixtures.vectorTargets()).select("DotBench", "simd", Map.of("n", "4096")).get(0);

        assertTrue(Double.isNaN(dot.scoreError()));
        assertEquals(100.0, dot.nanos(), 1e-9);
    }

    @Test
    void throughputConvertsToPerSecond() {
        List<Measurement> sat = TableData.fromJmhJson(Fixtures.inversionThreads())
                .select("InversionBench", "grayAbandon", Map.of("model", "sat", "threads", "1"));

        assertEquals(1, sat.size());
        assertEquals(12.0e6, sat.get(0).perSecond(), 1e-3);
        assertTrue(sat.get(0).isThroughput());
        assertThrows(IllegalStateException.class, () -> sat.get(0).nanos());
    }

    @Test
    void numpyShapesBecomeMeasurements() {
        TableData data = TableData.fromNumpyJson(Fixtures.numpy());
        Measurement numpy = data.measurements().get(0);

        assertEquals(9.0e6, numpy.nanos(), 1e-3);
        assertEquals(8.8, numpy.secondary().get("best"), 1e-12);
        assertEquals("single-2048-64", numpy.params().get("shape"));
        assertEquals("Cooperlake", data.facts().get("core"));
        assertEquals("1", data.facts().get("threads"));
    }

    @Test
    void parametersKeepJmhOrder() {
        Measurement banded = TableData.fromJmhJson(Fixtures.matvec())
                .select("BandedMatvecBench", "simd", Map.of()).get(0);

        assertEquals("n=100000, bandwidth=8", banded.shape());
    }

    @Test
    void nonArrayIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TableData.fromJmhJson("{\"benchmark\": \"x\"}"));

        assertTrue(error.getMessage().contains("JSON array"), error.getMessage());
    }
}
