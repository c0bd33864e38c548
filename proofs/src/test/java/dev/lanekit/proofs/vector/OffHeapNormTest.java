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

/** Cosine and the ℓ1 and ℓ∞ norms and distances on off-heap segments give the bits of the array kernels. */
class OffHeapNormTest {

    private static final double[] ORDERS = {1.0, Double.POSITIVE_INFINITY};

    static java.util.stream.Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    private static MemorySegment offHeap(Arena arena, float[] values) {
        MemorySegment segment = arena.allocate(Math.max(1, (long) values.length * Float.BYTES), Float.BYTES);
        MemorySegment.copy(values, 0, segment, ValueLayout.JAVA_FLOAT, 0, values.length);
        return segment;
    }

    @ParameterizedTest
    @MethodSource("targets")
    void sweepMatchesArray(VectorKernels kernels) {
        Random random = new Random(5);
        try (Arena arena = Arena.ofConfined()) {
            for (int n = 0; n <= 140; n++) {
                float[] a = new float[n];
                float[] b = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (float) random.nextGaussian();
                    b[i] = (float) random.nextGaussian();
                }
                MemorySegment segmentA = offHeap(arena, a);
                MemorySegment segmentB = offHeap(arena, b);
                for (double p : ORDERS) {
                    assertEquals(kernels.norm(a, 0, n, p), kernels.normFloat(segmentA, 0, n, p),
                            "norm p = " + p + ", n = " + n);
                    assertEquals(kernels.distance(a, 0, b, 0, n, p), kernels.distanceFloat(segmentA, 0, segmentB, 0, n, p),
                            "distance p = " + p + ", n = " + n);
                }
                assertEquals(kernels.cosine(a, 0, b, 0, n), kernels.cosineFloat(segmentA, 0, segmentB, 0, n),
                        "cosine n = " + n);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void specialValuesMatchArray(VectorKernels kernels) {
        float[][] inputs = new float[3][64];
        inputs[0][40] = Float.NaN;
        inputs[1][63] = Float.NEGATIVE_INFINITY;
        inputs[2][7] = Float.NaN;
        inputs[2][9] = Float.POSITIVE_INFINITY;
        try (Arena arena = Arena.ofConfined()) {
            for (float[] x : inputs) {
                MemorySegment segment = offHeap(arena, x);
                for (double p : ORDERS) {
                    assertEquals(kernels.norm(x, 0, x.length, p), kernels.normFloat(segment, 0, x.length, p),
                            "norm p = " + p);
                }
            }
        }
    }
}
