package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lanekit.vector.VectorKernels;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** max and argmax on off-heap segments agree with the array kernels, at every length around the vector width. */
class OffHeapMaxTest {

    static java.util.stream.Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    private static MemorySegment offHeap(Arena arena, float[] values) {
        MemorySegment segment = arena.allocate((long) values.length * Float.BYTES, Float.BYTES);
        MemorySegment.copy(values, 0, segment, ValueLayout.JAVA_FLOAT, 0, values.length);
        return segment;
    }

    @ParameterizedTest
    @MethodSource("targets")
    void maxSweepMatchesArray(VectorKernels kernels) {
        Random random = new Random(11);
        try (Arena arena = Arena.ofConfined()) {
            for (int n = 1; n <= 140; n++) {
                float[] x = new float[n];
                for (int i = 0; i < n; i++) {
                    x[i] = (float) random.nextGaussian();
                }
                // A repeated maximum: argmax must return the first one.
                x[n / 2] = 10f;
                x[n - 1] = 10f;
                MemorySegment segment = offHeap(arena, x);
                assertEquals(kernels.max(x, 0, n), kernels.maxFloat(segment, 0, n), "max n = " + n);
                assertEquals(kernels.argmax(x, 0, n), kernels.argmaxFloat(segment, 0, n), "argmax n = " + n);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void nanWinsAtFirstPosition(VectorKernels kernels) {
        try (Arena arena = Arena.ofConfined()) {
            for (int n = 2; n <= 140; n += 7) {
                float[] x = new float[n];
                x[n - 1] = Float.NaN;
                x[0] = Float.POSITIVE_INFINITY;
                MemorySegment segment = offHeap(arena, x);
                assertEquals(Float.NaN, kernels.maxFloat(segment, 0, n), "max n = " + n);
                assertEquals(n - 1, kernels.argmaxFloat(segment, 0, n), "argmax n = " + n);
            }
        }
    }
}
