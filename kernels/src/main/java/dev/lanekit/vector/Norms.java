package dev.lanekit.vector;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Scalar ℓp norms and distances that do not overflow or underflow when the result is representable (with
 * the one limit noted in the float ℓ2 kernel). Each
 * method takes a second operand {@code b}: when it is {@code null} the method computes ‖a‖, otherwise
 * ‖a − b‖ with the differences rounded to the element type. The scalar implementation always uses these,
 * the SIMD one for inputs shorter than two vectors, non-integer orders other than 1, and segments it does
 * not vectorize.
 *
 * <p>p = 2 is Blue's algorithm as LAPACK 3.10's nrm2 writes it (Anderson, "Algorithm 978: Safe Scaling in
 * the Level 1 BLAS", ACM TOMS 44(1), 2017): squares of magnitudes above {@code TBIG} are summed scaled down,
 * those below {@code TSML} scaled up, and the rest unscaled, in three accumulators combined at the end.
 * The float variant sums in float and combines in double, where every float square fits. Other orders
 * divide by the largest magnitude m first, so every term lies in [0, 1], and return m·(Σ tᵖ)^(1/p).
 *
 * <p>Special values: a NaN anywhere gives NaN (NaN lands in the unscaled accumulator and stays there),
 * otherwise an infinity gives +∞. Cost: one pass for p = 1, 2, ∞; two passes for other p. Allocates nothing.
 */
final class Norms {

    /** Integer orders up to this use repeated multiplication; larger ones use Math.pow. */
    static final int MAX_INTEGER_ORDER = 64;

    // LAPACK 3.10's constants from the Fortran model of float: radix 2, digits 24, exponents -125..128.
    static final float F_TSML = 0x1p-63f;
    static final float F_TBIG = 0x1p52f;
    static final float F_SSML = 0x1p75f;
    static final float F_SBIG = 0x1p-76f;

    // The same for double: digits 53, exponents -1021..1024.
    static final double D_TSML = 0x1p-511;
    static final double D_TBIG = 0x1p486;
    static final double D_SSML = 0x1p537;
    static final double D_SBIG = 0x1p-538;

    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private Norms() {}

    // ---------------------------------------------------------------------------------------------
    // float arrays

    static float norm(float[] a, int aOffset, float[] b, int bOffset, int n, double p) {
        if (p == 2.0) {
            return l2(a, aOffset, b, bOffset, n);
        }
        if (p == 1.0) {
            float sum = 0f;
            for (int i = 0; i < n; i++) {
                sum += Math.abs(element(a, aOffset, b, bOffset, i));
            }
            return sum;
        }
        float m = maxAbs(a, aOffset, b, bOffset, n);
        if (p == Double.POSITIVE_INFINITY || m != m || m == 0f || m == Float.POSITIVE_INFINITY) {
            return m;
        }

        // Every term t = |x|/m lies in [0, 1], so Σ tᵖ lies in [1, n] and neither overflows nor underflows.
        double sum = 0.0;
        int e = integerOrder(p);
        for (int i = 0; i < n; i++) {
            double t = Math.abs(element(a, aOffset, b, bOffset, i)) / (double) m;
            sum += e > 0 ? pow(t, e) : Math.pow(t, p);
        }
        return (float) (m * Math.pow(sum, 1.0 / p));
    }

    static float l2(float[] a, int aOffset, float[] b, int bOffset, int n) {
        // NOTE: the unscaled float sum overflows when about 2²⁴ or more elements lie near TBIG = 2⁵², although
        // the norm (about 2⁶⁴) is representable.
        float small = 0f;
        float medium = 0f;
        float big = 0f;
        for (int i = 0; i < n; i++) {
            float ax = Math.abs(element(a, aOffset, b, bOffset, i));
            if (ax > F_TBIG) {
                ax *= F_SBIG;
                big = Math.fma(ax, ax, big);
            } else if (ax < F_TSML) {
                // Once a big value is seen the small ones cannot change the float result.
                if (big == 0f) {
                    ax *= F_SSML;
                    small = Math.fma(ax, ax, small);
                }
            } else {
                medium = Math.fma(ax, ax, medium);
            }
        }
        return combine(small, medium, big);
    }

    static float maxAbs(float[] a, int aOffset, float[] b, int bOffset, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(element(a, aOffset, b, bOffset, i)));
        }
        return n == 0 ? 0f : max;
    }

    private static float element(float[] a, int aOffset, float[] b, int bOffset, int i) {
        return b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i];
    }

    // ---------------------------------------------------------------------------------------------
    // double arrays

    static double norm(double[] a, int aOffset, double[] b, int bOffset, int n, double p) {
        if (p == 2.0) {
            return l2(a, aOffset, b, bOffset, n);
        }
        if (p == 1.0) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += Math.abs(element(a, aOffset, b, bOffset, i));
            }
            return sum;
        }
        double m = maxAbs(a, aOffset, b, bOffset, n);
        if (p == Double.POSITIVE_INFINITY || m != m || m == 0.0 || m == Double.POSITIVE_INFINITY) {
            return m;
        }

        double sum = 0.0;
        int e = integerOrder(p);
        for (int i = 0; i < n; i++) {
            double t = Math.abs(element(a, aOffset, b, bOffset, i)) / m;
            sum += e > 0 ? pow(t, e) : Math.pow(t, p);
        }
        return m * Math.pow(sum, 1.0 / p);
    }

    static double l2(double[] a, int aOffset, double[] b, int bOffset, int n) {
        double small = 0.0;
        double medium = 0.0;
        double big = 0.0;
        for (int i = 0; i < n; i++) {
            double ax = Math.abs(element(a, aOffset, b, bOffset, i));
            if (ax > D_TBIG) {
                ax *= D_SBIG;
                big = Math.fma(ax, ax, big);
            } else if (ax < D_TSML) {
                if (big == 0.0) {
                    ax *= D_SSML;
                    small = Math.fma(ax, ax, small);
                }
            } else {
                medium = Math.fma(ax, ax, medium);
            }
        }
        return combine(small, medium, big);
    }

    static double maxAbs(double[] a, int aOffset, double[] b, int bOffset, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(element(a, aOffset, b, bOffset, i)));
        }
        return n == 0 ? 0.0 : max;
    }

    private static double element(double[] a, int aOffset, double[] b, int bOffset, int i) {
        return b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i];
    }

    // ---------------------------------------------------------------------------------------------
    // float segments

    static float normFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        if (p == 2.0) {
            float small = 0f;
            float medium = 0f;
            float big = 0f;
            for (long i = 0; i < n; i++) {
                float ax = Math.abs(floatElement(a, aOffset, b, bOffset, i));
                if (ax > F_TBIG) {
                    ax *= F_SBIG;
                    big = Math.fma(ax, ax, big);
                } else if (ax < F_TSML) {
                    if (big == 0f) {
                        ax *= F_SSML;
                        small = Math.fma(ax, ax, small);
                    }
                } else {
                    medium = Math.fma(ax, ax, medium);
                }
            }
            return combine(small, medium, big);
        }
        if (p == 1.0) {
            float sum = 0f;
            for (long i = 0; i < n; i++) {
                sum += Math.abs(floatElement(a, aOffset, b, bOffset, i));
            }
            return sum;
        }
        float m = Float.NEGATIVE_INFINITY;
        for (long i = 0; i < n; i++) {
            m = Math.max(m, Math.abs(floatElement(a, aOffset, b, bOffset, i)));
        }
        if (n == 0) {
            return 0f;
        }
        if (p == Double.POSITIVE_INFINITY || m != m || m == 0f || m == Float.POSITIVE_INFINITY) {
            return m;
        }

        double sum = 0.0;
        int e = integerOrder(p);
        for (long i = 0; i < n; i++) {
            double t = Math.abs(floatElement(a, aOffset, b, bOffset, i)) / (double) m;
            sum += e > 0 ? pow(t, e) : Math.pow(t, p);
        }
        return (float) (m * Math.pow(sum, 1.0 / p));
    }

    private static float floatElement(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long i) {
        float x = a.getAtIndex(FLOAT, aOffset + i);
        return b == null ? x : x - b.getAtIndex(FLOAT, bOffset + i);
    }

    // ---------------------------------------------------------------------------------------------
    // double segments

    static double normDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        if (p == 2.0) {
            double small = 0.0;
            double medium = 0.0;
            double big = 0.0;
            for (long i = 0; i < n; i++) {
                double ax = Math.abs(doubleElement(a, aOffset, b, bOffset, i));
                if (ax > D_TBIG) {
                    ax *= D_SBIG;
                    big = Math.fma(ax, ax, big);
                } else if (ax < D_TSML) {
                    if (big == 0.0) {
                        ax *= D_SSML;
                        small = Math.fma(ax, ax, small);
                    }
                } else {
                    medium = Math.fma(ax, ax, medium);
                }
            }
            return combine(small, medium, big);
        }
        if (p == 1.0) {
            double sum = 0.0;
            for (long i = 0; i < n; i++) {
                sum += Math.abs(doubleElement(a, aOffset, b, bOffset, i));
            }
            return sum;
        }
        double m = Double.NEGATIVE_INFINITY;
        for (long i = 0; i < n; i++) {
            m = Math.max(m, Math.abs(doubleElement(a, aOffset, b, bOffset, i)));
        }
        if (n == 0) {
            return 0.0;
        }
        if (p == Double.POSITIVE_INFINITY || m != m || m == 0.0 || m == Double.POSITIVE_INFINITY) {
            return m;
        }

        double sum = 0.0;
        int e = integerOrder(p);
        for (long i = 0; i < n; i++) {
            double t = Math.abs(doubleElement(a, aOffset, b, bOffset, i)) / m;
            sum += e > 0 ? pow(t, e) : Math.pow(t, p);
        }
        return m * Math.pow(sum, 1.0 / p);
    }

    private static double doubleElement(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long i) {
        double x = a.getAtIndex(DOUBLE, aOffset + i);
        return b == null ? x : x - b.getAtIndex(DOUBLE, bOffset + i);
    }

    // ---------------------------------------------------------------------------------------------
    // shared steps

    /**
     * Combines Blue's float accumulators in double, where every float square fits: a big partial sum is
     * scaled back by SBIG⁻², a small one by SSML⁻². A NaN in the medium accumulator means a NaN input.
     */
    static float combine(float small, float medium, float big) {
        if (medium != medium) {
            return Float.NaN;
        }
        double sumOfSquares = (double) medium;
        if (big > 0f) {
            sumOfSquares += big * 0x1p152;
        } else {
            sumOfSquares += small * 0x1p-150;
        }
        return (float) Math.sqrt(sumOfSquares);
    }

    /**
     * Combines Blue's double accumulators as LAPACK 3.10's dnrm2 does. With a big sum, the medium one is
     * folded into it scaled. With only small and medium sums, the two square roots are combined as
     * ymax·√(1 + (ymin/ymax)²), which neither overflows nor underflows.
     */
    static double combine(double small, double medium, double big) {
        if (medium != medium) {
            return Double.NaN;
        }
        if (big > 0.0) {
            if (medium > 0.0) {
                big += (medium * D_SBIG) * D_SBIG;
            }
            return Math.sqrt(big) / D_SBIG;
        }
        if (small > 0.0) {
            if (medium > 0.0) {
                double ymedium = Math.sqrt(medium);
                double ysmall = Math.sqrt(small) / D_SSML;
                double ymax = Math.max(ymedium, ysmall);
                double ymin = Math.min(ymedium, ysmall);
                double ratio = ymin / ymax;
                return ymax * Math.sqrt(1.0 + ratio * ratio);
            }
            return Math.sqrt(small) / D_SSML;
        }
        return Math.sqrt(medium);
    }

    /** Returns p as an int when it is an integer no larger than MAX_INTEGER_ORDER, else 0. */
    static int integerOrder(double p) {
        return p == Math.rint(p) && p <= MAX_INTEGER_ORDER ? (int) p : 0;
    }

    /** Returns tᵉ by binary powering: about 2·log₂(e) multiplications, each rounded once. */
    static double pow(double t, int e) {
        double result = 1.0;
        double base = t;
        while (e > 0) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        return result;
    }
}
