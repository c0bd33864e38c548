package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.vector.VectorKernels;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A null array or segment raises NullPointerException naming the parameter, in every provider. */
class NullArgumentTest {

    static java.util.stream.Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    private static final MemorySegment FOUR = MemorySegment.ofArray(new float[4]);

    @ParameterizedTest
    @MethodSource("targets")
    void segmentDotNamesParameter(VectorKernels kernels) {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> kernels.dotFloat(FOUR, 0, null, 0, 4));
        assertEquals("b", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("targets")
    void segmentSoftmaxNamesParameter(VectorKernels kernels) {
        NullPointerException e = assertThrows(NullPointerException.class, () -> kernels.softmaxFloat(null, 0, 4));
        assertEquals("x", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("targets")
    void segmentNearestNamesParameter(VectorKernels kernels) {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> kernels.nearestFloat(FOUR, 0, null, 0, 1, 4, 4, 2.0, 1, new long[1], new float[1]));
        assertEquals("matrix", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("targets")
    void arrayDotNamesParameter(VectorKernels kernels) {
        NullPointerException e = assertThrows(NullPointerException.class, () -> kernels.dot(new float[4], 0, null, 0, 4));
        assertTrue(e.getMessage().contains("\"b\""), e.getMessage());
    }
}
