package dev.lanekit.taylor;

import dev.lanekit.internal.Checks;
import dev.lanekit.provider.Implementation;
import java.util.Arrays;
import java.util.Objects;

/**
 * Taylor attention of order p in linear time: softmax attention with exp(s) replaced by its Taylor
 * polynomial T_p(s) = Σ_{z≤p} s^z/z!, where s = q·k/√d. For every query row i,
 * {@code y_i = Σ_j T_p(s_ij)·v_j / Σ_j T_p(s_ij)}, computed through the feature maps of
 * {@link MonomialBasis} as φ_Q·(φ_Kᵀ·V) normalized by φ_Q·(φ_Kᵀ·1), which costs O(n·D·dv) with
 * D = C(d+p, p) instead of the O(n²·d) of exact attention ("On the Computational Complexity of
 * Self-Attention", Keles, Wijewardena, Hegde, ALT 2023, Theorem 10 and Corollary 11).
 *
 * <p>Causal attention keeps the prefix state S_t = Σ_{j≤t} φ_K(k_j)·v_jᵀ and z_t = Σ_{j≤t} φ_K(k_j)
 * and runs in chunks of {@link #chunk()} tokens: a chunk's queries read the state of the earlier
 * chunks (one dense product), the pairs inside the chunk are evaluated directly as T_p(q·k) under the
 * causal mask, and then the chunk's keys join the state (a second dense product). The pairs inside the
 * chunks add O(n·c·(d + dv)) per head, with c the chunk length.
 *
 * <p>Layout, head-major as in {@code dev.lanekit.attention.AttentionShape}: {@code q} and {@code k} are
 * {@code [heads][n][d]}, {@code v} and {@code out} are {@code [heads][n][dv]}, row-major from index 0.
 * The scale 1/√d is applied as d^{−1/4} to each of q and k before the map.
 *
 * <p>Semantics, shared with exact attention. {@code keyMask[j] == false} removes key j from every
 * head, like a false entry of the boolean mask of exact attention: its {@code k} and {@code v} rows are
 * never read, so a NaN there cannot leak. A query row with no remaining key (every key masked, or
 * before the first kept key in causal mode) gets zeros. A NaN or ±∞ in a kept key or value row
 * propagates to the outputs it reaches. Denominators: for even p every
 * weight is positive (T_2(s) ≥ 1/2, and T_p(s) > 0 for every even p), so the denominator of a row with
 * a kept key is positive. For odd p, T_p has a real root (T_1(−1) = 0, T_3(−2) = −1/3): a row whose
 * denominator is not positive is written as NaN and counted in the value that
 * {@link #attention} returns, never as a silent ±∞.
 *
 * <p>Accuracy. Against exact softmax attention the error is the truncation of exp: when every scaled
 * score lies in [−R, R] and η = e^R·R^{p+1}/(p+1)! &lt; 1, ‖Ŷ − Y‖_max ≤ 2η/(1 − η)·‖V‖_max
 * ({@link TaylorBounds}, which also picks p for a target error). Against the same polynomial evaluated in
 * double, the properties in {@code lanekit-proofs} hold each output row within the float rounding of its
 * weights, γ_m·(1 + a)·T_p(a) per weight with a the absolute score and m = D + n + d + 6p + 16 roundings,
 * carried through the quotient. The scalar and SIMD kernels sum in different orders, so they agree
 * within that bound, not bit for bit.
 *
 * <p>Memory: an instance owns its workspace, sized once in {@link #create}: two feature blocks of
 * D × chunk floats, the D × dv state and a few chunk-sized buffers ({@link #requiredBytes}). A
 * configuration over the limit is rejected before anything is allocated. Calls allocate nothing (but
 * see the NOTE on the {@code kernels} field). An instance is not thread-safe; use one per thread.
 */
public final class TaylorAttention {

    /** System property that sets the default workspace limit in bytes. */
    public static final String MAX_BYTES_PROPERTY = "lanekit.taylor.maxBytes";
    /** Workspace limit when {@value #MAX_BYTES_PROPERTY} is not set: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;
    /** Tokens per chunk when none is given. */
    public static final int DEFAULT_CHUNK = 64;

    // Rows of the SIMD buffers are padded to 16 floats, the widest float species (512 bits).
    private static final int ALIGN = 16;
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    // NOTE: in a JVM that ran both implementations through this class, the SIMD path was measured
    // allocating about 4 MB per call (n = 1000, d = 16, two heads): some vector operations ran without
    // intrinsics, probably because these call sites had become bimorphic. One implementation per JVM
    // allocated nothing.
    private final TaylorKernels kernels;
    private final MonomialBasis basis;
    private final int heads;
    private final int d;
    private final int dv;
    private final int chunk;
    private final int width;
    private final float scale;

    private final float[] phiQ;
    private final float[] phiK;
    private final float[] state;
    private final float[] z;
    private final float[] values;
    private final float[] num;
    private final float[] den;
    private final float[] scores;

    private TaylorAttention(TaylorKernels kernels, int heads, int d, int dv, int order, int chunk, int width) {
        this.kernels = kernels;
        this.basis = MonomialBasis.of(d, order);
        this.heads = heads;
        this.d = d;
        this.dv = dv;
        this.chunk = chunk;
        this.width = width;
        this.scale = (float) (1 / Math.sqrt(Math.sqrt(d)));
        int size = basis.dimension();
        phiQ = new float[size * chunk];
        phiK = new float[size * chunk];
        state = new float[size * width];
        z = new float[size];
        values = new float[chunk * width];
        num = new float[chunk * width];
        den = new float[chunk];
        scores = new float[chunk * chunk];
    }

    /**
     * Creates Taylor attention of order {@code order} with the provider's implementation, chunks of
     * {@value #DEFAULT_CHUNK} tokens and the default workspace limit ({@value #MAX_BYTES_PROPERTY}, else
     * {@link #DEFAULT_MAX_BYTES}).
     *
     * @param heads the number of heads
     * @param d the query and key head dimension
     * @param dv the value head dimension
     * @param order the Taylor order p, at least 0
     * @return the Taylor attention, with its workspace allocated
     * @throws IllegalArgumentException for a shape out of range, or when the workspace exceeds the limit
     */
    public static TaylorAttention create(int heads, int d, int dv, int order) {
        return create(heads, d, dv, order, DEFAULT_CHUNK, defaultMaxBytes(), Taylor.activeImplementation());
    }

    /**
     * Creates Taylor attention with every setting explicit.
     *
     * @param heads number of heads, at least 1
     * @param d query and key dimension per head, at least 1
     * @param dv value dimension per head, at least 1
     * @param order Taylor order p, at least 0
     * @param chunk tokens per chunk, a positive multiple of 16
     * @param maxBytes the largest workspace this call may allocate, in bytes
     * @param implementation the scalar or the SIMD kernels
     * @return the Taylor attention, with its workspace allocated
     * @throws IllegalArgumentException for a shape out of range, or when {@link #requiredBytes} exceeds
     *     {@code maxBytes}; the message gives both sizes
     * @throws IllegalStateException when {@code implementation} is SIMD and the Vector API cannot load
     */
    public static TaylorAttention create(int heads, int d, int dv, int order, int chunk, long maxBytes,
            Implementation implementation) {
        positive("heads", heads);
        positive("dv", dv);
        Checks.nonNegative("maxBytes", maxBytes);
        long bytes = requiredBytes(d, dv, order, chunk);
        if (bytes == Long.MAX_VALUE) {
            long dimension = MonomialBasis.dimension(d, order);
            throw new IllegalArgumentException("Taylor attention at d = " + d + ", p = " + order + ", dv = " + dv
                    + ", chunk = " + chunk + " needs a workspace buffer larger than a Java array (feature dimension"
                    + " C(d+p, p) = " + (dimension == Long.MAX_VALUE ? "more than 2^63" : dimension)
                    + "); lower p, d or dv");
        }
        if (bytes > maxBytes) {
            throw new IllegalArgumentException("Taylor attention at d = " + d + ", p = " + order + " needs "
                    + bytes + " bytes of workspace (feature dimension C(d+p, p) = "
                    + MonomialBasis.dimension(d, order) + ", dv = " + dv + ", chunk = " + chunk
                    + "), over the limit of " + maxBytes + " bytes; lower p or d, or raise the limit with -D"
                    + MAX_BYTES_PROPERTY + " or the maxBytes argument");
        }
        int width = (int) (implementation == Implementation.SIMD ? roundUp(dv, ALIGN) : dv);
        return new TaylorAttention(Taylor.kernels(implementation), heads, d, dv, order, chunk, width);
    }

    /**
     * {@return the workspace bytes an instance needs at these settings (the SIMD width padding included),
     * or {@link Long#MAX_VALUE} when a buffer would not fit in a Java array} Allocates nothing.
     *
     * @param d the query and key head dimension
     * @param dv the value head dimension
     * @param order the Taylor order p, at least 0
     * @param chunk the tokens per chunk of the causal scan
     * @throws IllegalArgumentException for a shape out of range
     */
    public static long requiredBytes(int d, int dv, int order, int chunk) {
        positive("dv", dv);
        if (chunk < ALIGN || chunk % ALIGN != 0) {
            throw new IllegalArgumentException("chunk = " + chunk + " must be a positive multiple of " + ALIGN);
        }
        long size = MonomialBasis.dimension(d, order);
        long width = roundUp(dv, ALIGN);
        if (!fitsArray(size, Math.max(chunk, width)) || !fitsArray(chunk, width) || !fitsArray(chunk, chunk)) {
            return Long.MAX_VALUE;
        }
        long floats = 2 * size * chunk         // phiQ and phiK
                + size * width + size          // state S and z
                + 2L * chunk * width + chunk   // values, numerators, denominators
                + (long) chunk * chunk;        // causal scores
        long basisBytes = 12 * size;           // parent, coordinate, query step
        return 4 * floats + basisBytes;
    }

    /**
     * {@return the workspace limit from {@value #MAX_BYTES_PROPERTY}, else {@link #DEFAULT_MAX_BYTES}}
     *
     * @throws IllegalStateException when the property is set but is not a whole number of bytes >= 0
     */
    public static long defaultMaxBytes() {
        String text = System.getProperty(MAX_BYTES_PROPERTY);
        if (text == null) {
            return DEFAULT_MAX_BYTES;
        }
        long bytes;
        try {
            bytes = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        // Long.getLong once ignored an unparsable value and used the default without a word.
        if (bytes < 0) {
            throw new IllegalStateException("invalid -D" + MAX_BYTES_PROPERTY + "=" + text
                    + ": expected a workspace limit in bytes >= 0, for example 268435456");
        }
        return bytes;
    }

    /**
     * Computes Taylor attention for every head and writes it to {@code out}.
     *
     * @param q {@code [heads][n][d]} floats
     * @param k {@code [heads][n][d]} floats
     * @param v {@code [heads][n][dv]} floats
     * @param keyMask null (every key kept), or at least n flags; false removes that key from every head
     * @param n number of tokens (queries and keys), at least 0
     * @param causal whether query i attends only to keys j ≤ i
     * @param out {@code [heads][n][dv]} floats, overwritten; must not overlap the inputs
     * @return the number of (row, head) pairs whose denominator was not positive and were written as
     *     NaN; always 0 for even p
     * @throws NullPointerException when q, k, v or out is null; the message names the parameter
     * @throws IllegalArgumentException when n is negative, or out is the array of q, k or v
     * @throws IndexOutOfBoundsException when an array is shorter than the shape needs, as in every other kernel
     */
    public int attention(float[] q, float[] k, float[] v, boolean[] keyMask, int n, boolean causal, float[] out) {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(k, "k");
        Objects.requireNonNull(v, "v");
        Objects.requireNonNull(out, "out");
        Checks.nonNegative("n", n);
        checkLength("q", q.length, (long) n * heads * d);
        checkLength("k", k.length, (long) n * heads * d);
        checkLength("v", v.length, (long) n * heads * dv);
        checkLength("out", out.length, (long) n * heads * dv);
        if (keyMask != null) {
            checkLength("keyMask", keyMask.length, n);
        }
        if (n > 0 && (out == q || out == k || out == v)) {
            // Pass 1 reads every key and value row of a head after earlier heads were written.
            throw new IllegalArgumentException("out is the same array as " + (out == q ? "q" : out == k ? "k" : "v")
                    + "; pass an output array that no input uses");
        }

        if (n == 0) {
            return 0;
        }

        int flagged = 0;
        for (int h = 0; h < heads; h++) {
            flagged += causal ? causalHead(q, k, v, keyMask, n, h, out) : fullHead(q, k, v, keyMask, n, h, out);
        }
        return flagged;
    }

    private int fullHead(float[] q, float[] k, float[] v, boolean[] keyMask, int n, int h, float[] out) {
        int size = basis.dimension();
        int head = h * n * d;
        Arrays.fill(state, 0f);
        Arrays.fill(z, 0f);

        // Pass 1: S = Φ_Kᵀ·V and z = Φ_Kᵀ·1 over every kept key.
        long kept = 0;
        for (int start = 0; start < n; start += chunk) {
            int tokens = Math.min(chunk, n - start);
            kernels.features(basis, false, k, head + start * d, d, scale, keyMask, start, tokens, phiK, chunk);
            kept += loadValues(v, keyMask, n, start, tokens, h);
            kernels.accumulateState(phiK, chunk, size, tokens, values, width, state, z);
        }

        // Pass 2: each query block reads the finished state.
        int flagged = 0;
        for (int start = 0; start < n; start += chunk) {
            int tokens = Math.min(chunk, n - start);
            kernels.features(basis, true, q, head + start * d, d, scale, null, 0, tokens, phiQ, chunk);
            kernels.applyState(phiQ, chunk, size, tokens, state, width, z, num, den);
            for (int t = 0; t < tokens; t++) {
                flagged += writeRow(out, (h * n + start + t) * dv, t, kept);
            }
        }
        return flagged;
    }

    private int causalHead(float[] q, float[] k, float[] v, boolean[] keyMask, int n, int h, float[] out) {
        int size = basis.dimension();
        int head = h * n * d;
        Arrays.fill(state, 0f);
        Arrays.fill(z, 0f);

        long kept = 0;
        int flagged = 0;
        for (int start = 0; start < n; start += chunk) {
            int tokens = Math.min(chunk, n - start);
            kernels.features(basis, true, q, head + start * d, d, scale, null, 0, tokens, phiQ, chunk);
            kernels.features(basis, false, k, head + start * d, d, scale, keyMask, start, tokens, phiK, chunk);
            loadValues(v, keyMask, n, start, tokens, h);

            // Earlier chunks through the state, then this chunk's own lower triangle, then the state update.
            kernels.applyState(phiQ, chunk, size, tokens, state, width, z, num, den);
            kernels.causalChunk(phiQ, phiK, chunk, d, basis.order(), tokens, values, width, scores, num, den);
            kernels.accumulateState(phiK, chunk, size, tokens, values, width, state, z);

            for (int t = 0; t < tokens; t++) {
                if (keyMask == null || keyMask[start + t]) {
                    kept++;
                }
                flagged += writeRow(out, (h * n + start + t) * dv, t, kept);
            }
        }
        return flagged;
    }

    /**
     * Copies the chunk's value rows of head h into the width-padded buffer, with zero rows for masked keys
     * and for the rows past {@code tokens}, and returns the number of kept keys.
     */
    private int loadValues(float[] v, boolean[] keyMask, int n, int start, int tokens, int h) {
        Arrays.fill(values, 0f);
        int kept = 0;
        for (int t = 0; t < tokens; t++) {
            if (keyMask != null && !keyMask[start + t]) {
                continue;
            }
            System.arraycopy(v, (h * n + start + t) * dv, values, t * width, dv);
            kept++;
        }
        return kept;
    }

    /** Writes the output row at index {@code at} from numerator row t; returns 1 when it had to be NaN. */
    private int writeRow(float[] out, int at, int t, long kept) {
        if (kept == 0) {
            Arrays.fill(out, at, at + dv, 0f);
            return 0;
        }
        float denominator = den[t];
        // NOTE: for odd p a positive but tiny denominator (weights of both signs nearly cancelling) passes
        // this test and gives large, inaccurate outputs; the error bound (eta < 1) rules that case out.
        if (!(denominator > 0f)) {
            Arrays.fill(out, at, at + dv, Float.NaN);
            return 1;
        }
        for (int c = 0; c < dv; c++) {
            out[at + c] = num[t * width + c] / denominator;
        }
        return 0;
    }

    /** {@return the Taylor order p} */
    public int order() {
        return basis.order();
    }

    /** {@return the feature dimension D = C(d+p, p)} */
    public int dimension() {
        return basis.dimension();
    }

    /** {@return the number of heads} */
    public int heads() {
        return heads;
    }

    /** {@return the query and key dimension per head} */
    public int d() {
        return d;
    }

    /** {@return the value dimension per head} */
    public int dv() {
        return dv;
    }

    /** {@return the tokens per chunk} */
    public int chunk() {
        return chunk;
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " = " + value + " must be >= 1");
        }
    }

    private static void checkLength(String name, int length, long needed) {
        if (length < needed) {
            throw new IndexOutOfBoundsException(name + ".length = " + length + " is too short; the shape needs "
                    + needed);
        }
    }

    // In long, because dv near Integer.MAX_VALUE rounds up past it.
    private static long roundUp(long value, int multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }

    /** Returns whether an a × b buffer fits in one Java array; a and b are positive. */
    private static boolean fitsArray(long a, long b) {
        return a <= MAX_ARRAY / b;
    }
}
