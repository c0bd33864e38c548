package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lanekit.vector.VectorKernels;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axpy and exp with y over x at a shifted offset. The scalar loop read each x after the previous store and
 * the SIMD loop a whole vector first: axpy(1, x, 0, x, 1, 64) on ones gave x[64] = 65 and 2.
 */
class PartialOverlapTest {

    static Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    private static float[] ones(int n) {
        float[] x = new float[n];
        Arrays.fill(x, 1f);
        return x;
    }

    @ParameterizedTest
    @MethodSource("targets")
    void shiftedAxpyRejected(VectorKernels k) {
        float[] x = ones(80);
        assertThrows(IllegalArgumentException.class, () -> k.axpy(1f, x, 0, x, 1, 64));
        double[] d = new double[80];
        assertThrows(IllegalArgumentException.class, () -> k.axpy(1.0, d, 1, d, 0, 64));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void shiftedExpRejected(VectorKernels k) {
        float[] x = ones(80);
        assertThrows(IllegalArgumentException.class, () -> k.exp(x, 0, x, 1, 64));
        double[] d = new double[80];
        assertThrows(IllegalArgumentException.class, () -> k.exp(d, 3, d, 0, 64));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void shiftedSegmentsRejected(VectorKernels k) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(80 * Double.BYTES);
            assertThrows(IllegalArgumentException.class, () -> k.axpyFloat(1f, s, 0, s, 1, 64));
            assertThrows(IllegalArgumentException.class, () -> k.expFloat(s, 0, s.asSlice(4), 0, 64));
            assertThrows(IllegalArgumentException.class, () -> k.axpyDouble(1.0, s, 0, s, 1, 64));
            assertThrows(IllegalArgumentException.class, () -> k.expDouble(s, 1, s, 0, 64));
            float[] heap = ones(80);
            assertThrows(IllegalArgumentException.class,
                    () -> k.axpyFloat(1f, MemorySegment.ofArray(heap), 0, MemorySegment.ofArray(heap), 2, 64));
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void inPlaceAndApartAccepted(VectorKernels k) {
        float[] x = ones(130);
        k.axpy(1f, x, 0, x, 0, 64);
        k.axpy(1f, x, 0, x, 64, 64);
        float[] expected = ones(130);
        Arrays.fill(expected, 0, 64, 2f);
        Arrays.fill(expected, 64, 128, 3f);
        assertArrayEquals(expected, x);
    }
}
