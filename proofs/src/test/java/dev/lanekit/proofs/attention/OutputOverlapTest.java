package dev.lanekit.proofs.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.taylor.TaylorAttention;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * An attention output written over its own inputs. The tiles read every value row again for each chunk of
 * 512 queries, so O over V once returned wrong rows from the second chunk on, without an error.
 */
class OutputOverlapTest {

    private static final int L = 1100;
    private static final int D = 4;
    private static final AttentionShape SHAPE = AttentionShape.single(L, L, D, D);

    private static float[] randoms(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[L * D];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        return x;
    }

    private static void run(float[] q, int qOffset, float[] k, float[] v, int vOffset, float[] o, int oOffset) {
        Attention.attention(SHAPE, AttentionOptions.DEFAULT, q, qOffset, k, 0, v, vOffset, o, oOffset, null, 0,
                AttentionWorkspace.forShape(SHAPE, 1), null);
    }

    @Test
    void outputOverValuesRejected() {
        float[] v = randoms(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(randoms(1), 0, randoms(2), v, 0, v, 0));
        assertTrue(e.getMessage().contains("o overlaps v"), e.getMessage());
    }

    @Test
    void outputOverQueriesRejected() {
        float[] q = randoms(1);
        assertThrows(IllegalArgumentException.class, () -> run(q, 0, randoms(2), randoms(3), 0, q, 0));
    }

    @Test
    void partialOverlapRejected() {
        // V in the first half of one array, O starting one row before its end.
        float[] shared = new float[2 * L * D];
        System.arraycopy(randoms(3), 0, shared, 0, L * D);
        assertThrows(IllegalArgumentException.class,
                () -> run(randoms(1), 0, randoms(2), shared, 0, shared, L * D - D));
    }

    @Test
    void disjointRangesOfOneArrayAccepted() {
        float[] q = randoms(1);
        float[] k = randoms(2);
        float[] v = randoms(3);
        float[] expected = new float[L * D];
        run(q, 0, k, v, 0, expected, 0);

        float[] shared = new float[2 * L * D];
        System.arraycopy(v, 0, shared, 0, L * D);
        run(q, 0, k, shared, 0, shared, L * D);
        float[] got = Arrays.copyOfRange(shared, L * D, 2 * L * D);
        // Not bit for bit: a SIMD result may change in its last bits once C2 compiles the kernels.
        assertArrayEquals(expected, got, 1e-6f);
    }

    @Test
    void overlappingSegmentsRejected() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment q = arena.allocateFrom(ValueLayout.JAVA_FLOAT, randoms(1));
            MemorySegment k = arena.allocateFrom(ValueLayout.JAVA_FLOAT, randoms(2));
            // V and O are views of one native block, O starting one row after V.
            MemorySegment block = arena.allocate(2L * L * D * Float.BYTES);
            MemorySegment v = block.asSlice(0, (long) L * D * Float.BYTES);
            MemorySegment o = block.asSlice((long) D * Float.BYTES, (long) L * D * Float.BYTES);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Attention.attention(SHAPE, AttentionOptions.DEFAULT, q, 0, k, 0, v, 0, o, 0, null, 0,
                            AttentionWorkspace.forShape(SHAPE, 1), null));
            assertTrue(e.getMessage().contains("o overlaps v"), e.getMessage());
        }
    }

    @Test
    void heapSegmentOverArrayRejected() {
        float[] v = randoms(3);
        assertThrows(IllegalArgumentException.class, () -> Attention.attention(SHAPE, AttentionOptions.DEFAULT,
                MemorySegment.ofArray(randoms(1)), 0, MemorySegment.ofArray(randoms(2)), 0, MemorySegment.ofArray(v),
                0, MemorySegment.ofArray(v), 0, null, 0, AttentionWorkspace.forShape(SHAPE, 1), null));
    }

    @Test
    void taylorOutputOverValuesRejected() {
        float[] v = randoms(3);
        TaylorAttention taylor = TaylorAttention.create(1, D, D, 2);
        assertThrows(IllegalArgumentException.class, () -> taylor.attention(randoms(1), randoms(2), v, null, L, false, v));
    }
    @Test
    void logSumExpOverOutputRejected() {
        float[] o = new float[L * D];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Attention.attention(SHAPE, AttentionOptions.DEFAULT, randoms(1), 0, randoms(2), 0, randoms(3), 0,
                        o, 0, o, 0, AttentionWorkspace.forShape(SHAPE, 1), null));
        assertTrue(e.getMessage().contains("lse overlaps o"), e.getMessage());
    }
}
