package dev.lanekit.proofs.kit;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Float and double generators that produce the values which break numerical kernels, on purpose and often.
 *
 * <p>Generic generators rarely or never draw −0.0, denormals or ±MAX_VALUE, so a kernel that mishandles
 * them passes its properties. {@link #floats()} and {@link #doubles()} draw one of the {@link #SPECIAL_FLOATS}
 * (or {@link #SPECIAL_DOUBLES}) about one time in seven, each special value about one time in ninety, so a run
 * of 100 examples over arrays of a few elements meets all of them. A meta-test pins that every special value
 * appears within 10,000 draws. The other draws are finite, mostly of moderate magnitude (where accuracy
 * bounds are tight) and sometimes from the whole exponent range.
 *
 * <p>{@link #finiteFloats(int)} and {@link #finiteDoubles(int)} draw only finite values within a binary
 * exponent range, for properties whose reference is meaningless on overflow, such as accuracy bounds.
 */
public final class Values {

    /**
     * NaN, ±∞, ±0.0, the smallest denormal and its negation, the smallest normal, ±MAX_VALUE and ±1: every
     * value that has tripped a float kernel somewhere.
     */
    public static final List<Float> SPECIAL_FLOATS = List.of(
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, 0.0f,
            Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, 1f, -1f);

    /** The double counterparts of {@link #SPECIAL_FLOATS}. */
    public static final List<Double> SPECIAL_DOUBLES = List.of(
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0);

    private Values() {}

    /** {@return a float generator with the special values mixed in (about one draw in seven)} */
    public static Gen<Float> floats() {
        return in -> {
            long kind = in.next(Constraint.between(0, 6));
            if (kind == 0) {
                return SPECIAL_FLOATS.get((int) in.next(Constraint.between(0, SPECIAL_FLOATS.size() - 1)));
            }
            if (kind == 1) {
                // Any finite float: every exponent, including denormals.
                int bits = (int) in.next(Constraint.between(0, 0x7f7fffffL));
                return in.next(Constraint.between(0, 1)) == 0 ? Float.intBitsToFloat(bits) : -Float.intBitsToFloat(bits);
            }
            return moderateFloat(in.next(Constraint.between(-0x7fffffL, 0x7fffffL)), in.next(Constraint.between(-8, 8)));
        };
    }

    /** {@return a double generator with the special values mixed in (about one draw in seven)} */
    public static Gen<Double> doubles() {
        return in -> {
            long kind = in.next(Constraint.between(0, 6));
            if (kind == 0) {
                return SPECIAL_DOUBLES.get((int) in.next(Constraint.between(0, SPECIAL_DOUBLES.size() - 1)));
            }
            if (kind == 1) {
                long bits = in.next(Constraint.between(0, 0x7fefffffffffffffL));
                double value = Double.longBitsToDouble(bits);
                return in.next(Constraint.between(0, 1)) == 0 ? value : -value;
            }
            return moderateDouble(in.next(Constraint.between(-(1L << 52), 1L << 52)), in.next(Constraint.between(-8, 8)));
        };
    }

    /**
     * {@return a generator of finite floats with magnitudes below 2^{@code maxExponent}, mostly near 1 and
     * sometimes tiny (down to the denormals), with both signs and zeros} Shrinks towards 0.
     *
     * @param maxExponent the base-2 exponent that bounds the magnitudes
     */
    public static Gen<Float> finiteFloats(int maxExponent) {
        return in -> {
            long mantissa = in.next(Constraint.between(-0x7fffffL, 0x7fffffL));
            long exponent = in.next(Constraint.between(0, 7)) == 0
                    ? in.next(Constraint.between(-149, maxExponent))
                    : in.next(Constraint.between(Math.max(-149, -8), Math.min(8, maxExponent)));
            return moderateFloat(mantissa, exponent);
        };
    }

    /**
     * As {@link #finiteFloats(int)}, for doubles.
     *
     * @param maxExponent the base-2 exponent that bounds the magnitudes
     * @return the generator
     */
    public static Gen<Double> finiteDoubles(int maxExponent) {
        return in -> {
            long mantissa = in.next(Constraint.between(-(1L << 52), 1L << 52));
            long exponent = in.next(Constraint.between(0, 7)) == 0
                    ? in.next(Constraint.between(-1074, maxExponent))
                    : in.next(Constraint.between(-8, Math.min(8, maxExponent)));
            return moderateDouble(mantissa, exponent);
        };
    }

    /** Returns mantissa·2^(exponent − 23): a float below 2^exponent in magnitude. */
    private static float moderateFloat(long mantissa, long exponent) {
        return Math.scalb((float) mantissa, (int) exponent - 23);
    }

    private static double moderateDouble(long mantissa, long exponent) {
        return Math.scalb((double) mantissa, (int) exponent - 52);
    }

    /**
     * {@return a generator of float arrays with lengths from {@code lengths} and elements from {@code values}}
     *
     * @param lengths the array lengths
     * @param values the element values
     */
    public static Gen<float[]> floatArrays(Gen<Integer> lengths, Gen<Float> values) {
        Gen<float[]> arrays = in -> {
            int n = lengths.generate(in);
            float[] array = new float[n];
            for (int i = 0; i < n; i++) {
                array[i] = values.generate(in);
            }
            return array;
        };
        return arrays.describedAs(java.util.Arrays::toString);
    }

    /**
     * {@return a generator of double arrays with lengths from {@code lengths} and elements from {@code values}}
     *
     * @param lengths the array lengths
     * @param values the element values
     */
    public static Gen<double[]> doubleArrays(Gen<Integer> lengths, Gen<Double> values) {
        Gen<double[]> arrays = in -> {
            int n = lengths.generate(in);
            double[] array = new double[n];
            for (int i = 0; i < n; i++) {
                array[i] = values.generate(in);
            }
            return array;
        };
        return arrays.describedAs(java.util.Arrays::toString);
    }
}
