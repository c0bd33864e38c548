package dev.lanekit.proofs.taylor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.provider.Implementation;
import dev.lanekit.taylor.TaylorAttention;
import dev.lanekit.taylor.TaylorBounds;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Shapes whose buffers exceed the maximum Java array length, and arrays shorter than the bounds' shapes. */
class TaylorSizeTest {

    @Test
    void hugeValueWidthNeedsMaxBytes() {
        // dv rounded up to 16 once wrapped to a negative int and gave a negative byte count.
        assertEquals(Long.MAX_VALUE, TaylorAttention.requiredBytes(2, Integer.MAX_VALUE, 2, 64));
    }

    @Test
    void hugeValueWidthRejectedAtAnyLimit() {
        for (Implementation implementation : Implementation.values()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TaylorAttention.create(1, 2, Integer.MAX_VALUE, 2, 64, Long.MAX_VALUE, implementation));
            assertTrue(e.getMessage().contains("larger than a Java array"), e.getMessage());
        }
    }

    @Test
    void chunkTimesWidthPastArrayRejected() {
        // 64 × 2²⁶ floats for the value rows is past 2³¹ even though the feature dimension is 1.
        assertEquals(Long.MAX_VALUE, TaylorAttention.requiredBytes(1, 1 << 26, 0, 64));
    }

    @Test
    void overflowingDimensionNamedInMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TaylorAttention.create(1, 1000, 2, 10));
        assertTrue(e.getMessage().contains("more than 2^63"), e.getMessage());
    }

    @Test
    void radiusShortArrayRejected() {
        // One float for a 2 × 2 shape once read past the array.
        assertThrows(IllegalArgumentException.class, () -> TaylorBounds.radius(new float[1], new float[4], 2, 2));
    }

    @Test
    void radiusZeroDimensionRejected() {
        assertThrows(IllegalArgumentException.class, () -> TaylorBounds.radius(new float[0], new float[0], 2, 0));
    }
    @Test
    void unparsableLimitPropertyRejected() {
        // Long.getLong ignored "abc" and silently used the 256 MiB default.
        String before = System.getProperty(TaylorAttention.MAX_BYTES_PROPERTY);
        try {
            for (String text : new String[] {"abc", "-5", "1e9"}) {
                System.setProperty(TaylorAttention.MAX_BYTES_PROPERTY, text);
                IllegalStateException e = assertThrows(IllegalStateException.class, TaylorAttention::defaultMaxBytes);
                assertTrue(e.getMessage().contains("=" + text), e.getMessage());
            }
            System.setProperty(TaylorAttention.MAX_BYTES_PROPERTY, "1024");
            assertEquals(1024, TaylorAttention.defaultMaxBytes());
        } finally {
            if (before == null) {
                System.clearProperty(TaylorAttention.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(TaylorAttention.MAX_BYTES_PROPERTY, before);
            }
        }
    }
    @Test
    void emptyInputSkipsEveryHead() {
        // n = 0 once still cleared the state of each head: minutes for Integer.MAX_VALUE heads.
        TaylorAttention taylor = TaylorAttention.create(Integer.MAX_VALUE, 2, 2, 2);
        float[] none = new float[0];
        int flagged = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> taylor.attention(none, none, none, null, 0, false, none));
        assertEquals(0, flagged);
    }
}
