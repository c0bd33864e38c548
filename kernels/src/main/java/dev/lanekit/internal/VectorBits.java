package dev.lanekit.internal;

/** Parses {@code -Dlanekit.vectorBits}; plain Java, so the provider can validate it before touching the Vector API. */
public final class VectorBits {

    /** System property that narrows the SIMD species width in bits. */
    public static final String PROPERTY = "lanekit.vectorBits";

    private VectorBits() {}

    /**
     * Returns the species width to use: the property's value, or {@code preferred} when it is unset.
     *
     * @throws IllegalStateException when the value is not 128, 256 or 512, or is wider than {@code preferred}
     */
    public static int requested(int preferred) {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return preferred;
        }
        int bits;
        try {
            bits = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("invalid -D" + PROPERTY + "=" + value + ": expected 128, 256 or 512");
        }
        if (bits != 128 && bits != 256 && bits != 512) {
            throw new IllegalStateException("invalid -D" + PROPERTY + "=" + bits + ": expected 128, 256 or 512");
        }
        if (bits > preferred) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + bits + " is wider than this CPU supports ("
                    + preferred + " bits); choose a width of at most " + preferred);
        }
        return bits;
    }
}
