package dev.lanekit.proofs.blas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.blas.BlasChecks;
import dev.lanekit.blas.Trans;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** The overlap check's message fits off-heap segments, which are not arrays. */
class OverlapMessageTest {

    @Test
    void offHeapOverlapNamesMemory() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment shared = arena.allocate(16 * Float.BYTES);
            MemorySegment b = arena.allocate(16 * Float.BYTES);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BlasChecks.gemmAliasing(Trans.NO_TRANS, Trans.NO_TRANS, 4, 4, 4, shared, 0, 4, b, 0, 4,
                            shared, 0, 4, Float.BYTES));
            // The message used to ask for "C in an array of its own", which native memory cannot be.
            assertFalse(e.getMessage().contains("array of its own"), e.getMessage());
            assertTrue(e.getMessage().contains("pass C in memory that does not overlap A"), e.getMessage());
        }
    }
}
