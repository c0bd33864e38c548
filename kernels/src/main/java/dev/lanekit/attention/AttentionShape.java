package dev.lanekit.attention;

/**
 * The sizes of one attention call: {@code batch} independent sequences, {@code heads} query heads
 * sharing {@code kvHeads} key/value heads (grouped-query attention; {@code kvHeads == heads} is plain
 * multi-head attention, {@code kvHeads == 1} multi-query attention), {@code lq} query rows and
 * {@code lk} key rows per sequence, head dimension {@code d} of queries and keys, {@code dv} of values.
 *
 * <p>Packed row-major layouts, offsets counted in floats: Q is {@code [batch][heads][lq][d]}, K is
 * {@code [batch][kvHeads][lk][d]}, V is {@code [batch][kvHeads][lk][dv]}, O is
 * {@code [batch][heads][lq][dv]} and the optional log-sum-exp output is {@code [batch][heads][lq]}.
 * Query head h reads key/value head {@code h / (heads / kvHeads)}.
 *
 * @param batch the number of independent sequences
 * @param heads the number of query heads
 * @param kvHeads the number of key and value heads, a divisor of {@code heads}
 * @param lq the number of query rows per head
 * @param lk the number of key and value rows per head
 * @param d the query and key head dimension
 * @param dv the value head dimension
 */
public record AttentionShape(int batch, int heads, int kvHeads, int lq, int lk, int d, int dv) {

    /**
     * Validates the sizes.
     *
     * @throws IllegalArgumentException when batch, heads or kvHeads is not positive, kvHeads does not
     *         divide heads, or a length or dimension is negative
     */
    public AttentionShape {
        if (batch < 1) {
            throw new IllegalArgumentException("batch = " + batch + "; it must be >= 1");
        }
        if (heads < 1) {
            throw new IllegalArgumentException("heads = " + heads + "; it must be >= 1");
        }
        if (kvHeads < 1 || heads % kvHeads != 0) {
            throw new IllegalArgumentException("kvHeads = " + kvHeads + " does not divide heads = " + heads
                    + "; grouped-query attention needs heads to be a multiple of kvHeads");
        }
        requireNonNegative("lq", lq);
        requireNonNegative("lk", lk);
        requireNonNegative("d", d);
        requireNonNegative("dv", dv);
    }

    /**
     * {@return the shape of one sequence with one head}
     *
     * @param lq the number of query rows per head
     * @param lk the number of key and value rows per head
     * @param d the query and key head dimension
     * @param dv the value head dimension
     */
    public static AttentionShape single(int lq, int lk, int d, int dv) {
        return new AttentionShape(1, 1, 1, lq, lk, d, dv);
    }

    /**
     * {@return the shape of one sequence with {@code heads} query heads and as many key/value heads}
     *
     * @param heads the number of query heads
     * @param lq the number of query rows per head
     * @param lk the number of key and value rows per head
     * @param d the query and key head dimension
     * @param dv the value head dimension
     */
    public static AttentionShape multiHead(int heads, int lq, int lk, int d, int dv) {
        return new AttentionShape(1, heads, heads, lq, lk, d, dv);
    }

    /** {@return the number of floats in Q} */
    public long queryElements() {
        return (long) batch * heads * lq * d;
    }

    /** {@return the number of floats in K} */
    public long keyElements() {
        return (long) batch * kvHeads * lk * d;
    }

    /** {@return the number of floats in V} */
    public long valueElements() {
        return (long) batch * kvHeads * lk * dv;
    }

    /** {@return the number of floats in O} */
    public long outputElements() {
        return (long) batch * heads * lq * dv;
    }

    /** {@return the number of rows of the log-sum-exp output, {@code batch · heads · lq}} */
    public long rows() {
        return (long) batch * heads * lq;
    }

    /** {@return the number of query heads that share one key/value head} */
    public int groupSize() {
        return heads / kvHeads;
    }

    /** {@return the flops of the unmasked computation, 2·lq·lk·(d + dv) per head, as benchmarks count them} */
    public double flops() {
        return 2.0 * batch * heads * lq * (double) lk * (d + dv);
    }

    private static void requireNonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " = " + value + " is negative; it must be >= 0");
        }
    }
}
