package dev.lanekit.attention;

import java.lang.foreign.MemorySegment;

/**
 * The output ranges of one attention call (O and the optional log-sum-exp), checked against the input
 * ranges before any work. An output may not overlap Q, K or V, because the tiles read every key and value
 * row again for each chunk of queries. An output written over them would change what later chunks read,
 * so the result would depend on the chunk size. Ranges of arrays count elements of the same array, and
 * ranges of segments count bytes at the segment's address within the same heap array or native memory.
 */
final class Outputs {

    private static final Object NATIVE_MEMORY = new Object();

    private final Object outputBase;
    private final long outputStart;
    private final long outputEnd;
    private final Object lseBase;
    private final long lseStart;
    private final long lseEnd;
    private final long unit;

    Outputs(Object o, long oStart, long oElements, Object lse, long lseStart, long lseElements, long unit) {
        this.outputBase = o;
        this.outputStart = oStart;
        this.outputEnd = oStart + unit * oElements;
        this.lseBase = lse;
        this.lseStart = lseStart;
        this.lseEnd = lse == null ? lseStart : lseStart + unit * lseElements;
        this.unit = unit;
        separate("o", outputBase, outputStart, outputEnd, "lse", lseBase, this.lseStart, lseEnd);
    }

    static Outputs of(MemorySegment o, long oOffset, long oElements, MemorySegment lse, long lseOffset,
            long lseElements) {
        return new Outputs(base(o), start(o, oOffset), oElements, lse == null ? null : base(lse),
                lse == null ? 0 : start(lse, lseOffset), lseElements, Float.BYTES);
    }

    /** Returns the object that two segments share when they can overlap: their heap array, or native memory. */
    static Object base(MemorySegment segment) {
        return segment.heapBase().orElse(NATIVE_MEMORY);
    }

    /** Returns the byte address of element {@code offset} of a float segment. */
    static long start(MemorySegment segment, long offset) {
        return segment.address() + offset * Float.BYTES;
    }

    /**
     * Rejects an input range that overlaps O or the log-sum-exp output.
     *
     * @throws IllegalArgumentException naming both operands and their ranges
     */
    void separateFrom(String inputName, Object inputBase, long inputStart, long inputElements) {
        long inputEnd = inputStart + unit * inputElements;
        separate("o", outputBase, outputStart, outputEnd, inputName, inputBase, inputStart, inputEnd);
        separate("lse", lseBase, lseStart, lseEnd, inputName, inputBase, inputStart, inputEnd);
    }

    private static void separate(String outputName, Object outputBase, long outputStart, long outputEnd,
            String inputName, Object inputBase, long inputStart, long inputEnd) {
        boolean overlap = outputBase != null && outputBase == inputBase && outputStart < outputEnd
                && inputStart < inputEnd && outputStart < inputEnd && inputStart < outputEnd;
        if (overlap) {
            throw new IllegalArgumentException(outputName + " overlaps " + inputName + ": " + outputName + " covers ["
                    + outputStart + ", " + outputEnd + ") and " + inputName + " [" + inputStart + ", " + inputEnd
                    + ") of the same memory (array elements, or segment addresses in bytes); give each output"
                    + " memory that no other operand uses");
        }
    }
}
