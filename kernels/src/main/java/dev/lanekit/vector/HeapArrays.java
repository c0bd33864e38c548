package dev.lanekit.vector;

import java.lang.foreign.MemorySegment;

/**
 * Finds the array behind a heap segment, so that the SIMD segment kernels can run the array kernels on
 * it. The caller has checked the segment range, so the array index of every element it reads fits an int.
 */
final class HeapArrays {

    private HeapArrays() {}

    /**
     * Returns the float[] behind {@code segment}, or null when it is off-heap, backed by another array type
     * or not float-aligned. A read-only segment hides its array ({@link MemorySegment#heapBase()} is empty),
     * so it takes the scalar loops, where a write fails as the segment requires.
     */
    static float[] floats(MemorySegment segment) {
        if (segment.isNative() || segment.address() % Float.BYTES != 0) {
            return null;
        }
        return segment.heapBase().orElse(null) instanceof float[] array ? array : null;
    }

    /** As {@link #floats}, for double[]. */
    static double[] doubles(MemorySegment segment) {
        if (segment.isNative() || segment.address() % Double.BYTES != 0) {
            return null;
        }
        return segment.heapBase().orElse(null) instanceof double[] array ? array : null;
    }

    /** Returns the array index of element {@code offset} of a heap segment over a float[]. */
    static int floatIndex(MemorySegment segment, long offset) {
        return (int) (segment.address() / Float.BYTES + offset);
    }

    /** Returns the array index of element {@code offset} of a heap segment over a double[]. */
    static int doubleIndex(MemorySegment segment, long offset) {
        return (int) (segment.address() / Double.BYTES + offset);
    }
}
