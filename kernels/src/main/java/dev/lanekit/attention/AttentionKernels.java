package dev.lanekit.attention;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.Executor;

/**
 * Exact scaled dot-product attention {@code O = softmax(scale·Q·Kᵀ + mask)·V}, and the opt-in score
 * variants of {@link AttentionOptions}, implemented twice: {@link Attention#scalar()} in plain Java and
 * {@link Attention#simd()} with the Vector API. Both tile the keys with an online softmax (running
 * maximum seeded at −∞, running sum, rescaling of the partial output when the maximum grows), so no
 * {@code lq × lk} matrix exists and the scratch memory depends only on the head dimensions.
 *
 * <p>Cost: {@code 2·lq·lk·(d + dv)} flops per head plus {@code lq·lk} exponentials, less under masks
 * whose key tiles are skipped whole. Accuracy against attention evaluated in double: logits carry the
 * float error of a d-term dot product, {@code γ_d·scale·Σ|qᵢkᵢ|} plus one rounding; each weight then
 * has a relative error of about twice the largest logit error plus a few ulps of exp and of the row
 * sum; each output element is within that relative error times {@code Σⱼ wⱼ·|vⱼ|}.
 *
 * <p>Special values: a row with no visible key gives zeros and a log-sum-exp of −∞; NaN in a visible
 * q, k, v or bias entry, or a +∞ logit, gives a NaN row (the limit at +∞ is not taken); a −∞ logit
 * gives its key weight zero. Masked keys are skipped, so their K and V rows may hold anything.
 *
 * <p>Scalar and SIMD: both run the same tiled driver. The scalar tiles accumulate in index order with
 * fused multiply-adds and round {@link Math#exp(double)} to float; the SIMD tiles use register-blocked
 * products and the Vector API's lanewise exp. Their sums run in different orders, so the two agree within
 * the accuracy above, not bit for bit, and one SIMD result may change in the last bits once C2 compiles
 * the lanewise exp and reductions.
 *
 * <p>Allocation: none on the calling thread when a workspace is passed and no executor is; with an
 * executor, one task object per worker slot and one latch per call. A null workspace allocates one.
 *
 * <p>Threads: the implementations are stateless, so any number of calls may run at once, each with its
 * own workspace. A workspace serves one call at a time, and a second call that starts while it is in use
 * raises {@link IllegalStateException}. Within a call, an executor spreads the work over up to
 * {@link AttentionWorkspace#slots()} threads.
 *
 * <p>Validation happens before any memory is read: shapes in {@link AttentionShape}, array ranges
 * ({@link IndexOutOfBoundsException}), masks against the shape, and the workspace against the head
 * dimensions ({@link IllegalArgumentException}). An output (o or lse) that overlaps q, k, v or the other
 * output raises {@link IllegalArgumentException}, because later query chunks read every key and value row
 * again. A null q, k, v or o raises {@link NullPointerException} whose message names the parameter.
 */
public interface AttentionKernels {

    /**
     * Computes attention over heap arrays laid out as {@link AttentionShape} describes, writing O and,
     * when {@code lse} is not null, the natural log-sum-exp of each row's logits.
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
     * @param workspace scratch memory, or null to allocate one for this call
     * @param executor runs heads × query chunks in parallel on up to {@code workspace.slots()} threads
     *        (the calling thread takes part), or null to run on the calling thread
     */
    void attention(AttentionShape shape, AttentionOptions options, float[] q, int qOffset, float[] k, int kOffset,
            float[] v, int vOffset, float[] o, int oOffset, float[] lse, int lseOffset, AttentionWorkspace workspace,
            Executor executor);

    /**
     * Computes attention over memory segments, as the array overload does. Offsets count floats from
     * the start of each segment; the segments need no alignment. Tiles are copied into the workspace,
     * so native segments cost one extra pass over K and V per query chunk.
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
    void attention(AttentionShape shape, AttentionOptions options, MemorySegment q, long qOffset, MemorySegment k,
            long kOffset, MemorySegment v, long vOffset, MemorySegment o, long oOffset, MemorySegment lse,
            long lseOffset, AttentionWorkspace workspace, Executor executor);
}
