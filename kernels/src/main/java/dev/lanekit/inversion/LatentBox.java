package dev.lanekit.inversion;

import java.util.Arrays;

/**
 * The set of latent vectors the exhaustive search enumerates: integer z with {@code lo[j] ≤ z[j] ≤ hi[j]}
 * for every coordinate j. The binary cube {0,1}ⁿ is the box with lo = 0 and hi = 1.
 *
 * <p>The candidates are numbered 0 … {@link #size()} − 1 in the order of the reflected mixed-radix Gray
 * code (see {@link GrayCursor}): consecutive indices differ in exactly one coordinate, by ±1. Coordinate 0
 * is the fastest-changing digit. The size must fit in a {@code long}, at most 2⁶², so for example the
 * binary cube allows n ≤ 62.
 */
public final class LatentBox {

    /** The largest number of candidates a box may hold: 2⁶², so that index arithmetic never overflows. */
    public static final long MAX_SIZE = 1L << 62;

    private final int[] lo;
    private final int[] radix;
    private final long size;
    private final boolean binary;

    private LatentBox(int[] lo, int[] radix, long size) {
        this.lo = lo;
        this.radix = radix;
        this.size = size;
        boolean allBinary = true;
        for (int j = 0; j < lo.length; j++) {
            allBinary &= lo[j] == 0 && radix[j] == 2;
        }
        this.binary = allBinary;
    }

    /**
     * {@return the binary cube {0,1}ⁿ}
     *
     * @param n the number of coordinates, in {@code 0 … 62}
     * @throws IllegalArgumentException when n is negative or above 62
     */
    public static LatentBox binary(int n) {
        return uniform(n, 0, 1);
    }

    /**
     * {@return the box {lo … hi}ⁿ}
     *
     * @param n the number of coordinates
     * @param lo the lowest value of every coordinate
     * @param hi the highest value of every coordinate
     * @throws IllegalArgumentException when n is negative, lo > hi, or the box contains more than 2⁶² points
     */
    public static LatentBox uniform(int n, int lo, int hi) {
        if (n < 0) {
            throw new IllegalArgumentException("n = " + n + " is negative; it must be >= 0");
        }
        int[] los = new int[n];
        int[] his = new int[n];
        Arrays.fill(los, lo);
        Arrays.fill(his, hi);
        return of(los, his);
    }

    /**
     * {@return the box with per-coordinate bounds {@code lo[j] … hi[j]}}
     *
     * @param lo the lower bound of each coordinate
     * @param hi the upper bound of each coordinate
     * @throws IllegalArgumentException when the lengths differ, some lo[j] > hi[j], a range is wider
     *     than 2³¹ − 1 values, or the box contains more than 2⁶² points
     */
    public static LatentBox of(int[] lo, int[] hi) {
        if (lo.length != hi.length) {
            throw new IllegalArgumentException("length mismatch: lo.length = " + lo.length + " but hi.length = " + hi.length);
        }
        int n = lo.length;
        int[] radix = new int[n];
        long size = 1;
        for (int j = 0; j < n; j++) {
            long width = (long) hi[j] - lo[j] + 1;
            if (width < 1) {
                throw new IllegalArgumentException("lo[" + j + "] = " + lo[j] + " > hi[" + j + "] = " + hi[j] + "; need lo <= hi");
            }
            if (width > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("coordinate " + j + " has " + width + " values; at most " + Integer.MAX_VALUE + " are allowed");
            }
            radix[j] = (int) width;
            if (size > MAX_SIZE / width) {
                throw new IllegalArgumentException("the box contains more than 2^62 points (coordinate " + j
                        + " of " + n + "); use fewer coordinates or narrower ranges");
            }
            size *= width;
        }
        return new LatentBox(lo.clone(), radix, size);
    }

    /** {@return the latent dimension n} */
    public int dimension() {
        return lo.length;
    }

    /**
     * Returns the number of candidates, Π (hi[j] − lo[j] + 1); 1 when n = 0.
     *
     * @return the number of candidates, Π (hi[j] − lo[j] + 1)
     */
    public long size() {
        return size;
    }

    /** {@return whether this is the binary cube {0,1}ⁿ} */
    public boolean isBinary() {
        return binary;
    }

    /**
     * {@return the lower bound of coordinate j}
     *
     * @param j the coordinate index
     */
    public int lo(int j) {
        return lo[j];
    }

    /**
     * {@return the upper bound of coordinate j}
     *
     * @param j the coordinate index
     */
    public int hi(int j) {
        return lo[j] + radix[j] - 1;
    }

    /**
     * {@return the number of values of coordinate j, {@code hi(j) − lo(j) + 1}}
     *
     * @param j the coordinate index
     */
    public int radix(int j) {
        return radix[j];
    }

    /** Returns the largest absolute value any coordinate j takes. */
    int maxAbs(int j) {
        return Math.max(Math.abs(lo[j]), Math.abs(hi(j)));
    }

    /**
     * {@return the latent vector with enumeration index {@code index}}
     *
     * @param index the enumeration index, in {@code 0 … size − 1}
     * @throws IndexOutOfBoundsException when index is outside 0 … size − 1
     */
    public int[] latent(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index = " + index + " is outside 0.." + (size - 1));
        }
        GrayCursor cursor = new GrayCursor(this, index);
        int[] z = new int[lo.length];
        cursor.copyLatent(z);
        return z;
    }

    @Override
    public String toString() {
        if (binary) {
            return "{0,1}^" + lo.length;
        }
        boolean uniform = true;
        for (int j = 1; j < lo.length; j++) {
            uniform &= lo[j] == lo[0] && radix[j] == radix[0];
        }
        if (uniform && lo.length > 0) {
            return "{" + lo[0] + ".." + hi(0) + "}^" + lo.length;
        }
        StringBuilder text = new StringBuilder("box[");
        for (int j = 0; j < lo.length; j++) {
            text.append(j == 0 ? "" : ", ").append(lo[j]).append("..").append(hi(j));
        }
        return text.append(']').toString();
    }
}
