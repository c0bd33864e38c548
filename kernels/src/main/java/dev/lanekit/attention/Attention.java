package dev.lanekit.attention;

import dev.lanekit.provider.Providers;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.Executor;

/**
 * Entry points for exact attention. The static methods dispatch to the implementation that
 * {@link Providers} chose for this JVM; {@link #scalar()} and {@link #simd()} return either one
 * explicitly, for benchmarks and tests. {@link AttentionKernels} documents cost, accuracy, special
 * values and allocation; {@link AttentionShape} the layouts; {@link AttentionOptions} the masks.
 */
public final class Attention {

    // A static final field lets C2 inline the chosen implementation at every call site.
    private static final AttentionKernels ACTIVE = Providers.simd() ? SimdHolder.INSTANCE : ScalarHolder.INSTANCE;

    private Attention() {}

    /** Returns the implementation the static methods of this class use. */
    public static AttentionKernels kernels() {
        return ACTIVE;
    }

    /** Returns the plain-Java tiled implementation. */
    public static AttentionKernels scalar() {
        return ScalarHolder.INSTANCE;
    }

    /**
     * Returns the Vector API tiled implementation, whatever the provider choice.
     *
     * @throws IllegalStateException when the Vector API is not usable in this JVM
     */
    public static AttentionKernels simd() {
        if (!Providers.simdLoadable()) {
            throw new IllegalStateException("the SIMD kernels cannot load: "
                    + String.join("; ", Providers.info().fallbackReasons()));
        }
        return SimdHolder.INSTANCE;
    }

    /**
     * Computes single-head softmax attention with scale 1/√d and no mask: Q is lq × d, K is lk × d,
     * V is lk × dv, all row-major from index 0. Allocates the output and a workspace.
     */
    public static float[] attention(float[] q, float[] k, float[] v, int lq, int lk, int d, int dv) {
        return attention(AttentionShape.single(lq, lk, d, dv), AttentionOptions.DEFAULT, q, k, v);
    }

    /** Computes attention for packed arrays starting at index 0; allocates the output and a workspace. */
    public static float[] attention(AttentionShape shape, AttentionOptions options, float[] q, float[] k, float[] v) {
        long elements = shape.outputElements();
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the output has " + elements + " elements, more than a Java array "
                    + "holds; pass a MemorySegment instead");
        }
        float[] o = new float[(int) elements];
        ACTIVE.attention(shape, options, q, 0, k, 0, v, 0, o, 0, null, 0, null, null);
        return o;
    }

    /** Computes attention over arrays; see {@link AttentionKernels#attention(AttentionShape, AttentionOptions,
     *  float[], int, float[], int, float[], int, float[], int, float[], int, AttentionWorkspace, Executor)}. */
    public static void attention(AttentionShape shape, AttentionOptions options, float[] q, int qOffset, float[] k,
            int kOffset, float[] v, int vOffset, float[] o, int oOffset, float[] lse, int lseOffset,
            AttentionWorkspace workspace, Executor executor) {
        ACTIVE.attention(shape, options, q, qOffset, k, kOffset, v, vOffset, o, oOffset, lse, lseOffset, workspace,
                executor);
    }

    /** Computes attention over memory segments; offsets count floats. */
    public static void attention(AttentionShape shape, AttentionOptions options, MemorySegment q, long qOffset,
            MemorySegment k, long kOffset, MemorySegment v, long vOffset, MemorySegment o, long oOffset,
            MemorySegment lse, long lseOffset, AttentionWorkspace workspace, Executor executor) {
        ACTIVE.attention(shape, options, q, qOffset, k, kOffset, v, vOffset, o, oOffset, lse, lseOffset, workspace,
                executor);
    }

    static TiledAttention active() {
        return (TiledAttention) ACTIVE;
    }

    private static final class ScalarHolder {
        static final TiledAttention INSTANCE = new TiledAttention(ScalarAttentionTiles.INSTANCE);
    }

    /** Keeps the SIMD classes unloaded unless they are used, so a JVM without the Vector API never touches them. */
    private static final class SimdHolder {
        static final TiledAttention INSTANCE = new TiledAttention(SimdAttentionTiles.INSTANCE);
    }
}
