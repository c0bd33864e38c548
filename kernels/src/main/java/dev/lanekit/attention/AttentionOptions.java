package dev.lanekit.attention;

/**
 * What an attention call computes besides the shapes: the score function, the normalization, the
 * scale, and the masks. Instances are immutable; each {@code with…} method returns a copy, so one
 * instance can be built once and reused across calls and threads. Mask and bias arrays are referenced,
 * not copied: change them only between calls.
 *
 * <p>Masks combine: a key is visible to a query row when every mask in force allows it.
 * <ul>
 *   <li><b>Causal</b>, aligned to the bottom right when {@code lq != lk}: query row i sits at position
 *       {@code lk − lq + i} and sees keys {@code 0 … lk − lq + i} (the convention of FlashAttention 2.1
 *       and later). With {@code lq = 1} the query sees every key; with {@code lq > lk} the first
 *       {@code lq − lk} rows see no key.</li>
 *   <li><b>Sliding window</b> of radius r: query row i sees keys j with |j − (lk − lq + i)| ≤ r.</li>
 *   <li><b>Key padding</b>: sequence b sees only its first {@code keyLengths[b]} keys.</li>
 *   <li><b>Boolean mask</b> {@code [batch][lq][lk]}, shared by all heads: {@code true} keeps a key.</li>
 *   <li><b>Additive bias</b> {@code [batch][lq][lk]}, shared by all heads, added to the scaled logits;
 *       a {@code −∞} entry masks its key.</li>
 * </ul>
 * A masked key is skipped: its K and V rows are not used, so NaN or ∞ stored there never reaches the
 * output. A row with no visible key returns zeros and a log-sum-exp of −∞.
 */
public final class AttentionOptions {

    /** The function that turns a query row q and a key row k into a logit, before the bias is added. */
    public enum Score {
        /** {@code scale · q·k}: the standard scaled dot product. */
        DOT_PRODUCT,
        /**
         * {@code −scale · ‖q − k‖²}, the ℓ2 (RBF) attention of SOFT and Skyformer, with {@code scale}
         * in the role of the constant C. Evaluated as {@code scale·(2·q·k − ‖q‖² − ‖k‖²)} in float, so
         * logits of nearby points carry an absolute error of about {@code u·scale·(‖q‖² + ‖k‖²)}.
         * When {@code ‖q‖²} or {@code ‖k‖²} overflows float (norms above about 1.8e19), the logit is −∞
         * and the key gets weight zero, or NaN when {@code 2·q·k} overflows too, which makes the row NaN.
         * A row in which every key's logit is −∞ this way returns zeros like a row with no visible key.
         * Scale q and k down for such inputs.
         */
        NEGATIVE_SQUARED_DISTANCE
    }

    /** The map from the exponentiated logits of a row to its weights. */
    public enum Normalization {
        /** Weights {@code exp(sᵢⱼ) / Σⱼ exp(sᵢⱼ)}: softmax attention. */
        SOFTMAX,
        /**
         * Weights {@code exp(sᵢⱼ)} with no division: the unnormalized exponential attention whose
         * hardness "On the Computational Complexity of Self-Attention" (Keles et al., ALT 2023) proves.
         * Outputs overflow to ±∞ once the largest weight passes the float range; the log-sum-exp
         * output stays finite.
         */
        NONE
    }

    /** Options with the defaults: dot-product scores, softmax, scale 1/√d, no mask. */
    public static final AttentionOptions DEFAULT = new AttentionOptions(Score.DOT_PRODUCT, Normalization.SOFTMAX,
            Float.NaN, false, -1, null, null, 0, null, 0);

    private final Score score;
    private final Normalization normalization;
    private final float scale;
    private final boolean causal;
    private final int windowRadius;
    private final int[] keyLengths;
    private final boolean[] mask;
    private final int maskOffset;
    private final float[] bias;
    private final int biasOffset;

    private AttentionOptions(Score score, Normalization normalization, float scale, boolean causal, int windowRadius,
            int[] keyLengths, boolean[] mask, int maskOffset, float[] bias, int biasOffset) {
        this.score = score;
        this.normalization = normalization;
        this.scale = scale;
        this.causal = causal;
        this.windowRadius = windowRadius;
        this.keyLengths = keyLengths;
        this.mask = mask;
        this.maskOffset = maskOffset;
        this.bias = bias;
        this.biasOffset = biasOffset;
    }

    /**
     * {@return a copy with the given score function}
     *
     * @param newScore the score function
     */
    public AttentionOptions withScore(Score newScore) {
        java.util.Objects.requireNonNull(newScore, "score");
        return new AttentionOptions(newScore, normalization, scale, causal, windowRadius, keyLengths, mask,
                maskOffset, bias, biasOffset);
    }

    /**
     * {@return a copy with the given normalization}
     *
     * @param newNormalization the normalization
     */
    public AttentionOptions withNormalization(Normalization newNormalization) {
        java.util.Objects.requireNonNull(newNormalization, "normalization");
        return new AttentionOptions(score, newNormalization, scale, causal, windowRadius, keyLengths, mask,
                maskOffset, bias, biasOffset);
    }

    /**
     * {@return a copy whose logits use {@code newScale} instead of the default 1/√d}
     *
     * @param newScale the finite factor applied to every logit
     * @throws IllegalArgumentException when newScale is NaN or infinite
     */
    public AttentionOptions withScale(float newScale) {
        if (!Float.isFinite(newScale)) {
            throw new IllegalArgumentException("scale = " + newScale + "; it must be finite");
        }
        return new AttentionOptions(score, normalization, newScale, causal, windowRadius, keyLengths, mask,
                maskOffset, bias, biasOffset);
    }

    /** {@return a copy with the default scale, 1/√d (1 when d = 0)} */
    public AttentionOptions withDefaultScale() {
        return new AttentionOptions(score, normalization, Float.NaN, causal, windowRadius, keyLengths, mask,
                maskOffset, bias, biasOffset);
    }

    /**
     * {@return a copy with the causal mask, aligned to the bottom right, switched on or off}
     *
     * @param newCausal whether the causal mask is on
     */
    public AttentionOptions withCausal(boolean newCausal) {
        return new AttentionOptions(score, normalization, scale, newCausal, windowRadius, keyLengths, mask,
                maskOffset, bias, biasOffset);
    }

    /**
     * {@return a copy where query row i sees only keys j with |j − (lk − lq + i)| ≤ radius}
     *
     * @param radius the largest distance from the aligned diagonal that a query sees, at least 0
     * @throws IllegalArgumentException when radius is negative
     */
    public AttentionOptions withSlidingWindow(int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("window radius = " + radius + " is negative; it must be >= 0");
        }
        return new AttentionOptions(score, normalization, scale, causal, radius, keyLengths, mask, maskOffset,
                bias, biasOffset);
    }

    /** {@return a copy with no sliding window} */
    public AttentionOptions withoutSlidingWindow() {
        return new AttentionOptions(score, normalization, scale, causal, -1, keyLengths, mask, maskOffset, bias,
                biasOffset);
    }

    /**
     * {@return a copy where sequence b sees only its first {@code lengths[b]} keys (key padding), or no
     * key padding when {@code lengths} is null} The array length and values are checked against the
     * shape at each call: one entry per sequence, each in {@code 0 … lk}.
     *
     * @param lengths the number of visible keys of each sequence, or null for no key padding
     */
    public AttentionOptions withKeyLengths(int[] lengths) {
        return new AttentionOptions(score, normalization, scale, causal, windowRadius, lengths, mask, maskOffset,
                bias, biasOffset);
    }

    /**
     * {@return a copy with a dense boolean mask {@code [batch][lq][lk]} read from {@code offset}
     * ({@code true} keeps a key), or no boolean mask when {@code newMask} is null}
     *
     * @param newMask the mask, {@code true} to keep a key, or null for none
     * @param offset index of the mask's first element
     */
    public AttentionOptions withMask(boolean[] newMask, int offset) {
        return new AttentionOptions(score, normalization, scale, causal, windowRadius, keyLengths, newMask,
                offset, bias, biasOffset);
    }

    /**
     * {@return a copy with an additive bias {@code [batch][lq][lk]} read from {@code offset}, added to the
     * scaled logits (a −∞ entry masks its key), or no bias when {@code newBias} is null}
     *
     * @param newBias the bias added to the scaled logits, or null for none
     * @param offset index of the bias's first element
     */
    public AttentionOptions withBias(float[] newBias, int offset) {
        return new AttentionOptions(score, normalization, scale, causal, windowRadius, keyLengths, mask,
                maskOffset, newBias, offset);
    }

    /** {@return the score function} */
    public Score score() {
        return score;
    }

    /** {@return the normalization} */
    public Normalization normalization() {
        return normalization;
    }

    /** {@return whether an explicit scale was set} */
    public boolean hasExplicitScale() {
        return !Float.isNaN(scale);
    }

    /**
     * {@return the scale applied to logits for head dimension d: the explicit one, else 1/√d (1 when d = 0)}
     *
     * @param d the query and key head dimension
     */
    public float scale(int d) {
        if (!Float.isNaN(scale)) {
            return scale;
        }
        return d == 0 ? 1f : (float) (1.0 / Math.sqrt(d));
    }

    /** {@return whether the causal mask is on} */
    public boolean causal() {
        return causal;
    }

    /** {@return the sliding-window radius, or −1 when there is no window} */
    public int windowRadius() {
        return windowRadius;
    }

    /** {@return the key lengths per sequence, or null} The array is shared, not copied. */
    public int[] keyLengths() {
        return keyLengths;
    }

    /** {@return the boolean mask, or null} The array is shared, not copied. */
    public boolean[] mask() {
        return mask;
    }

    /** {@return the offset of the boolean mask} */
    public int maskOffset() {
        return maskOffset;
    }

    /** {@return the additive bias, or null} The array is shared, not copied. */
    public float[] bias() {
        return bias;
    }

    /** {@return the offset of the additive bias} */
    public int biasOffset() {
        return biasOffset;
    }

    /** Returns whether keys may be masked inside a row's contiguous range (boolean mask or bias). */
    boolean hasElementMask() {
        return mask != null || bias != null;
    }
}
