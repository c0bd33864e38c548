package dev.lanekit.proofs.kit;

import java.util.Arrays;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Slices of larger arrays, for kernels that take an offset and a length: the elements before the offset
 * and past the end are NaN sentinels. A kernel that reads past its slice then returns NaN, and one that
 * writes past it overwrites a sentinel, which {@link FloatSlice#sentinelsIntact()} detects.
 *
 * <pre>{@code
 * qt(tries).forAll(Slices.floats(Values.floatArrays(Lengths.lengths(300), Values.finiteFloats(8))))
 *         .checkAssert(x -> {
 *             float got = kernel.sum(x.backing(), x.offset(), x.n());
 *             ...
 *         });
 * }</pre>
 */
public final class Slices {

    /** Most elements a generated slice has before its offset. */
    public static final int MAX_OFFSET = 5;
    /** Most sentinels past a generated slice: one more than the widest vector of floats. */
    public static final int MAX_TRAILING = 17;

    /** Elements a slice's description shows; longer slices are cut with their length stated. */
    public static final int SHOWN = 12;

    private Slices() {}

    private static String describe(int offset, int n, String shown) {
        String cut = n > SHOWN ? shown.substring(0, shown.length() - 1) + ", ...]" : shown;
        return "slice at offset " + offset + " of length " + n + ": " + cut;
    }

    /**
     * A float slice {@code backing[offset .. offset + n)} whose other elements are NaN.
     *
     * @param backing the whole array, sentinels included
     * @param offset the index of the first element of the slice
     * @param n the length of the slice
     */
    public record FloatSlice(float[] backing, int offset, int n) {

        /** {@return a copy of the slice's elements} */
        public float[] values() {
            return Arrays.copyOfRange(backing, offset, offset + n);
        }

        /** {@return whether every element outside the slice is still NaN} */
        public boolean sentinelsIntact() {
            for (int i = 0; i < backing.length; i++) {
                if ((i < offset || i >= offset + n) && !Float.isNaN(backing[i])) {
                    return false;
                }
            }
            return true;
        }

        /** {@return a slice with the same layout and a fresh copy of the backing array} */
        public FloatSlice copy() {
            return new FloatSlice(backing.clone(), offset, n);
        }

        @Override
        public String toString() {
            return describe(offset, n, Arrays.toString(Arrays.copyOfRange(backing, offset, offset + Math.min(n, SHOWN))));
        }
    }

    /**
     * A double slice {@code backing[offset .. offset + n)} whose other elements are NaN.
     *
     * @param backing the array that holds the slice and its NaN sentinels
     * @param offset the index of the first element of the slice
     * @param n the slice length
     */
    public record DoubleSlice(double[] backing, int offset, int n) {

        /** {@return a copy of the slice's elements} */
        public double[] values() {
            return Arrays.copyOfRange(backing, offset, offset + n);
        }

        /** {@return whether every element outside the slice is still NaN} */
        public boolean sentinelsIntact() {
            for (int i = 0; i < backing.length; i++) {
                if ((i < offset || i >= offset + n) && !Double.isNaN(backing[i])) {
                    return false;
                }
            }
            return true;
        }

        /** {@return a slice with the same layout and a fresh copy of the backing array} */
        public DoubleSlice copy() {
            return new DoubleSlice(backing.clone(), offset, n);
        }

        @Override
        public String toString() {
            return describe(offset, n, Arrays.toString(Arrays.copyOfRange(backing, offset, offset + Math.min(n, SHOWN))));
        }
    }

    /**
     * Places {@code values} at {@code offset} in a larger NaN-filled array.
     *
     * @param values the values to place
     * @param offset the index of the first value in the backing array
     * @param trailing the number of NaN sentinels after the values
     * @return the slice
     */
    public static FloatSlice place(float[] values, int offset, int trailing) {
        float[] backing = new float[offset + values.length + trailing];
        Arrays.fill(backing, Float.NaN);
        System.arraycopy(values, 0, backing, offset, values.length);
        return new FloatSlice(backing, offset, values.length);
    }

    /**
     * Places {@code values} at {@code offset} in a larger NaN-filled array.
     *
     * @param values the values to place
     * @param offset the index of the first value in the backing array
     * @param trailing the number of NaN sentinels after the values
     * @return the slice
     */
    public static DoubleSlice place(double[] values, int offset, int trailing) {
        double[] backing = new double[offset + values.length + trailing];
        Arrays.fill(backing, Double.NaN);
        System.arraycopy(values, 0, backing, offset, values.length);
        return new DoubleSlice(backing, offset, values.length);
    }

    /**
     * {@return a generator that places each array of {@code arrays} between NaN sentinels}
     *
     * @param arrays the arrays to place
     */
    public static Gen<FloatSlice> floats(Gen<float[]> arrays) {
        return in -> place(arrays.generate(in), (int) in.next(Constraint.between(0, MAX_OFFSET)),
                (int) in.next(Constraint.between(1, MAX_TRAILING)));
    }

    /**
     * {@return a generator that places each array of {@code arrays} between NaN sentinels}
     *
     * @param arrays the arrays to place
     */
    public static Gen<DoubleSlice> doubles(Gen<double[]> arrays) {
        return in -> place(arrays.generate(in), (int) in.next(Constraint.between(0, MAX_OFFSET)),
                (int) in.next(Constraint.between(1, MAX_TRAILING)));
    }
}
