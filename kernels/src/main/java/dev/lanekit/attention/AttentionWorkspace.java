package dev.lanekit.attention;

import dev.lanekit.internal.Checks;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scratch memory for attention calls, so that a call with a workspace allocates nothing on the calling
 * thread. A workspace contains one slot per thread that may work on a call. Each slot keeps a chunk of
 * query rows with their output accumulators and one key tile, so its size depends on the head
 * dimensions and the number of slots, never on the sequence lengths. Chunks are sized so that the whole
 * workspace stays within {@value #DEFAULT_BUDGET_BYTES} bytes (2 MiB); only when one key tile per slot
 * and chunks of 4 rows already exceed that (head dimensions in the thousands) does it grow past it.
 *
 * <p>A workspace serves one call at a time: a second call that starts while one is running raises
 * {@link IllegalStateException}. Reuse it across calls freely.
 */
public final class AttentionWorkspace {

    /** Keys per tile. 64 keys × 64 dimensions of transposed keys and 64 value rows fit L1 together. */
    static final int KEY_TILE = 64;
    /** Query rows per block of the score and value products (the register block of the GEMM tiles). */
    static final int ROW_BLOCK = 4;
    /** Default memory budget of a whole workspace, in bytes. */
    public static final long DEFAULT_BUDGET_BYTES = 2L << 20;

    private static final int MAX_CHUNK_ROWS = 512;

    private final int maxD;
    private final int maxDv;
    private final int chunkRows;
    private final Slot[] slots;
    final TiledAttention.Call call = new TiledAttention.Call();
    final AtomicInteger nextTask = new AtomicInteger();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    /**
     * Creates a workspace for head dimensions up to {@code maxD} (queries and keys) and {@code maxDv}
     * (values), for up to {@code slots} threads, within {@link #DEFAULT_BUDGET_BYTES}.
     *
     * @param maxD the largest query and key head dimension the workspace serves
     * @param maxDv the largest value head dimension the workspace serves
     * @param slots the number of threads that may work on one call, at least 1
     * @throws IllegalArgumentException when a dimension is negative or too large for the key tiles, or
     *     slots is not positive
     */
    public AttentionWorkspace(int maxD, int maxDv, int slots) {
        if (maxD < 0 || maxDv < 0) {
            throw new IllegalArgumentException("maxD = " + maxD + ", maxDv = " + maxDv + "; both must be >= 0");
        }
        if (slots < 1 || slots > Checks.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("slots = " + slots + "; it must be in 1.." + Checks.MAX_ARRAY_LENGTH);
        }
        // The key tiles hold KEY_TILE rows of the widest dimension; past the array limit the int sizes wrap.
        long widest = (long) KEY_TILE * Math.max(maxD, maxDv);
        if (widest > Checks.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("maxD = " + maxD + ", maxDv = " + maxDv + " need key tiles of "
                    + KEY_TILE + " × " + Math.max(maxD, maxDv) + " floats, more than a Java array holds; both must be <= "
                    + Checks.MAX_ARRAY_LENGTH / KEY_TILE);
        }
        this.maxD = maxD;
        this.maxDv = maxDv;
        this.chunkRows = chunkRows(maxD, maxDv, slots);
        this.slots = new Slot[slots];
        for (int s = 0; s < slots; s++) {
            this.slots[s] = new Slot(maxD, maxDv, chunkRows);
        }
    }

    /**
     * {@return a workspace that fits {@code shape} for up to {@code slots} threads}
     *
     * @param shape the batch, head and sequence sizes and the layout
     * @param slots the number of threads that may work on one call, at least 1
     */
    public static AttentionWorkspace forShape(AttentionShape shape, int slots) {
        return new AttentionWorkspace(shape.d(), shape.dv(), slots);
    }

    /** {@return the largest query and key dimension this workspace fits} */
    public int maxD() {
        return maxD;
    }

    /** {@return the largest value dimension this workspace fits} */
    public int maxDv() {
        return maxDv;
    }

    /** {@return the number of threads that can work on one call} */
    public int slots() {
        return slots.length;
    }

    /**
     * Returns the query rows one task processes; chunks of a head are the unit of parallel work.
     *
     * @return the query rows one task processes
     */
    public int chunkRows() {
        return chunkRows;
    }

    /** {@return the bytes held by the scratch arrays} */
    public long bytes() {
        long total = 0;
        for (Slot slot : slots) {
            total += slot.bytes();
        }
        return total;
    }

    Slot slot(int index) {
        return slots[index];
    }

    void begin() {
        if (!busy.compareAndSet(false, true)) {
            throw new IllegalStateException("this AttentionWorkspace is already in use by another call; "
                    + "give each concurrent call its own workspace");
        }
    }

    void end() {
        call.clear();
        busy.set(false);
    }

    private static int chunkRows(int d, int dv, int slots) {
        long budgetFloats = DEFAULT_BUDGET_BYTES / 4 / slots;
        long tileFloats = (long) KEY_TILE * (2L * d + dv + 2) + 4L * ROW_BLOCK * KEY_TILE;
        long perRow = (long) d + dv + 7;
        long rows = (budgetFloats - tileFloats) / perRow;
        rows -= rows % ROW_BLOCK;
        return (int) Math.max(ROW_BLOCK, Math.min(MAX_CHUNK_ROWS, rows));
    }

    /** The scratch arrays of one thread. */
    static final class Slot {
        /** Query chunk, row-major chunkRows × d, pre-scaled for dot-product scores. */
        final float[] q;
        /** Output accumulators, chunkRows × dv. */
        final float[] o;
        /** Running maximum logit of each row; −∞ until a key is seen. */
        final float[] rowMax;
        /** Running sum of exp(logit − rowMax) of each row. */
        final float[] rowSum;
        /** Squared norm of each query row, for ℓ2 scores. */
        final float[] queryNorm;
        /** Query row index (within its head) of each chunk row. */
        final int[] queryRow;
        /** First visible key of each row, inclusive. */
        final int[] keyFrom;
        /** Last visible key of each row, exclusive. */
        final int[] keyTo;
        /** Key tile copied from a memory segment, KEY_TILE × d. */
        final float[] keyStage;
        /** Transposed key tile, d × KEY_TILE. */
        final float[] keysTransposed;
        /** Value tile copied from a memory segment, KEY_TILE × dv. */
        final float[] valueStage;
        /** Squared norm of each key of the tile, for ℓ2 scores. */
        final float[] keyNorm;
        /** Scores, then weights, of one row block, ROW_BLOCK × KEY_TILE. */
        final float[] scores;
        /** Per row of the block: bit j set when key j of the tile is masked inside the row's range. */
        final long[] maskedKeys = new long[ROW_BLOCK];
        /** Per row of the block: whether the row takes part in the value product for this tile. */
        final boolean[] active = new boolean[ROW_BLOCK];

        Slot(int d, int dv, int chunkRows) {
            q = new float[chunkRows * d];
            o = new float[chunkRows * dv];
            rowMax = new float[chunkRows];
            rowSum = new float[chunkRows];
            queryNorm = new float[chunkRows];
            queryRow = new int[chunkRows];
            keyFrom = new int[chunkRows];
            keyTo = new int[chunkRows];
            keyStage = new float[KEY_TILE * d];
            keysTransposed = new float[KEY_TILE * d];
            valueStage = new float[KEY_TILE * dv];
            keyNorm = new float[KEY_TILE];
            scores = new float[ROW_BLOCK * KEY_TILE];
        }

        long bytes() {
            return 4L * (q.length + o.length + rowMax.length + rowSum.length + queryNorm.length + queryRow.length + keyFrom.length
                    + keyTo.length + keyStage.length + keysTransposed.length + valueStage.length + keyNorm.length
                    + scores.length) + 8L * ROW_BLOCK + ROW_BLOCK;
        }
    }
}
