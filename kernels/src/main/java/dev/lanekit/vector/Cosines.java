package dev.lanekit.vector;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Cosine similarity for inputs whose fast sums of squares left the range where they are accurate. Float
 * squares overflow a float sum for elements above about 1.8e19 and underflow it below about 1e-19, so
 * {@code a·b / (‖a‖‖b‖)} came out 0 or NaN for vectors whose true cosine is near 1; double sums fail the
 * same way above about 1.3e154 and below about 1e-154. Every kernel computes the fast sums first and calls
 * these only when a sum of squares lies outside {@code [SAFE_MIN, ∞)}, so the common case pays one
 * comparison.
 *
 * <p>Float inputs are summed in double, where every float square is normal and finite and no sum of fewer
 * than 2⁶³ of them overflows. Double inputs are divided by their largest magnitude first, the scaling of
 * the ℓp norms, so every term lies in [0, 1]. Special values stay those of the fast path: a zero or empty
 * vector gives NaN (0/0), and a NaN or an infinity gives NaN. Cost: one extra pass for float, two for
 * double. Allocates nothing.
 */
final class Cosines {

    /** The float sums of squares are accurate to a few ulps from here up to Float.MAX_VALUE. */
    static final float FLOAT_SAFE_MIN = 0x1p-100f;
    /** The double sums of squares are accurate to a few ulps from here up to Double.MAX_VALUE. */
    static final double DOUBLE_SAFE_MIN = 0x1p-960;

    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private Cosines() {}

    /** Returns whether both float sums of squares are finite and above {@link #FLOAT_SAFE_MIN}; false for NaN. */
    static boolean safe(float aa, float bb) {
        return aa >= FLOAT_SAFE_MIN && aa < Float.POSITIVE_INFINITY && bb >= FLOAT_SAFE_MIN
                && bb < Float.POSITIVE_INFINITY;
    }

    /** Returns whether both double sums of squares are finite and above {@link #DOUBLE_SAFE_MIN}; false for NaN. */
    static boolean safe(double aa, double bb) {
        return aa >= DOUBLE_SAFE_MIN && aa < Double.POSITIVE_INFINITY && bb >= DOUBLE_SAFE_MIN
                && bb < Double.POSITIVE_INFINITY;
    }

    static float cosine(float[] a, int aOffset, float[] b, int bOffset, int n) {
        double ab = 0.0;
        double aa = 0.0;
        double bb = 0.0;
        for (int i = 0; i < n; i++) {
            double x = a[aOffset + i];
            double y = b[bOffset + i];
            ab = Math.fma(x, y, ab);
            aa = Math.fma(x, x, aa);
            bb = Math.fma(y, y, bb);
        }
        return (float) ScalarVectorKernels.cosine(ab, aa, bb);
    }

    static float cosineFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        double ab = 0.0;
        double aa = 0.0;
        double bb = 0.0;
        for (long i = 0; i < n; i++) {
            double x = a.getAtIndex(FLOAT, aOffset + i);
            double y = b.getAtIndex(FLOAT, bOffset + i);
            ab = Math.fma(x, y, ab);
            aa = Math.fma(x, x, aa);
            bb = Math.fma(y, y, bb);
        }
        return (float) ScalarVectorKernels.cosine(ab, aa, bb);
    }

    static double cosine(double[] a, int aOffset, double[] b, int bOffset, int n) {
        // Math.max propagates NaN, and a zero or infinite scale turns every term into NaN or 0/0.
        double scaleA = 0.0;
        double scaleB = 0.0;
        for (int i = 0; i < n; i++) {
            scaleA = Math.max(scaleA, Math.abs(a[aOffset + i]));
            scaleB = Math.max(scaleB, Math.abs(b[bOffset + i]));
        }

        double ab = 0.0;
        double aa = 0.0;
        double bb = 0.0;
        for (int i = 0; i < n; i++) {
            double x = a[aOffset + i] / scaleA;
            double y = b[bOffset + i] / scaleB;
            ab = Math.fma(x, y, ab);
            aa = Math.fma(x, x, aa);
            bb = Math.fma(y, y, bb);
        }
        return ScalarVectorKernels.cosine(ab, aa, bb);
    }

    static double cosineDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        double scaleA = 0.0;
        double scaleB = 0.0;
        for (long i = 0; i < n; i++) {
            scaleA = Math.max(scaleA, Math.abs(a.getAtIndex(DOUBLE, aOffset + i)));
            scaleB = Math.max(scaleB, Math.abs(b.getAtIndex(DOUBLE, bOffset + i)));
        }

        double ab = 0.0;
        double aa = 0.0;
        double bb = 0.0;
        for (long i = 0; i < n; i++) {
            double x = a.getAtIndex(DOUBLE, aOffset + i) / scaleA;
            double y = b.getAtIndex(DOUBLE, bOffset + i) / scaleB;
            ab = Math.fma(x, y, ab);
            aa = Math.fma(x, x, aa);
            bb = Math.fma(y, y, bb);
        }
        return ScalarVectorKernels.cosine(ab, aa, bb);
    }
}
