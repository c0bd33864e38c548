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

    /** {@return the implementation the static methods of this class use} */
    public static AttentionKernels kernels() {
        return ACTIVE;
    }

    /** {@return the plain-Java tiled implementation} */
    public static AttentionKernels scalar() {
        return ScalarHolder.INSTANCE;
    }

    /**
     * {@return the Vector API tiled implementation, whatever the provider choice}
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
     *
     * @param q the queries, row-major from index 0
     * @param k the keys, row-major from index 0
     * @param v the values, row-major from index 0
     * @param lq the number of query rows
     * @param lk the number of key and value rows
     * @param d the query and key head dimension
     * @param dv the value head dimension
     * @return the output O, a new array
     */
    public static float[] attention(float[] q, float[] k, float[] v, int lq, int lk, int d, int dv) {
        return attention(AttentionShape.single(lq, lk, d, dv), AttentionOptions.DEFAULT, q, k, v);
    }

    /**
     * Computes attention for packed arrays starting at index 0; allocates the output and a workspace.
     *
     * @param shape the batch, head and sequence sizes and the layout
     * @param options scale, score, masks and normalization
     * @param q the queries, packed as {@code shape} describes from index 0
     * @param k the keys, packed as {@code shape} describes from index 0
     * @param v the values, packed as {@code shape} describes from index 0
     * @return the output O, a new array
     */
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

    /**
     * Computes attention over arrays; see {@link AttentionKernels#attention(AttentionShape, AttentionOptions,
     *  float[], int, float[], int, float[], int, float[], int, float[], int, AttentionWorkspace, Executor)}.
     *
     * @param shape the batch, head and sequence sizes and the layout
     * @param options scale, score, masks and normalization
     * @param q the queries, laid out as {@code shape} describes
     * @param qOffset index of the first query element
     * @param k the keys, laid out as {@code shape} describes
     * @param kOffset index of the first key element
     * @param v the values, laid out as {@code shape} describes
     * @param vOffset index of the first value element
     * @param o the output, laid out as {@code shape} describes
     * @param oOffset index of the first output element
     * @param lse receives the natural log-sum-exp of each row's logits, or null to skip it
     * @param lseOffset index of the first log-sum-exp element
     * @param workspace scratch memory sized for the head dimensions, or null to allocate one for this call
     * @param executor runs heads × query chunks in parallel (the calling thread takes part), or null to run on the
     *        calling thread
     */
    public static void attention(AttentionShape shape, AttentionOptions options, float[] q, int qOffset, float[] k,
            int kOffset, float[] v, int vOffset, float[] o, int oOffset, float[] lse, int lseOffset,
            AttentionWorkspace workspace, Executor executor) {
        ACTIVE.attention(shape, options, q, qOffset, k, kOffset, v, vOffset, o, oOffset, lse, lseOffset, workspace,
                executor);
    }

    /**
     * Computes attention over memory segments; offsets count floats.
     *
     * @param shape the batch, head and sequence sizes and the layout
     * @param options scale, score, masks and normalization
     * @param q the queries, laid out as {@code shape} describes
     * @param qOffset index of the first query element
     * @param k the keys, laid out as {@code shape} describes
     * @param kOffset index of the first key element
     * @param v the values, laid out as {@code shape} describes
     * @param vOffset index of the first value element
     * @param o the output, laid out as {@code shape} describes
     * @param oOffset index of the first output element
     * @param lse receives the natural log-sum-exp of each row's logits, or null to skip it
     * @param lseOffset index of the first log-sum-exp element
     * @param workspace scratch memory sized for the head dimensions, or null to allocate one for this call
     * @param executor runs heads × query chunks in parallel (the calling thread takes part), or null to run on the
     *        calling thread
     */
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
