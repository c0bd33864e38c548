package dev.lanekit.vector;

import java.lang.foreign.MemorySegment;

/**
 * Rejects an output range that partly overlaps its input, for the element-wise kernels (axpy, exp). The
 * output may be the input at the same offset (in place) or memory apart from it. Any other overlap makes
 * the result depend on the order of loads and stores: the scalar loop reads each element after the
 * previous store, while the SIMD loop reads a whole vector first, so the two implementations would
 * disagree.
 */
final class Overlaps {

    private static final Object NATIVE_MEMORY = new Object();

    private Overlaps() {}

    /** Checks two ranges of n elements of arrays; {@code x} and {@code y} are the arrays themselves. */
    static void inPlaceOrApart(Object x, long xOffset, Object y, long yOffset, long n) {
        if (x == y && xOffset != yOffset && Math.abs(xOffset - yOffset) < n) {
            throw new IllegalArgumentException("x and y are the same array and their ranges partly overlap: xOffset = "
                    + xOffset + ", yOffset = " + yOffset + ", n = " + n + "; pass yOffset = xOffset to work in"
                    + " place, or ranges that do not overlap");
        }
    }

    /** Checks two segment ranges of n elements of {@code elementBytes} bytes. */
    static void inPlaceOrApart(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n,
            long elementBytes) {
        Object xBase = x.heapBase().orElse(NATIVE_MEMORY);
        Object yBase = y.heapBase().orElse(NATIVE_MEMORY);
        long xStart = x.address() + xOffset * elementBytes;
        long yStart = y.address() + yOffset * elementBytes;
        if (xBase == yBase && xStart != yStart && Math.abs(xStart - yStart) < n * elementBytes) {
            throw new IllegalArgumentException("x and y share memory and their ranges partly overlap: x starts at"
                    + " address " + xStart + ", y at " + yStart + ", n = " + n + " elements; pass y at the same"
                    + " address as x to work in place, or ranges that do not overlap");
        }
    }
}
