package dev.lanekit.proofs.attention;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.attention.AttentionWorkspace;
import org.junit.jupiter.api.Test;

/** Workspace sizes past the maximum Java array length are rejected before any allocation. */
class WorkspaceSizeTest {

    @Test
    void hugeHeadDimensionRejected() {
        // 64 × Integer.MAX_VALUE floats once wrapped to a negative array size.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AttentionWorkspace(Integer.MAX_VALUE, Integer.MAX_VALUE, 1));
        assertTrue(e.getMessage().contains("maxD = 2147483647"), e.getMessage());
    }

    @Test
    void hugeValueDimensionRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AttentionWorkspace(8, 1 << 26, 1));
    }

    @Test
    void hugeSlotCountRejected() {
        // Integer.MAX_VALUE slots once failed with an OutOfMemoryError for the slot array itself.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AttentionWorkspace(8, 8, Integer.MAX_VALUE));
        assertTrue(e.getMessage().contains("slots = 2147483647"), e.getMessage());
    }
}
