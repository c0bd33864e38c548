package dev.lanekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartitionSizingTest {

    @Test
    void largeSearchKeepsOverheadShare() {
        // 1e8 candidates/s, 10 ms per task, 2 %: L >= 1e8 * 0.01 * 0.98 / 0.02 = 4.9e7.
        long length = PartitionSizing.rangeLength(1L << 40, 2, 1e8, 0.01, 0.02);
        assertEquals(49_000_000L, length);
        double taskSeconds = length / 1e8;
        assertTrue(0.01 / (0.01 + taskSeconds) <= 0.02, "overhead share");
    }

    @Test
    void smallSearchGetsFourTasksPerCore() {
        assertEquals(1L << 17, PartitionSizing.rangeLength(1L << 20, 2, 1e8, 0.01, 0.02));
    }

    @Test
    void tinySearchGetsSingleCandidateTasks() {
        assertEquals(1, PartitionSizing.rangeLength(5, 8, 1e8, 0.01, 0.02));
    }

    @Test
    void sizeLimitsHugeRate() {
        long size = 1L << 62;
        assertEquals(size / 8, PartitionSizing.rangeLength(size, 2, 1e300, 1, 0.5));
    }

    @Test
    void invalidArgumentsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PartitionSizing.rangeLength(0, 2, 1e8, 0.01, 0.02));
        assertThrows(IllegalArgumentException.class, () -> PartitionSizing.rangeLength(10, 0, 1e8, 0.01, 0.02));
        assertThrows(IllegalArgumentException.class, () -> PartitionSizing.rangeLength(10, 2, Double.NaN, 0.01, 0.02));
        assertThrows(IllegalArgumentException.class, () -> PartitionSizing.rangeLength(10, 2, 1e8, -1, 0.02));
        assertThrows(IllegalArgumentException.class, () -> PartitionSizing.rangeLength(10, 2, 1e8, 0.01, 1));
    }
}
