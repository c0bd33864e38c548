package dev.lanekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IndexRangesTest {

    @Test
    void rangesTileIndexSpace() {
        for (long size : new long[] {1, 2, 7, 64, 1000}) {
            for (long length : new long[] {1, 3, 64, size, size + 5}) {
                IndexRanges ranges = new IndexRanges(size, length);
                long next = 0;
                for (long i = 0; i < ranges.count(); i++) {
                    assertEquals(next, ranges.from(i), "from, size " + size + " length " + length);
                    assertEquals(true, ranges.to(i) > ranges.from(i), "non-empty range " + i);
                    next = ranges.to(i);
                }
                assertEquals(size, next, "covered, size " + size + " length " + length);
            }
        }
    }

    @Test
    void largestBoxCountsInLong() {
        IndexRanges ranges = new IndexRanges(1L << 62, 1L << 20);
        assertEquals(1L << 42, ranges.count());
        assertEquals(1L << 62, ranges.to(ranges.count() - 1));
    }

    @Test
    void invalidArgumentsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new IndexRanges(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new IndexRanges(10, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> new IndexRanges(10, 3).from(4));
    }
}
