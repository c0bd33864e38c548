package dev.lanekit.nativeblas;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;

import java.lang.foreign.MemorySegment;

/**
 * Scaling of outputs by beta in Java, before or instead of a downcall. Unaligned layouts, because a
 * caller's segment (a heap segment of a byte array, say) need not be aligned to the element size.
 */
final class Segments {

    private Segments() {}

    /** Sets {@code y = beta·y} for n elements from {@code offset} with increment {@code inc}; beta = 0 writes zeros. */
    static void scale(MemorySegment y, long offset, long n, long inc, float beta) {
        if (beta == 1f) {
            return;
        }
        for (long i = 0; i < n; i++) {
            long index = offset + i * inc;
            float value = beta == 0f ? 0f : beta * y.getAtIndex(JAVA_FLOAT_UNALIGNED, index);
            y.setAtIndex(JAVA_FLOAT_UNALIGNED, index, value);
        }
    }

    /** As {@link #scale(MemorySegment, long, long, long, float)}, in double. */
    static void scale(MemorySegment y, long offset, long n, long inc, double beta) {
        if (beta == 1.0) {
            return;
        }
        for (long i = 0; i < n; i++) {
            long index = offset + i * inc;
            double value = beta == 0.0 ? 0.0 : beta * y.getAtIndex(JAVA_DOUBLE_UNALIGNED, index);
            y.setAtIndex(JAVA_DOUBLE_UNALIGNED, index, value);
        }
    }

    /** Scales the rows×cols matrix at {@code offset} with leading dimension {@code ld}, leaving its padding alone. */
    static void scaleRows(MemorySegment c, long offset, long rows, long cols, long ld, float beta) {
        for (long i = 0; i < rows; i++) {
            scale(c, offset + i * ld, cols, 1, beta);
        }
    }

    /** As {@link #scaleRows(MemorySegment, long, long, long, long, float)}, in double. */
    static void scaleRows(MemorySegment c, long offset, long rows, long cols, long ld, double beta) {
        for (long i = 0; i < rows; i++) {
            scale(c, offset + i * ld, cols, 1, beta);
        }
    }
}
