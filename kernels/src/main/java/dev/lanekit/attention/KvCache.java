package dev.lanekit.attention;

import dev.lanekit.internal.Checks;
import java.util.concurrent.Executor;

/**
 * The keys and values of one sequence for autoregressive decoding: {@code kvHeads} heads of rows that
 * grow by appending, and attention of one or a few new query rows against every cached row.
 *
 * <p>Storage is {@code [kvHeads][capacity][d]} for keys and {@code [kvHeads][capacity][dv]} for values.
 * Appending past the capacity grows it to at least twice its size, which allocates and copies; after
 * {@link #ensureCapacity(int)} for the longest sequence, {@link #append} and {@link #attend} with a
 * workspace allocate nothing. Attention runs the provider's tiled kernel of {@link Attention}, with the
 * same accuracy and special values, over the first {@link #length()} rows of each head.
 *
 * <p>Not thread-safe: one decoding loop owns a cache.
 */
public final class KvCache {

    private final int kvHeads;
    private final int d;
    private final int dv;
    private int capacity;
    private int length;
    private float[] keys;
    private float[] values;

    /**
     * Maximum length of the key and of the value array: the largest array length that HotSpot allocates on
     * every platform, a few elements below {@code Integer.MAX_VALUE}.
     */
    public static final int MAX_STORAGE_ELEMENTS = Integer.MAX_VALUE - 8;

    /**
     * Creates an empty cache.
     *
     * @param kvHeads the number of key and value heads
     * @param d the query and key head dimension
     * @param dv the value head dimension
     * @param initialCapacity the rows per head to allocate up front, at least 0
     * @throws IllegalArgumentException when kvHeads is not positive, a dimension or the capacity is negative,
     *     or the storage for the capacity would have more than {@link #MAX_STORAGE_ELEMENTS} elements
     */
    public KvCache(int kvHeads, int d, int dv, int initialCapacity) {
        if (kvHeads < 1) {
            throw new IllegalArgumentException("kvHeads = " + kvHeads + "; it must be >= 1");
        }
        Checks.nonNegative("d", d);
        Checks.nonNegative("dv", dv);
        Checks.nonNegative("initialCapacity", initialCapacity);
        this.kvHeads = kvHeads;
        this.d = d;
        this.dv = dv;
        checkRows("initialCapacity", initialCapacity);
        this.keys = new float[kvHeads * initialCapacity * d];
        this.values = new float[kvHeads * initialCapacity * dv];
        this.capacity = initialCapacity;
    }

    /** Returns the largest capacity whose key and value storage stays within {@link #MAX_STORAGE_ELEMENTS}. */
    private long maxRows() {
        long rowElements = (long) kvHeads * Math.max(d, dv);
        return rowElements == 0 ? Integer.MAX_VALUE : Math.min(Integer.MAX_VALUE, MAX_STORAGE_ELEMENTS / rowElements);
    }

    private void checkRows(String name, int rows) {
        if (rows > maxRows()) {
            throw new IllegalArgumentException(name + " = " + rows + " is too large: kvHeads · " + name + " · max(d, dv) = "
                    + kvHeads + " · " + rows + " · " + Math.max(d, dv) + " elements exceed the maximum "
                    + MAX_STORAGE_ELEMENTS + "; the largest " + name + " for this shape is " + maxRows());
        }
    }

    /** {@return the number of cached rows per head} */
    public int length() {
        return length;
    }

    /** {@return the number of rows per head the storage has room for without growing} */
    public int capacity() {
        return capacity;
    }

    /** {@return the number of key/value heads} */
    public int kvHeads() {
        return kvHeads;
    }

    /** {@return the key dimension} */
    public int d() {
        return d;
    }

    /** {@return the value dimension} */
    public int dv() {
        return dv;
    }

    /**
     * Grows the storage to at least {@code rows} rows per head, keeping the cached rows.
     *
     * @param rows the rows per head the storage must hold
     * @throws IllegalArgumentException when rows is negative, or the storage for it would have more than
     *     {@link #MAX_STORAGE_ELEMENTS} elements
     */
    public void ensureCapacity(int rows) {
        Checks.nonNegative("rows", rows);
        if (rows <= capacity) {
            return;
        }
        checkRows("rows", rows);
        float[] newKeys = new float[kvHeads * rows * d];
        float[] newValues = new float[kvHeads * rows * dv];
        for (int g = 0; g < kvHeads; g++) {
            System.arraycopy(keys, g * capacity * d, newKeys, g * rows * d, length * d);
            System.arraycopy(values, g * capacity * dv, newValues, g * rows * dv, length * dv);
        }
        keys = newKeys;
        values = newValues;
        capacity = rows;
    }

    /**
     * Appends {@code rows} rows to every head: K from {@code [kvHeads][rows][d]} at kOffset, V from
     * {@code [kvHeads][rows][dv]} at vOffset. Grows the capacity to at least twice its size when full.
     *
     * @param k the new keys, {@code [kvHeads][rows][d]}
     * @param kOffset index of the first key element
     * @param v the new values, {@code [kvHeads][rows][dv]}
     * @param vOffset index of the first value element
     * @param rows the number of rows to append to every head
     */
    public void append(float[] k, int kOffset, float[] v, int vOffset, int rows) {
        Checks.nonNegative("rows", rows);
        Checks.range("k", k.length, "kOffset", kOffset, (long) kvHeads * rows * d);
        Checks.range("v", v.length, "vOffset", vOffset, (long) kvHeads * rows * dv);
        long needed = (long) length + rows;
        if (needed > capacity) {
            // Doubling stops at the largest capacity the storage allows, so only a real overflow fails.
            ensureCapacity(Math.toIntExact(Math.max(needed, Math.min(maxRows(), 2L * capacity))));
        }
        for (int g = 0; g < kvHeads; g++) {
            System.arraycopy(k, kOffset + g * rows * d, keys, (g * capacity + length) * d, rows * d);
            System.arraycopy(v, vOffset + g * rows * dv, values, (g * capacity + length) * dv, rows * dv);
        }
        length += rows;
    }

    /**
     * Drops rows past {@code newLength}, for example to roll back rejected speculative tokens.
     *
     * @param newLength the number of rows to keep, in {@code 0 … length()}
     * @throws IllegalArgumentException when newLength is outside {@code 0 … length()}
     */
    public void truncate(int newLength) {
        if (newLength < 0 || newLength > length) {
            throw new IllegalArgumentException("newLength = " + newLength + " is outside 0.." + length);
        }
        length = newLength;
    }

    /**
     * Attends {@code lq} query rows of {@code heads} query heads, Q laid out {@code [heads][lq][d]}, to
     * every cached row, writing O {@code [heads][lq][dv]} and, when lse is not null, the log-sum-exp
     * {@code [heads][lq]}. Query head h reads cached head {@code h / (heads / kvHeads)}. With a causal
     * mask the query rows are the last lq cached rows: query row i sees rows {@code 0 … length − lq + i}.
     * Masks in {@code options} are shaped {@code [1][lq][length]}.
     *
     * @param heads the number of query heads, a multiple of the cache's key/value heads
     * @param q the queries, {@code [heads][lq][d]}
     * @param qOffset index of the first query element
     * @param lq the number of query rows per head
     * @param o the output, {@code [heads][lq][dv]}
     * @param oOffset index of the first output element
     * @param lse receives the log-sum-exp of each row, {@code [heads][lq]}, or null to skip it
     * @param lseOffset index of the first log-sum-exp element
     * @param options scale, score, masks and normalization
     * @param workspace scratch memory for (d, dv), or null to allocate one
     * @param executor runs heads in parallel, or null for the calling thread
     * @throws IllegalArgumentException when kvHeads does not divide heads or lq is negative
     */
    public void attend(int heads, float[] q, int qOffset, int lq, float[] o, int oOffset, float[] lse, int lseOffset,
            AttentionOptions options, AttentionWorkspace workspace, Executor executor) {
        if (heads < 1 || heads % kvHeads != 0) {
            throw new IllegalArgumentException("heads = " + heads + " is not a positive multiple of kvHeads = "
                    + kvHeads);
        }
        Checks.nonNegative("lq", lq);
        Checks.range("q", q.length, "qOffset", qOffset, (long) heads * lq * d);
        Checks.range("o", o.length, "oOffset", oOffset, (long) heads * lq * dv);
        if (lse != null) {
            Checks.range("lse", lse.length, "lseOffset", lseOffset, (long) heads * lq);
        }
        TiledAttention.checkOptions(1, lq, length, options);
        AttentionWorkspace ws = TiledAttention.workspaceFor(d, dv, workspace);

        ws.begin();
        try {
            TiledAttention.Call call = ws.call;
            call.bindShape(1, heads, kvHeads, lq, length, d, dv, options);
            call.bindArrays(q, qOffset, keys, 0, values, 0, o, oOffset, lse, lseOffset);
            call.qHeadStride = (long) lq * d;
            call.kHeadStride = (long) capacity * d;
            call.vHeadStride = (long) capacity * dv;
            call.oHeadStride = (long) lq * dv;
            call.lseHeadStride = lq;
            call.qBatchStride = 0;
            call.kBatchStride = 0;
            call.vBatchStride = 0;
            call.oBatchStride = 0;
            call.lseBatchStride = 0;
            Attention.active().runBound(ws, executor);
        } finally {
            ws.end();
        }
    }
}
