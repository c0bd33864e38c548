package dev.lanekit.attention;

import static dev.lanekit.attention.AttentionWorkspace.KEY_TILE;
import static dev.lanekit.attention.AttentionWorkspace.ROW_BLOCK;

import dev.lanekit.attention.AttentionOptions.Normalization;
import dev.lanekit.attention.AttentionOptions.Score;
import dev.lanekit.internal.Checks;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tiled attention driver shared by the scalar and SIMD kernels; {@link TileOps} supplies the
 * arithmetic.
 *
 * <p>Work is split into tasks of one (sequence, head, chunk of query rows). A task copies its query
 * chunk into the workspace (pre-scaled), then walks the keys its rows can see in tiles of
 * {@value AttentionWorkspace#KEY_TILE}. Each key tile is transposed once per chunk and then reused by
 * every block of {@value AttentionWorkspace#ROW_BLOCK} query rows: scores come from one register-blocked
 * product, each row updates its running maximum and sum, and one more product adds the weighted value
 * rows. A row whose visible keys cover only part of a tile (causal diagonal, window edges, key padding)
 * or that has element masks uses only its own keys, so masked K and V rows are never read into it.
 */
final class TiledAttention implements AttentionKernels {

    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;

    private final TileOps ops;

    TiledAttention(TileOps ops) {
        this.ops = ops;
    }

    @Override
    public void attention(AttentionShape shape, AttentionOptions options, float[] q, int qOffset, float[] k,
            int kOffset, float[] v, int vOffset, float[] o, int oOffset, float[] lse, int lseOffset,
            AttentionWorkspace workspace, Executor executor) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(options, "options");
        Checks.range("q", q.length, "qOffset", qOffset, shape.queryElements());
        Checks.range("k", k.length, "kOffset", kOffset, shape.keyElements());
        Checks.range("v", v.length, "vOffset", vOffset, shape.valueElements());
        Checks.range("o", o.length, "oOffset", oOffset, shape.outputElements());
        if (lse != null) {
            Checks.range("lse", lse.length, "lseOffset", lseOffset, shape.rows());
        }
        Outputs.checkArrays(q, qOffset, shape.queryElements(), k, kOffset, shape.keyElements(), v, vOffset,
                shape.valueElements(), o, oOffset, shape.outputElements(), lse, lseOffset, shape.rows());
        checkOptions(shape, options);
        AttentionWorkspace ws = workspaceFor(shape, workspace);

        ws.begin();
        try {
            ws.call.bindPacked(shape, options);
            ws.call.bindArrays(q, qOffset, k, kOffset, v, vOffset, o, oOffset, lse, lseOffset);
            run(ws, executor);
        } finally {
            ws.end();
        }
    }

    @Override
    public void attention(AttentionShape shape, AttentionOptions options, MemorySegment q, long qOffset,
            MemorySegment k, long kOffset, MemorySegment v, long vOffset, MemorySegment o, long oOffset,
            MemorySegment lse, long lseOffset, AttentionWorkspace workspace, Executor executor) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(options, "options");
        Checks.range("q", q.byteSize() / Float.BYTES, "qOffset", qOffset, shape.queryElements());
        Checks.range("k", k.byteSize() / Float.BYTES, "kOffset", kOffset, shape.keyElements());
        Checks.range("v", v.byteSize() / Float.BYTES, "vOffset", vOffset, shape.valueElements());
        Checks.range("o", o.byteSize() / Float.BYTES, "oOffset", oOffset, shape.outputElements());
        if (o.isReadOnly()) {
            throw new IllegalArgumentException("o is a read-only segment; the output must be writable");
        }
        if (lse != null) {
            Checks.range("lse", lse.byteSize() / Float.BYTES, "lseOffset", lseOffset, shape.rows());
            if (lse.isReadOnly()) {
                throw new IllegalArgumentException("lse is a read-only segment; the output must be writable");
            }
        }
        Outputs.checkSegments(q, qOffset, shape.queryElements(), k, kOffset, shape.keyElements(), v, vOffset,
                shape.valueElements(), o, oOffset, shape.outputElements(), lse, lseOffset, shape.rows());
        checkOptions(shape, options);
        AttentionWorkspace ws = workspaceFor(shape, workspace);

        ws.begin();
        try {
            ws.call.bindPacked(shape, options);
            ws.call.bindSegments(q, qOffset, k, kOffset, v, vOffset, o, oOffset, lse, lseOffset);
            run(ws, executor);
        } finally {
            ws.end();
        }
    }

    /**
     * Runs a call whose operands the caller already bound into {@code ws.call}, for layouts other than
     * the packed one (the key/value cache). The caller has validated every range and called
     * {@code ws.begin()}.
     */
    void runBound(AttentionWorkspace ws, Executor executor) {
        run(ws, executor);
    }

    static void checkOptions(AttentionShape shape, AttentionOptions options) {
        checkOptions(shape.batch(), shape.lq(), shape.lk(), options);
    }

    static void checkOptions(int batch, int lq, int lk, AttentionOptions options) {
        long maskElements = (long) batch * lq * lk;
        if (options.mask() != null) {
            Checks.range("mask", options.mask().length, "maskOffset", options.maskOffset(), maskElements);
        }
        if (options.bias() != null) {
            Checks.range("bias", options.bias().length, "biasOffset", options.biasOffset(), maskElements);
        }
        int[] lengths = options.keyLengths();
        if (lengths != null) {
            if (lengths.length != batch) {
                throw new IllegalArgumentException("keyLengths.length = " + lengths.length + " but batch = "
                        + batch + "; give one key length per sequence");
            }
            for (int b = 0; b < lengths.length; b++) {
                if (lengths[b] < 0 || lengths[b] > lk) {
                    throw new IllegalArgumentException("keyLengths[" + b + "] = " + lengths[b]
                            + " is outside 0.." + lk);
                }
            }
        }
    }

    static AttentionWorkspace workspaceFor(AttentionShape shape, AttentionWorkspace workspace) {
        return workspaceFor(shape.d(), shape.dv(), workspace);
    }

    static AttentionWorkspace workspaceFor(int d, int dv, AttentionWorkspace workspace) {
        if (workspace == null) {
            return new AttentionWorkspace(d, dv, 1);
        }
        if (d > workspace.maxD() || dv > workspace.maxDv()) {
            throw new IllegalArgumentException("the workspace fits d <= " + workspace.maxD() + " and dv <= "
                    + workspace.maxDv() + " but the call has d = " + d + ", dv = " + dv
                    + "; create it with AttentionWorkspace.forShape(shape, slots)");
        }
        return workspace;
    }

    private void run(AttentionWorkspace ws, Executor executor) {
        Call call = ws.call;
        int chunkRows = ws.chunkRows();

        // Query heads that share a key/value head go into one chunk, so each key tile is read once for
        // all of them. A decoding step of grouped-query attention then streams the cache once.
        call.headsPerTask = call.groupSize <= chunkRows ? call.groupSize : 1;
        call.rowsPerHead = Math.max(1, Math.min(call.lq, chunkRows / call.headsPerTask));
        call.chunks = (call.lq + call.rowsPerHead - 1) / call.rowsPerHead;
        call.headBlocks = call.heads / call.headsPerTask;
        int tasks = call.batch * call.headBlocks * call.chunks;
        if (tasks == 0) {
            return;
        }
        int workers = executor == null ? 1 : Math.min(ws.slots(), tasks);
        if (workers == 1) {
            for (int t = 0; t < tasks; t++) {
                runTask(call, ws.slot(0), t);
            }
            return;
        }
        runParallel(ws, executor, workers, tasks);
    }

    private static final int HELPER_PENDING = 0;
    private static final int HELPER_RUNNING = 1;
    private static final int HELPER_ABANDONED = 2;

    private void runParallel(AttentionWorkspace ws, Executor executor, int workers, int tasks) {
        // Tasks are claimed from a shared counter, so a slow or late worker only takes fewer tasks.
        ws.nextTask.set(0);
        ws.failure.set(null);
        CountDownLatch helpersDone = new CountDownLatch(workers - 1);
        AtomicInteger[] helperStates = new AtomicInteger[workers];
        for (int w = 1; w < workers; w++) {
            AttentionWorkspace.Slot slot = ws.slot(w);
            AtomicInteger state = new AtomicInteger(HELPER_PENDING);
            helperStates[w] = state;
            Runnable helper = () -> {
                // A helper that starts after the caller gave up on it must not touch the workspace,
                // which may already serve the next call.
                if (!state.compareAndSet(HELPER_PENDING, HELPER_RUNNING)) {
                    return;
                }
                try {
                    drain(ws, slot, tasks);
                } finally {
                    helpersDone.countDown();
                }
            };
            try {
                executor.execute(helper);
            } catch (RejectedExecutionException e) {
                // The calling thread drains the remaining tasks alone.
                if (state.compareAndSet(HELPER_PENDING, HELPER_ABANDONED)) {
                    helpersDone.countDown();
                }
            }
        }
        drain(ws, ws.slot(0), tasks);

        // Every task is claimed now. Helpers that have not started are abandoned, so an executor that
        // drops, delays or never runs a task cannot make this call wait for it.
        for (int w = 1; w < workers; w++) {
            if (helperStates[w].compareAndSet(HELPER_PENDING, HELPER_ABANDONED)) {
                helpersDone.countDown();
            }
        }

        boolean interrupted = false;
        while (true) {
            try {
                helpersDone.await();
                break;
            } catch (InterruptedException e) {
                // The workspace stays in use until every helper returns, so keep waiting.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable failure = ws.failure.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException("an attention task failed", failure);
        }
    }

    private void drain(AttentionWorkspace ws, AttentionWorkspace.Slot slot, int tasks) {
        try {
            for (int t = ws.nextTask.getAndIncrement(); t < tasks && ws.failure.get() == null;
                    t = ws.nextTask.getAndIncrement()) {
                runTask(ws.call, slot, t);
            }
        } catch (Throwable e) {
            ws.failure.compareAndSet(null, e);
        }
    }

    private void runTask(Call c, AttentionWorkspace.Slot slot, int task) {
        int chunk = task % c.chunks;
        int headBlock = (task / c.chunks) % c.headBlocks;
        int batch = task / c.chunks / c.headBlocks;
        int firstRow = chunk * c.rowsPerHead;
        int rowsPerHead = Math.min(c.rowsPerHead, c.lq - firstRow);
        attendChunk(c, slot, batch, headBlock * c.headsPerTask, firstRow, rowsPerHead);
    }

    /**
     * Attends query rows {@code [firstRow, firstRow + rowsPerHead)} of heads {@code firstHead …
     * firstHead + headsPerTask − 1}, which share one key/value head. Chunk row r is query row
     * {@code firstRow + r % rowsPerHead} of head {@code firstHead + r / rowsPerHead}.
     */
    private void attendChunk(Call c, AttentionWorkspace.Slot slot, int batch, int firstHead, int firstRow,
            int rowsPerHead) {
        int d = c.d;
        int dv = c.dv;
        int heads = c.headsPerTask;
        int rows = heads * rowsPerHead;
        int kvHead = firstHead / c.groupSize;
        long kBase = c.kOffset + batch * c.kBatchStride + kvHead * c.kHeadStride;
        long vBase = c.vOffset + batch * c.vBatchStride + kvHead * c.vHeadStride;

        // Query chunk into the workspace. Dot-product logits take the scale here, once per element.
        for (int h = 0; h < heads; h++) {
            long qBase = c.qOffset + batch * c.qBatchStride + (firstHead + h) * c.qHeadStride + (long) firstRow * d;
            load(c.qArray, c.qSegment, qBase, slot.q, h * rowsPerHead * d, rowsPerHead * d);
        }
        if (c.score == Score.DOT_PRODUCT) {
            if (c.scale != 1f) {
                ops.scale(slot.q, 0, rows * d, c.scale);
            }
        } else {
            for (int r = 0; r < rows; r++) {
                slot.queryNorm[r] = squaredNorm(slot.q, r * d, d);
            }
        }

        // Visible key range of each row; the chunk walks only the union of these ranges.
        int firstKey = c.lk;
        int endKey = 0;
        int keyLimit = c.keyLengths == null ? c.lk : c.keyLengths[batch];
        for (int r = 0; r < rows; r++) {
            slot.queryRow[r] = firstRow + r % rowsPerHead;
            long position = (long) c.lk - c.lq + slot.queryRow[r];
            long from = 0;
            long to = keyLimit;
            if (c.causal) {
                to = Math.min(to, position + 1);
            }
            if (c.windowRadius >= 0) {
                from = Math.max(from, position - c.windowRadius);
                to = Math.min(to, position + c.windowRadius + 1);
            }
            from = Math.min(from, c.lk);
            to = Math.max(to, from);
            slot.keyFrom[r] = (int) from;
            slot.keyTo[r] = (int) to;
            if (from < to) {
                firstKey = Math.min(firstKey, (int) from);
                endKey = Math.max(endKey, (int) to);
            }
            slot.rowMax[r] = Float.NEGATIVE_INFINITY;
            slot.rowSum[r] = 0f;
        }
        Arrays.fill(slot.o, 0, rows * dv, 0f);

        // A few query rows (decoding) read the key rows directly. Transposing a tile costs about as much
        // as the dot products of ten rows (an estimate from the copy and FMA counts), so it starts at 16.
        boolean transposed = rows >= 4 * ROW_BLOCK;
        for (int tileStart = firstKey; tileStart < endKey; tileStart += KEY_TILE) {
            int keys = Math.min(KEY_TILE, endKey - tileStart);
            float[] keyRows;
            int keyRowsOffset;
            float[] valueRows;
            int valueRowsOffset;
            if (c.kArray != null) {
                keyRows = c.kArray;
                keyRowsOffset = (int) (kBase + (long) tileStart * d);
                valueRows = c.vArray;
                valueRowsOffset = (int) (vBase + (long) tileStart * dv);
            } else {
                load(null, c.kSegment, kBase + (long) tileStart * d, slot.keyStage, 0, keys * d);
                load(null, c.vSegment, vBase + (long) tileStart * dv, slot.valueStage, 0, keys * dv);
                keyRows = slot.keyStage;
                keyRowsOffset = 0;
                valueRows = slot.valueStage;
                valueRowsOffset = 0;
            }
            if (transposed) {
                ops.transpose(keys, d, keyRows, keyRowsOffset, d, slot.keysTransposed, 0, KEY_TILE);
            }
            if (c.score == Score.NEGATIVE_SQUARED_DISTANCE) {
                for (int j = 0; j < keys; j++) {
                    slot.keyNorm[j] = squaredNorm(keyRows, keyRowsOffset + j * d, d);
                }
            }

            for (int blockStart = 0; blockStart < rows; blockStart += ROW_BLOCK) {
                int blockRows = Math.min(ROW_BLOCK, rows - blockStart);
                attendBlock(c, slot, batch, blockStart, blockRows, tileStart, keys, transposed, keyRows,
                        keyRowsOffset, valueRows, valueRowsOffset);
            }
        }

        finish(c, slot, rows);
        for (int h = 0; h < heads; h++) {
            long oBase = c.oOffset + batch * c.oBatchStride + (firstHead + h) * c.oHeadStride + (long) firstRow * dv;
            store(slot.o, h * rowsPerHead * dv, c.oArray, c.oSegment, oBase, rowsPerHead * dv);
        }
        if (c.lseArray != null || c.lseSegment != null) {
            for (int r = 0; r < rows; r++) {
                int head = firstHead + r / rowsPerHead;
                long index = c.lseOffset + batch * c.lseBatchStride + head * c.lseHeadStride + slot.queryRow[r];
                float value = slot.rowMax[r] == Float.NEGATIVE_INFINITY
                        ? Float.NEGATIVE_INFINITY
                        : (float) (slot.rowMax[r] + Math.log(slot.rowSum[r]));
                if (c.lseArray != null) {
                    c.lseArray[(int) index] = value;
                } else {
                    c.lseSegment.setAtIndex(FLOAT, index, value);
                }
            }
        }
    }

    private void attendBlock(Call c, AttentionWorkspace.Slot slot, int batch, int blockStart,
            int blockRows, int tileStart, int keys, boolean transposed, float[] keyRows, int keyRowsOffset,
            float[] valueRows, int valueRowsOffset) {
        int tileEnd = tileStart + keys;
        boolean anyVisible = false;
        boolean whole = !c.elementMask;
        for (int i = 0; i < blockRows; i++) {
            int from = Math.max(slot.keyFrom[blockStart + i], tileStart);
            int to = Math.min(slot.keyTo[blockStart + i], tileEnd);
            anyVisible |= from < to;
            whole &= from == tileStart && to == tileEnd;
        }
        if (!anyVisible) {
            return;
        }

        // Scores of the block against the tile.
        float[] s = slot.scores;
        if (transposed) {
            ops.multiply(blockRows, keys, c.d, slot.q, blockStart * c.d, c.d, slot.keysTransposed, 0, KEY_TILE, s, 0,
                    KEY_TILE, false);
        } else {
            for (int i = 0; i < blockRows; i++) {
                ops.dotRows(keys, c.d, slot.q, (blockStart + i) * c.d, keyRows, keyRowsOffset, c.d, s, i * KEY_TILE);
            }
        }

        // Online softmax update of each row over its visible part of the tile.
        for (int i = 0; i < blockRows; i++) {
            int r = blockStart + i;
            int from = Math.max(slot.keyFrom[r], tileStart) - tileStart;
            int to = Math.min(slot.keyTo[r], tileEnd) - tileStart;
            slot.active[i] = false;
            slot.maskedKeys[i] = 0L;
            if (from >= to) {
                continue;
            }
            int rowOffset = i * KEY_TILE;
            if (c.score == Score.NEGATIVE_SQUARED_DISTANCE) {
                float queryNorm = slot.queryNorm[r];
                for (int j = from; j < to; j++) {
                    s[rowOffset + j] = c.scale * (2f * s[rowOffset + j] - queryNorm - slot.keyNorm[j]);
                }
            }
            if (c.elementMask) {
                slot.maskedKeys[i] = applyElementMask(c, s, rowOffset, batch, slot.queryRow[r], tileStart, from, to);
            }

            // Once a row has a running maximum, most tiles do not raise it. A compare pass without a
            // lane reduction checks that, and only a tile that raises it or contains a NaN pays for
            // the maximum. Either way newMax equals what the full maximum would give.
            float oldMax = slot.rowMax[r];
            float tileMax = ops.allAtMost(s, rowOffset + from, to - from, oldMax)
                    ? oldMax
                    : ops.max(s, rowOffset + from, to - from);
            float newMax = Math.max(oldMax, tileMax);
            if (newMax == Float.NEGATIVE_INFINITY) {
                continue;
            }
            float rescale = oldMax == newMax ? 1f : (float) Math.exp(oldMax - newMax);
            float tileSum = ops.expShiftSum(s, rowOffset + from, to - from, newMax);
            slot.rowSum[r] = slot.rowSum[r] * rescale + tileSum;
            slot.rowMax[r] = newMax;
            if (rescale != 1f) {
                ops.scale(slot.o, r * c.dv, c.dv, rescale);
            }
            slot.active[i] = true;
        }

        // Weighted value rows: one product for the whole block when every row sees the whole tile.
        boolean allActive = true;
        for (int i = 0; i < blockRows; i++) {
            allActive &= slot.active[i];
        }
        if (whole && allActive) {
            ops.multiply(blockRows, c.dv, keys, s, 0, KEY_TILE, valueRows, valueRowsOffset, c.dv, slot.o,
                    blockStart * c.dv, c.dv, true);
            return;
        }
        for (int i = 0; i < blockRows; i++) {
            if (!slot.active[i]) {
                continue;
            }
            int r = blockStart + i;
            int from = Math.max(slot.keyFrom[r], tileStart) - tileStart;
            int to = Math.min(slot.keyTo[r], tileEnd) - tileStart;
            long masked = slot.maskedKeys[i];
            if (masked == 0L) {
                ops.multiply(1, c.dv, to - from, s, i * KEY_TILE + from, KEY_TILE, valueRows,
                        valueRowsOffset + from * c.dv, c.dv, slot.o, r * c.dv, c.dv, true);
                continue;
            }
            // Masked keys are skipped, so a NaN or ∞ in their value rows cannot reach the output.
            for (int j = from; j < to; j++) {
                if ((masked & (1L << j)) == 0) {
                    ops.axpy(s[i * KEY_TILE + j], valueRows, valueRowsOffset + j * c.dv, slot.o, r * c.dv, c.dv);
                }
            }
        }
    }

    /**
     * Applies the boolean mask and the additive bias to one row of scores over tile keys
     * {@code [from, to)}, and returns the bit set of masked keys. A masked key's score becomes −∞
     * whatever its dot product was, so a NaN key row cannot turn the row into NaN.
     */
    private static long applyElementMask(Call c, float[] s, int rowOffset, int batch, int row, int tileStart,
            int from, int to) {
        long masked = 0L;
        long base = ((long) batch * c.lq + row) * c.lk + tileStart;
        for (int j = from; j < to; j++) {
            boolean keep = c.mask == null || c.mask[(int) (c.maskOffset + base + j)];
            float bias = c.bias == null ? 0f : c.bias[(int) (c.biasOffset + base + j)];
            if (!keep || bias == Float.NEGATIVE_INFINITY) {
                s[rowOffset + j] = Float.NEGATIVE_INFINITY;
                masked |= 1L << j;
            } else {
                s[rowOffset + j] += bias;
            }
        }
        return masked;
    }

    /** Divides each row by its sum (softmax) or multiplies it by exp(rowMax) (unnormalized). */
    private void finish(Call c, AttentionWorkspace.Slot slot, int rows) {
        int dv = c.dv;
        for (int r = 0; r < rows; r++) {
            float max = slot.rowMax[r];
            if (max == Float.NEGATIVE_INFINITY) {
                // No visible key: zeros, never 0/0.
                Arrays.fill(slot.o, r * dv, (r + 1) * dv, 0f);
            } else if (c.normalization == Normalization.SOFTMAX) {
                ops.scale(slot.o, r * dv, dv, 1f / slot.rowSum[r]);
            } else {
                // exp(max) may overflow float while the product does not, so scale in double.
                double factor = Math.exp(max);
                for (int j = r * dv; j < (r + 1) * dv; j++) {
                    slot.o[j] = (float) (slot.o[j] * factor);
                }
            }
        }
    }

    private static float squaredNorm(float[] x, int offset, int n) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum = Math.fma(x[offset + i], x[offset + i], sum);
        }
        return sum;
    }

    private static void load(float[] array, MemorySegment segment, long offset, float[] target, int targetOffset,
            int n) {
        if (array != null) {
            System.arraycopy(array, (int) offset, target, targetOffset, n);
        } else {
            MemorySegment.copy(segment, FLOAT, offset * Float.BYTES, target, targetOffset, n);
        }
    }

    private static void store(float[] source, int sourceOffset, float[] array, MemorySegment segment, long offset,
            int n) {
        if (array != null) {
            System.arraycopy(source, sourceOffset, array, (int) offset, n);
        } else {
            MemorySegment.copy(source, sourceOffset, segment, FLOAT, offset * Float.BYTES, n);
        }
    }

    /**
     * The operands and settings of the running call, kept in the workspace so that a call allocates
     * nothing. Exactly one of each array/segment pair is set. Strides count floats.
     */
    static final class Call {
        int batch;
        int heads;
        int groupSize;
        int lq;
        int lk;
        int d;
        int dv;
        float scale;
        Score score;
        Normalization normalization;
        boolean causal;
        int windowRadius;
        int[] keyLengths;
        boolean elementMask;
        boolean[] mask;
        int maskOffset;
        float[] bias;
        int biasOffset;

        float[] qArray;
        float[] kArray;
        float[] vArray;
        float[] oArray;
        float[] lseArray;
        MemorySegment qSegment;
        MemorySegment kSegment;
        MemorySegment vSegment;
        MemorySegment oSegment;
        MemorySegment lseSegment;
        long qOffset;
        long kOffset;
        long vOffset;
        long oOffset;
        long lseOffset;
        long qBatchStride;
        long qHeadStride;
        long kBatchStride;
        long kHeadStride;
        long vBatchStride;
        long vHeadStride;
        long oBatchStride;
        long oHeadStride;
        long lseBatchStride;
        long lseHeadStride;

        /** Query heads per task: the whole group sharing a key/value head when it fits a chunk, else 1. */
        int headsPerTask;
        /** Query rows of each head in a full chunk. */
        int rowsPerHead;
        /** Chunks of query rows per head block. */
        int chunks;
        /** Blocks of headsPerTask query heads per sequence. */
        int headBlocks;

        /** Sets the shape, the options and the strides of the packed layouts of {@link AttentionShape}. */
        void bindPacked(AttentionShape shape, AttentionOptions options) {
            bindShape(shape, options);
            qHeadStride = (long) lq * d;
            qBatchStride = heads * qHeadStride;
            kHeadStride = (long) lk * d;
            kBatchStride = shape.kvHeads() * kHeadStride;
            vHeadStride = (long) lk * dv;
            vBatchStride = shape.kvHeads() * vHeadStride;
            oHeadStride = (long) lq * dv;
            oBatchStride = heads * oHeadStride;
            lseHeadStride = lq;
            lseBatchStride = (long) heads * lq;
        }

        void bindShape(AttentionShape shape, AttentionOptions options) {
            bindShape(shape.batch(), shape.heads(), shape.kvHeads(), shape.lq(), shape.lk(), shape.d(), shape.dv(),
                    options);
        }

        void bindShape(int batch, int heads, int kvHeads, int lq, int lk, int d, int dv, AttentionOptions options) {
            this.batch = batch;
            this.heads = heads;
            this.groupSize = heads / kvHeads;
            this.lq = lq;
            this.lk = lk;
            this.d = d;
            this.dv = dv;
            scale = options.scale(d);
            score = options.score();
            normalization = options.normalization();
            causal = options.causal();
            windowRadius = options.windowRadius();
            keyLengths = options.keyLengths();
            elementMask = options.hasElementMask();
            mask = options.mask();
            maskOffset = options.maskOffset();
            bias = options.bias();
            biasOffset = options.biasOffset();
        }

        void bindArrays(float[] q, int qOff, float[] k, int kOff, float[] v, int vOff, float[] o, int oOff, float[] lse,
                int lseOff) {
            qArray = q;
            kArray = k;
            vArray = v;
            oArray = o;
            lseArray = lse;
            qOffset = qOff;
            kOffset = kOff;
            vOffset = vOff;
            oOffset = oOff;
            lseOffset = lseOff;
        }

        void bindSegments(MemorySegment q, long qOff, MemorySegment k, long kOff, MemorySegment v, long vOff,
                MemorySegment o, long oOff, MemorySegment lse, long lseOff) {
            qSegment = q;
            kSegment = k;
            vSegment = v;
            oSegment = o;
            lseSegment = lse;
            qOffset = qOff;
            kOffset = kOff;
            vOffset = vOff;
            oOffset = oOff;
            lseOffset = lseOff;
        }

        /** Drops every reference, so the workspace does not keep the caller's arrays alive. */
        void clear() {
            keyLengths = null;
            mask = null;
            bias = null;
            qArray = kArray = vArray = oArray = lseArray = null;
            qSegment = kSegment = vSegment = oSegment = lseSegment = null;
        }
    }
}
