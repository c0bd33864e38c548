package dev.lanekit.taylor;

import dev.lanekit.internal.Checks;

/**
 * The compact symmetric feature basis of order {@code p} in {@code d} dimensions: one feature per
 * multi-index α ∈ ℕ^d with |α| ≤ p, so {@link #dimension()} = C(d+p, p).
 *
 * <p>By the multinomial theorem, (q·k)^z / z! = Σ_{|α|=z} q^α·k^α / α!. The query side of the map
 * carries the weight, φ_Q(q)_α = q^α / α!, and the key side is the plain monomial, φ_K(k)_α = k^α, so
 * φ_Q(q)·φ_K(k) = T_p(q·k) = Σ_{z≤p} (q·k)^z / z!. This is the degree-by-degree factorisation of
 * Taylor attention in "On the Computational Complexity of Self-Attention" (Keles, Wijewardena, Hegde,
 * ALT 2023), with the d^z ordered tuples of each degree folded into the C(d+z−1, z) unordered ones.
 *
 * <p>Order of the features: graded (degree 0, then 1, then 2, …). Within a degree, the multi-indices
 * are non-decreasing index tuples in lexicographic order. Feature 0 is the constant 1 and features
 * {@code 1..d} are the coordinates. Every feature of degree z ≥ 2 is a feature of degree z − 1
 * ({@link #parent(int)}) times one coordinate ({@link #coordinate(int)}) that is at least the parent's last
 * index, so the whole map costs one multiplication per feature (two on the query side).
 *
 * <p>Immutable and safe to share between threads. Construction costs O(D) time and 9·D bytes.
 */
public final class MonomialBasis {

    private final int d;
    private final int order;
    private final int[] parent;
    private final int[] coordinate;
    private final int[] multiplicity;
    private final float[] queryStep;
    private final int[] degreeStart;

    private MonomialBasis(int d, int order) {
        this.d = d;
        this.order = order;
        int size = (int) dimension(d, order);
        parent = new int[size];
        coordinate = new int[size];
        multiplicity = new int[size];
        queryStep = new float[size];
        degreeStart = new int[order + 2];

        // lastIndex[f] is the largest coordinate index of feature f; multiplicity[f] is α at that index.
        int[] lastIndex = new int[size];
        parent[0] = -1;
        coordinate[0] = -1;
        queryStep[0] = 1f;
        multiplicity[0] = 1;
        degreeStart[0] = 0;
        int next = 1;
        for (int z = 1; z <= order; z++) {
            degreeStart[z] = next;
            int from = degreeStart[z - 1];
            int to = next;
            for (int f = from; f < to; f++) {
                int start = z == 1 ? 0 : lastIndex[f];
                for (int r = start; r < d; r++) {
                    // Multiplying by x_r raises α_r by one, so the weight 1/α! is divided by the new α_r.
                    int raised = (z > 1 && r == lastIndex[f]) ? multiplicity[f] + 1 : 1;
                    parent[next] = f;
                    coordinate[next] = r;
                    lastIndex[next] = r;
                    multiplicity[next] = raised;
                    queryStep[next] = 1f / raised;
                    next++;
                }
            }
        }
        degreeStart[order + 1] = next;
        assert next == size : next + " != " + size;
    }

    /**
     * Builds the basis for {@code d} dimensions and order {@code order}.
     *
     * @param d the query and key head dimension
     * @param order the Taylor order p, at least 0
     * @return the basis
     * @throws IllegalArgumentException when {@code d < 1}, {@code order < 0} or C(d+order, order)
     *     exceeds {@value Integer#MAX_VALUE} − 8 features
     */
    public static MonomialBasis of(int d, int order) {
        checkShape(d, order);
        long size = dimension(d, order);
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the feature dimension C(d+p, p) = " + size + " at d = " + d
                    + ", p = " + order + " exceeds the maximum array size; lower d or p");
        }
        return new MonomialBasis(d, order);
    }

    /**
     * {@return C(d+p, p), the number of multi-indices with |α| ≤ p in {@code d} dimensions, or
     * {@link Long#MAX_VALUE} when it does not fit in a long}
     *
     * @param d the query and key head dimension
     * @param order the Taylor order p, at least 0
     */
    public static long dimension(int d, int order) {
        checkShape(d, order);
        // c = C(d+i, i) after step i; each step stays an integer because C(d+i, i)·(d+i+1) is divisible by i+1.
        long c = 1;
        for (int i = 1; i <= order; i++) {
            long numerator;
            try {
                numerator = Math.multiplyExact(c, (long) d + i);
            } catch (ArithmeticException overflow) {
                return Long.MAX_VALUE;
            }
            c = numerator / i;
        }
        return c;
    }

    /**
     * {@return Σ_{z≤p} d^z, the dimension of the full tensor-power map, or {@link Long#MAX_VALUE} when it
     * does not fit in a long}
     *
     * @param d the query and key head dimension
     * @param order the Taylor order p, at least 0
     */
    public static long fullDimension(int d, int order) {
        checkShape(d, order);
        long total = 0;
        long power = 1;
        try {
            for (int z = 0; z <= order; z++) {
                total = Math.addExact(total, power);
                if (z < order) {
                    power = Math.multiplyExact(power, (long) d);
                }
            }
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
        return total;
    }

    private static void checkShape(int d, int order) {
        if (d < 1) {
            throw new IllegalArgumentException("d = " + d + " must be >= 1");
        }
        Checks.nonNegative("p", order);
    }

    /** {@return the input dimension d} */
    public int d() {
        return d;
    }

    /** {@return the order p} */
    public int order() {
        return order;
    }

    /** {@return the number of features, C(d+p, p)} */
    public int dimension() {
        return parent.length;
    }

    /**
     * Returns the index of the first feature of degree {@code z}; {@code degreeStart(p + 1)} is the dimension.
     *
     * @param z the degree
     * @return the index of the first feature of degree {@code z}
     */
    public int degreeStart(int z) {
        return degreeStart[z];
    }

    /**
     * {@return the degree-(z−1) feature that feature {@code f} (degree z ≥ 1) extends, or −1 for feature 0}
     *
     * @param f the feature index
     */
    public int parent(int f) {
        return parent[f];
    }

    /**
     * {@return the coordinate index that feature {@code f} multiplies onto its parent, or −1 for feature 0}
     *
     * @param f the feature index
     */
    public int coordinate(int f) {
        return coordinate[f];
    }

    /**
     * {@return the factor by which the query weight of feature {@code f} differs from its parent's: 1/α_r
     * after the step raised α_r, so the product of the steps along the chain is 1/α!}
     *
     * @param f the feature index
     */
    public float queryStep(int f) {
        return queryStep[f];
    }

    /**
     * {@return the weight 1/α! of feature {@code f}, computed in double}
     *
     * @param f the feature index
     */
    public double queryWeight(int f) {
        double w = 1;
        for (int g = f; g > 0; g = parent[g]) {
            w /= multiplicity[g];
        }
        return w;
    }

    /**
     * Writes the query features φ_Q(x)_α = x^α/α! of one vector of d values into {@code out} (D values),
     * in double, with the same parent-times-coordinate recurrence as the float kernels.
     *
     * @param x one vector of d values
     * @param out receives the D feature values
     */
    public void queryFeatures(double[] x, double[] out) {
        mapDouble(x, out, true);
    }

    /**
     * Writes the key features φ_K(x)_α = x^α of one vector of d values into {@code out} (D values), in double.
     *
     * @param x one vector of d values
     * @param out receives the D feature values
     */
    public void keyFeatures(double[] x, double[] out) {
        mapDouble(x, out, false);
    }

    private void mapDouble(double[] x, double[] out, boolean query) {
        if (x.length != d || out.length != dimension()) {
            throw new IllegalArgumentException("x.length = " + x.length + " and out.length = " + out.length
                    + " must be d = " + d + " and D = " + dimension());
        }
        out[0] = 1;
        for (int f = 1; f < out.length; f++) {
            double product = out[parent[f]] * x[coordinate[f]];
            out[f] = query ? product / multiplicity[f] : product;
        }
    }

    /**
     * {@return the multi-index α of feature {@code f} as d counts}
     *
     * @param f the feature index
     */
    public int[] multiIndex(int f) {
        int[] alpha = new int[d];
        for (int g = f; g > 0; g = parent[g]) {
            alpha[coordinate[g]]++;
        }
        return alpha;
    }

    int[] parents() {
        return parent;
    }

    int[] coordinates() {
        return coordinate;
    }

    float[] querySteps() {
        return queryStep;
    }
}
