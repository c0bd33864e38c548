package dev.lanekit.attention;

import java.lang.foreign.MemorySegment;

/**
 * Checks that the outputs of one attention call (O and the optional log-sum-exp) overlap neither each
 * other nor Q, K or V, before any work. The tiles read every key and value row again for each chunk of
 * queries, so an output written over them would change what later chunks read, and the result would
 * depend on the chunk size. Array ranges count elements of one array, and segment ranges count bytes at
 * the segments' addresses within one heap array or native memory. Static methods only, so a call
 * allocates nothing for arrays.
 */
final class Outputs {

    private static final Object NATIVE_MEMORY = new Object();

    private Outputs() {}

    /** Rejects overlapping operands of an array call; the lengths are in elements. */
    static void checkArrays(float[] q, int qOffset, long qLength, float[] k, int kOffset, long kLength, float[] v,
            int vOffset, long vLength, float[] o, int oOffset, long oLength, float[] lse, int lseOffset,
            long lseLength) {
        long oEnd = oOffset + oLength;
        separate("o", o, oOffset, oEnd, "q", q, qOffset, qOffset + qLength);
        separate("o", o, oOffset, oEnd, "k", k, kOffset, kOffset + kLength);
        separate("o", o, oOffset, oEnd, "v", v, vOffset, vOffset + vLength);
        if (lse != null) {
            long lseEnd = lseOffset + lseLength;
            separate("lse", lse, lseOffset, lseEnd, "o", o, oOffset, oEnd);
            separate("lse", lse, lseOffset, lseEnd, "q", q, qOffset, qOffset + qLength);
            separate("lse", lse, lseOffset, lseEnd, "k", k, kOffset, kOffset + kLength);
            separate("lse", lse, lseOffset, lseEnd, "v", v, vOffset, vOffset + vLength);
        }
    }

    /** Rejects overlapping operands of a segment call; the offsets and lengths are in floats. */
    static void checkSegments(MemorySegment q, long qOffset, long qLength, MemorySegment k, long kOffset,
            long kLength, MemorySegment v, long vOffset, long vLength, MemorySegment o, long oOffset, long oLength,
            MemorySegment lse, long lseOffset, long lseLength) {
        checkSegment("o", o, oOffset, oLength, "q", q, qOffset, qLength);
        checkSegment("o", o, oOffset, oLength, "k", k, kOffset, kLength);
        checkSegment("o", o, oOffset, oLength, "v", v, vOffset, vLength);
        if (lse != null) {
            checkSegment("lse", lse, lseOffset, lseLength, "o", o, oOffset, oLength);
            checkSegment("lse", lse, lseOffset, lseLength, "q", q, qOffset, qLength);
            checkSegment("lse", lse, lseOffset, lseLength, "k", k, kOffset, kLength);
            checkSegment("lse", lse, lseOffset, lseLength, "v", v, vOffset, vLength);
        }
    }

    private static void checkSegment(String outputName, MemorySegment output, long outputOffset, long outputLength,
            String inputName, MemorySegment input, long inputOffset, long inputLength) {
        long outputStart = output.address() + outputOffset * Float.BYTES;
        long inputStart = input.address() + inputOffset * Float.BYTES;
        separate(outputName, base(output), outputStart, outputStart + outputLength * Float.BYTES, inputName,
                base(input), inputStart, inputStart + inputLength * Float.BYTES);
    }

    /** Returns what two segments share when they can overlap: their heap array, or native memory. */
    private static Object base(MemorySegment segment) {
        return segment.heapBase().orElse(NATIVE_MEMORY);
    }

    private static void separate(String outputName, Object outputBase, long outputStart, long outputEnd,
            String inputName, Object inputBase, long inputStart, long inputEnd) {
        boolean overlap = outputBase == inputBase && outputStart < outputEnd && inputStart < inputEnd
                && outputStart < inputEnd && inputStart < outputEnd;
        if (overlap) {
            throw new IllegalArgumentException(outputName + " overlaps " + inputName + ": " + outputName + " covers ["
                    + outputStart + ", " + outputEnd + ") and " + inputName + " [" + inputStart + ", " + inputEnd
                    + ") of the same memory (array elements, or segment addresses in bytes); give each output"
                    + " memory that no other operand uses");
        }
    }
}
