package dev.lanekit.taylor;

import dev.lanekit.internal.Checks;
import dev.lanekit.provider.Implementation;
import dev.lanekit.provider.Providers;

/**
 * Entry points for Taylor attention: one-call attention, the truncated exponential T_p, and the choice
 * between the scalar and the SIMD kernels. {@link TaylorAttention} is the reusable form (its workspace
 * is allocated once), and {@link TaylorBounds} gives the error bound and picks the order.
 */
public final class Taylor {

    // Chosen once per JVM from the provider's decision, like every capability's dispatch.
    private static final Implementation ACTIVE = Providers.simd() ? Implementation.SIMD : Implementation.SCALAR;

    private Taylor() {}

    /** {@return the implementation that {@link TaylorAttention#create(int, int, int, int)} uses} */
    public static Implementation activeImplementation() {
        return ACTIVE;
    }

    /**
     * {@return the Taylor attention of order {@code order} of one call, as a new {@code [heads][n][dv]}
     * array, with the layout and semantics of {@link TaylorAttention}}
     *
     * @param q the queries, {@code [heads][n][d]}
     * @param k the keys, {@code [heads][n][d]}
     * @param v the values, {@code [heads][n][dv]}
     * @param keyMask which keys are visible ({@code true}) per {@code [heads][n]} entry, or null for all
     * @param n the number of tokens
     * @param heads the number of heads
     * @param d the query and key head dimension
     * @param dv the value head dimension
     * @param order the Taylor order p, at least 0
     * @param causal whether query i sees only keys j ≤ i
     * @throws IllegalArgumentException for a shape out of range or a workspace over the default limit
     * @throws ArithmeticException when a row's denominator is not positive (possible only for odd p);
     *     use {@link TaylorAttention#attention}, which marks such rows NaN and counts them, to keep the
     *     other rows
     */
    public static float[] attention(float[] q, float[] k, float[] v, boolean[] keyMask, int n, int heads, int d,
            int dv, int order, boolean causal) {
        TaylorAttention attention = TaylorAttention.create(heads, d, dv, order);
        Checks.nonNegative("n", n);
        float[] out = new float[Checks.arrayLength("n·heads·dv", (long) n * heads * dv)];
        int flagged = attention.attention(q, k, v, keyMask, n, causal, out);
        if (flagged > 0) {
            throw new ArithmeticException(flagged + " of " + (long) n * heads + " rows of Taylor attention of odd order "
                    + order + " have a denominator <= 0 (T_p has a real root for odd p); use an even order, or"
                    + " inputs with max|q·k|/√d small enough that TaylorBounds.eta < 1");
        }
        return out;
    }

    /**
     * Returns the feature map of {@code n} rows of d floats (each multiplied by {@code scale}) as n rows
     * of D = C(d+p, p) floats, computed by the given implementation: the query side (weights 1/α!) when
     * {@code query}, else the key side. Allocates a block of 64·D floats besides {@code out}.
     *
     * @param implementation the kernels to run
     * @param basis the monomial basis of d dimensions and order p
     * @param query {@code true} for the query side (weights 1/α!), {@code false} for the key side
     * @param x {@code n} rows of d floats
     * @param n the number of tokens
     * @param scale the factor applied to every input value
     * @param out receives n rows of D floats
     * @throws IllegalArgumentException when {@code x} is shorter than n·d or {@code out} shorter than n·D, or
     *     when the block exceeds the workspace limit of {@link TaylorAttention#defaultMaxBytes()}
     */
    public static void features(Implementation implementation, MonomialBasis basis, boolean query, float[] x, int n,
            float scale, float[] out) {
        dev.lanekit.internal.Checks.nonNegative("n", n);
        int d = basis.d();
        int size = basis.dimension();
        if (x.length < (long) n * d || out.length < (long) n * size) {
            throw new IllegalArgumentException("x.length = " + x.length + " and out.length = " + out.length
                    + " must be at least n·d = " + (long) n * d + " and n·D = " + (long) n * size);
        }
        int block = TaylorAttention.DEFAULT_CHUNK;
        long blockBytes = 4L * size * block;
        if (blockBytes > TaylorAttention.defaultMaxBytes() || (long) size * block > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the feature block of D = " + size + " features × " + block
                    + " tokens needs " + blockBytes + " bytes, over the limit of " + TaylorAttention.defaultMaxBytes()
                    + " bytes; lower p or d, or raise -D" + TaylorAttention.MAX_BYTES_PROPERTY);
        }
        TaylorKernels kernels = kernels(implementation);
        float[] phi = new float[size * block];
        for (int start = 0; start < n; start += block) {
            int tokens = Math.min(block, n - start);
            kernels.features(basis, query, x, start * d, d, scale, null, 0, tokens, phi, block);
            for (int t = 0; t < tokens; t++) {
                for (int f = 0; f < size; f++) {
                    out[(start + t) * size + f] = phi[f * block + t];
                }
            }
        }
    }

    /**
     * {@return T_p(s) = Σ_{z≤p} s^z/z!, evaluated in double by Horner's rule}
     *
     * @param s the argument
     * @param order the Taylor order p, at least 0
     */
    public static double truncatedExp(double s, int order) {
        dev.lanekit.internal.Checks.nonNegative("p", order);
        double h = 1;
        for (int z = order; z >= 1; z--) {
            h = 1 + s / z * h;
        }
        return h;
    }

    static TaylorKernels kernels(Implementation implementation) {
        if (implementation == Implementation.SCALAR) {
            return ScalarTaylorKernels.INSTANCE;
        }
        if (!Providers.simdLoadable()) {
            throw new IllegalStateException("the SIMD kernels cannot load: "
                    + String.join("; ", Providers.info().fallbackReasons()));
        }
        return SimdHolder.INSTANCE;
    }

    /** Keeps the SIMD class unloaded unless it is used, so a JVM without the Vector API never touches it. */
    private static final class SimdHolder {
        static final TaylorKernels INSTANCE = SimdTaylorKernels.INSTANCE;
    }
}
