package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lanekit.vector.VectorKernels;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Segment kernels on every kind of segment: off-heap, heap over float[], heap over byte[] at odd addresses, read-only. */
class SegmentTest {

    static java.util.stream.Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    /** Fills n floats a[i] = (i mod 3) + 1 or b[i] = 4 − (i mod 3) at element offset 2 of the segment. */
    private static MemorySegment fill(MemorySegment segment, int n, boolean first) {
        for (int i = 0; i < n; i++) {
            float value = first ? (i % 3) + 1f : 4f - (i % 3);
            segment.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, 2 + i, value);
        }
        return segment;
    }

    @ParameterizedTest
    @MethodSource("targets")
    void dotOnEverySegmentKind(VectorKernels k) {
        int n = 65;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment offHeapA = fill(arena.allocate(4L * (n + 2)), n, true);
            MemorySegment offHeapB = fill(arena.allocate(4L * (n + 2)), n, false);
            MemorySegment heapA = fill(MemorySegment.ofArray(new float[n + 2]), n, true);
            MemorySegment heapB = fill(MemorySegment.ofArray(new float[n + 2]), n, false);
            MemorySegment bytesA = fill(MemorySegment.ofArray(new byte[4 * (n + 2) + 1]).asSlice(1), n, true);
            MemorySegment bytesB = fill(MemorySegment.ofArray(new byte[4 * (n + 2) + 1]).asSlice(1), n, false);

            assertEquals(346f, k.dotFloat(offHeapA, 2, offHeapB, 2, n), "off-heap");
            assertEquals(346f, k.dotFloat(heapA, 2, heapB, 2, n), "heap float[]");
            assertEquals(346f, k.dotFloat(bytesA, 2, bytesB, 2, n), "heap byte[] at an odd address");
            assertEquals(346f, k.dotFloat(heapA.asReadOnly(), 2, offHeapB.asReadOnly(), 2, n), "read-only");
            assertEquals(129f, k.sumFloat(offHeapA, 2, n), "off-heap sum");
            assertEquals(3f, k.maxFloat(bytesA, 2, n), "byte[] max");
            assertEquals(2L, k.argmaxFloat(offHeapA, 2, n), "off-heap argmax");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void rangesCheckedInElements(VectorKernels k) {
        MemorySegment segment = MemorySegment.ofArray(new float[10]);
        assertThrows(IndexOutOfBoundsException.class, () -> k.sumFloat(segment, 8, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> k.sumFloat(segment, Long.MAX_VALUE, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> k.sumDouble(segment, 0, 6));
        assertThrows(IllegalArgumentException.class, () -> k.normFloat(segment, 0, 10, 0.5));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void readOnlyWriteRejected(VectorKernels k) {
        MemorySegment segment = MemorySegment.ofArray(new float[4]).asReadOnly();
        assertThrows(IllegalArgumentException.class, () -> k.scaleFloat(2f, segment, 0, 4));
    }
}
