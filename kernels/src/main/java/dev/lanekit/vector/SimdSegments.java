package dev.lanekit.vector;

import dev.lanekit.internal.Species;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels on off-heap segments for the kernels that read the most data: dot, sum, the squared
 * ℓ2 distance, the ℓ2 norm and distance, and for float also cosine, the ℓ1 and ℓ∞ norms and distances,
 * max and argmax. They have the loop shape, summation order and acceptance test of
 * {@link SimdFloats} and {@link SimdDoubles}, with element indices in long, so an off-heap segment gives the
 * same bits as an array with the same contents. No argument checks: {@link SimdVectorKernels} validates
 * first. Allocates nothing once C2 has compiled the loops.
 */
final class SimdSegments {

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final VectorSpecies<Double> D = Species.DOUBLE;
    private static final int F_LANES = F.length();
    private static final int D_LANES = D.length();
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    // The same acceptance thresholds as the array kernels' fast ℓ2 pass.
    private static final double F_UNDERFLOW_PER_ELEMENT = 0x1p-126;
    private static final double D_UNDERFLOW_PER_ELEMENT = 0x1p-1022;

    private SimdSegments() {}

    // ---------------------------------------------------------------------------------------------
    // float segments

    private static FloatVector loadFloat(MemorySegment segment, long index) {
        return FloatVector.fromMemorySegment(F, segment, index * Float.BYTES, ORDER);
    }

    static float dotFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        // The same eight FMA chains in the same order as the array kernel, so both give the same bits.
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        FloatVector acc4 = FloatVector.zero(F);
        FloatVector acc5 = FloatVector.zero(F);
        FloatVector acc6 = FloatVector.zero(F);
        FloatVector acc7 = FloatVector.zero(F);
        long i = 0;
        for (; i <= n - 8 * F_LANES; i += 8 * F_LANES) {
            acc0 = loadFloat(a, aOffset + i).fma(loadFloat(b, bOffset + i), acc0);
            acc1 = loadFloat(a, aOffset + i + F_LANES).fma(loadFloat(b, bOffset + i + F_LANES), acc1);
            acc2 = loadFloat(a, aOffset + i + 2 * F_LANES).fma(loadFloat(b, bOffset + i + 2 * F_LANES), acc2);
            acc3 = loadFloat(a, aOffset + i + 3 * F_LANES).fma(loadFloat(b, bOffset + i + 3 * F_LANES), acc3);
            acc4 = loadFloat(a, aOffset + i + 4 * F_LANES).fma(loadFloat(b, bOffset + i + 4 * F_LANES), acc4);
            acc5 = loadFloat(a, aOffset + i + 5 * F_LANES).fma(loadFloat(b, bOffset + i + 5 * F_LANES), acc5);
            acc6 = loadFloat(a, aOffset + i + 6 * F_LANES).fma(loadFloat(b, bOffset + i + 6 * F_LANES), acc6);
            acc7 = loadFloat(a, aOffset + i + 7 * F_LANES).fma(loadFloat(b, bOffset + i + 7 * F_LANES), acc7);
        }
        acc0 = acc0.add(acc4);
        acc1 = acc1.add(acc5);
        acc2 = acc2.add(acc6);
        acc3 = acc3.add(acc7);

        for (; i <= n - F_LANES; i += F_LANES) {
            acc0 = loadFloat(a, aOffset + i).fma(loadFloat(b, bOffset + i), acc0);
        }
        float sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));

        for (; i < n; i++) {
            sum = Math.fma(a.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, aOffset + i), b.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, bOffset + i),
                    sum);
        }
        return sum;
    }

    static float sumFloat(MemorySegment x, long xOffset, long n) {
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        long i = 0;
        for (; i <= n - 4 * F_LANES; i += 4 * F_LANES) {
            acc0 = acc0.add(loadFloat(x, xOffset + i));
            acc1 = acc1.add(loadFloat(x, xOffset + i + F_LANES));
            acc2 = acc2.add(loadFloat(x, xOffset + i + 2 * F_LANES));
            acc3 = acc3.add(loadFloat(x, xOffset + i + 3 * F_LANES));
        }
        for (; i <= n - F_LANES; i += F_LANES) {
            acc0 = acc0.add(loadFloat(x, xOffset + i));
        }
        float sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            sum += x.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, xOffset + i);
        }
        return sum;
    }

    static float maxFloat(MemorySegment x, long xOffset, long n) {
        // Every lane starts at -∞, the identity of max, so no seed value can win over real data.
        FloatVector acc0 = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        FloatVector acc1 = acc0;
        FloatVector acc2 = acc0;
        FloatVector acc3 = acc0;
        long i = 0;
        for (; i <= n - 4 * F_LANES; i += 4 * F_LANES) {
            acc0 = acc0.max(loadFloat(x, xOffset + i));
            acc1 = acc1.max(loadFloat(x, xOffset + i + F_LANES));
            acc2 = acc2.max(loadFloat(x, xOffset + i + 2 * F_LANES));
            acc3 = acc3.max(loadFloat(x, xOffset + i + 3 * F_LANES));
        }
        for (; i <= n - F_LANES; i += F_LANES) {
            acc0 = acc0.max(loadFloat(x, xOffset + i));
        }
        float max = acc0.max(acc1).max(acc2.max(acc3)).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            max = Math.max(max, x.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, xOffset + i));
        }
        return max;
    }

    static long argmaxFloat(MemorySegment x, long xOffset, long n) {
        float max = maxFloat(x, xOffset, n);

        // Second pass: the first lane equal to the maximum, or the first NaN when the maximum is NaN.
        // Equality treats -0.0 and +0.0 alike, as the scalar kernel's strict comparison does.
        boolean nan = max != max;
        FloatVector target = FloatVector.broadcast(F, max);
        long i = 0;
        for (; i <= n - F_LANES; i += F_LANES) {
            FloatVector v = loadFloat(x, xOffset + i);
            VectorMask<Float> hit = nan ? v.test(VectorOperators.IS_NAN) : v.eq(target);
            if (hit.anyTrue()) {
                return i + hit.firstTrue();
            }
        }
        for (; i < n; i++) {
            float value = x.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, xOffset + i);
            if (nan ? value != value : value == max) {
                return i;
            }
        }
        throw new AssertionError("the maximum " + max + " was not found in its own input");
    }

    /** Returns Σ a² when {@code b} is null, else Σ (a − b)², unscaled. */
    static float squaresFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        long i = 0;
        for (; i <= n - 4 * F_LANES; i += 4 * F_LANES) {
            FloatVector d0 = differenceFloat(a, aOffset, b, bOffset, i);
            FloatVector d1 = differenceFloat(a, aOffset, b, bOffset, i + F_LANES);
            FloatVector d2 = differenceFloat(a, aOffset, b, bOffset, i + 2 * F_LANES);
            FloatVector d3 = differenceFloat(a, aOffset, b, bOffset, i + 3 * F_LANES);
            acc0 = d0.fma(d0, acc0);
            acc1 = d1.fma(d1, acc1);
            acc2 = d2.fma(d2, acc2);
            acc3 = d3.fma(d3, acc3);
        }
        for (; i <= n - F_LANES; i += F_LANES) {
            FloatVector d = differenceFloat(a, aOffset, b, bOffset, i);
            acc0 = d.fma(d, acc0);
        }
        float sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            float d = a.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, aOffset + i);
            if (b != null) {
                d -= b.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, bOffset + i);
            }
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    private static FloatVector differenceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long i) {
        FloatVector v = loadFloat(a, aOffset + i);
        return b == null ? v : v.sub(loadFloat(b, bOffset + i));
    }

    static float cosineFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        // Three sums, two accumulators each, as in the array kernel, so the bits match it.
        FloatVector ab0 = FloatVector.zero(F);
        FloatVector ab1 = FloatVector.zero(F);
        FloatVector aa0 = FloatVector.zero(F);
        FloatVector aa1 = FloatVector.zero(F);
        FloatVector bb0 = FloatVector.zero(F);
        FloatVector bb1 = FloatVector.zero(F);
        long i = 0;
        for (; i <= n - 2 * F_LANES; i += 2 * F_LANES) {
            FloatVector a0 = loadFloat(a, aOffset + i);
            FloatVector b0 = loadFloat(b, bOffset + i);
            FloatVector a1 = loadFloat(a, aOffset + i + F_LANES);
            FloatVector b1 = loadFloat(b, bOffset + i + F_LANES);
            ab0 = a0.fma(b0, ab0);
            aa0 = a0.fma(a0, aa0);
            bb0 = b0.fma(b0, bb0);
            ab1 = a1.fma(b1, ab1);
            aa1 = a1.fma(a1, aa1);
            bb1 = b1.fma(b1, bb1);
        }
        for (; i <= n - F_LANES; i += F_LANES) {
            FloatVector a0 = loadFloat(a, aOffset + i);
            FloatVector b0 = loadFloat(b, bOffset + i);
            ab0 = a0.fma(b0, ab0);
            aa0 = a0.fma(a0, aa0);
            bb0 = b0.fma(b0, bb0);
        }
        float ab = Lanes.sum(ab0.add(ab1));
        float aa = Lanes.sum(aa0.add(aa1));
        float bb = Lanes.sum(bb0.add(bb1));
        for (; i < n; i++) {
            float x = a.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, aOffset + i);
            float y = b.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, bOffset + i);
            ab = Math.fma(x, y, ab);
            aa = Math.fma(x, x, aa);
            bb = Math.fma(y, y, bb);
        }
        return Cosines.safe(aa, bb) ? ScalarVectorKernels.cosine(ab, aa, bb)
                : Cosines.cosineFloat(a, aOffset, b, bOffset, n);
    }

    /**
     * Returns ‖a‖_p or ‖a − b‖_p for p = 1 or ∞ with the loops of the array kernels: Σ|xᵢ| in two
     * accumulators, or max|xᵢ| seeded with -∞ (0 when n = 0). Any other p is not handled here.
     */
    static float normFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        return p == 1.0 ? sumAbsFloat(a, aOffset, b, bOffset, n) : maxAbsFloat(a, aOffset, b, bOffset, n);
    }

    private static float sumAbsFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        long i = 0;
        for (; i <= n - 2 * F_LANES; i += 2 * F_LANES) {
            acc0 = acc0.add(differenceFloat(a, aOffset, b, bOffset, i).abs());
            acc1 = acc1.add(differenceFloat(a, aOffset, b, bOffset, i + F_LANES).abs());
        }
        for (; i <= n - F_LANES; i += F_LANES) {
            acc0 = acc0.add(differenceFloat(a, aOffset, b, bOffset, i).abs());
        }
        float sum = Lanes.sum(acc0.add(acc1));
        for (; i < n; i++) {
            sum += Math.abs(scalarDifference(a, aOffset, b, bOffset, i));
        }
        return sum;
    }

    private static float maxAbsFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        if (n == 0) {
            return 0f;
        }
        FloatVector acc0 = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        FloatVector acc1 = acc0;
        long i = 0;
        for (; i <= n - 2 * F_LANES; i += 2 * F_LANES) {
            acc0 = acc0.max(differenceFloat(a, aOffset, b, bOffset, i).abs());
            acc1 = acc1.max(differenceFloat(a, aOffset, b, bOffset, i + F_LANES).abs());
        }
        for (; i <= n - F_LANES; i += F_LANES) {
            acc0 = acc0.max(differenceFloat(a, aOffset, b, bOffset, i).abs());
        }
        float max = acc0.max(acc1).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            max = Math.max(max, Math.abs(scalarDifference(a, aOffset, b, bOffset, i)));
        }
        return max;
    }

    private static float scalarDifference(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long i) {
        float value = a.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, aOffset + i);
        return b == null ? value : value - b.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, bOffset + i);
    }

    /** Returns ‖a‖₂ or ‖a − b‖₂ with the fast pass of {@link SimdFloats}, falling back to Blue's scalar kernel. */
    static float l2Float(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        float sumOfSquares = squaresFloat(a, aOffset, b, bOffset, n);
        if (sumOfSquares <= Float.MAX_VALUE && sumOfSquares >= n * F_UNDERFLOW_PER_ELEMENT) {
            return (float) Math.sqrt(sumOfSquares);
        }
        return Norms.normFloat(a, aOffset, b, bOffset, n, 2.0);
    }

    // ---------------------------------------------------------------------------------------------
    // double segments

    private static DoubleVector loadDouble(MemorySegment segment, long index) {
        return DoubleVector.fromMemorySegment(D, segment, index * Double.BYTES, ORDER);
    }

    static double dotDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        // The same eight FMA chains in the same order as the array kernel, so both give the same bits.
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = DoubleVector.zero(D);
        DoubleVector acc2 = DoubleVector.zero(D);
        DoubleVector acc3 = DoubleVector.zero(D);
        DoubleVector acc4 = DoubleVector.zero(D);
        DoubleVector acc5 = DoubleVector.zero(D);
        DoubleVector acc6 = DoubleVector.zero(D);
        DoubleVector acc7 = DoubleVector.zero(D);
        long i = 0;
        for (; i <= n - 8 * D_LANES; i += 8 * D_LANES) {
            acc0 = loadDouble(a, aOffset + i).fma(loadDouble(b, bOffset + i), acc0);
            acc1 = loadDouble(a, aOffset + i + D_LANES).fma(loadDouble(b, bOffset + i + D_LANES), acc1);
            acc2 = loadDouble(a, aOffset + i + 2 * D_LANES).fma(loadDouble(b, bOffset + i + 2 * D_LANES), acc2);
            acc3 = loadDouble(a, aOffset + i + 3 * D_LANES).fma(loadDouble(b, bOffset + i + 3 * D_LANES), acc3);
            acc4 = loadDouble(a, aOffset + i + 4 * D_LANES).fma(loadDouble(b, bOffset + i + 4 * D_LANES), acc4);
            acc5 = loadDouble(a, aOffset + i + 5 * D_LANES).fma(loadDouble(b, bOffset + i + 5 * D_LANES), acc5);
            acc6 = loadDouble(a, aOffset + i + 6 * D_LANES).fma(loadDouble(b, bOffset + i + 6 * D_LANES), acc6);
            acc7 = loadDouble(a, aOffset + i + 7 * D_LANES).fma(loadDouble(b, bOffset + i + 7 * D_LANES), acc7);
        }
        acc0 = acc0.add(acc4);
        acc1 = acc1.add(acc5);
        acc2 = acc2.add(acc6);
        acc3 = acc3.add(acc7);

        for (; i <= n - D_LANES; i += D_LANES) {
            acc0 = loadDouble(a, aOffset + i).fma(loadDouble(b, bOffset + i), acc0);
        }
        double sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));

        for (; i < n; i++) {
            sum = Math.fma(a.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, aOffset + i), b.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, bOffset + i),
                    sum);
        }
        return sum;
    }

    static double sumDouble(MemorySegment x, long xOffset, long n) {
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = DoubleVector.zero(D);
        DoubleVector acc2 = DoubleVector.zero(D);
        DoubleVector acc3 = DoubleVector.zero(D);
        long i = 0;
        for (; i <= n - 4 * D_LANES; i += 4 * D_LANES) {
            acc0 = acc0.add(loadDouble(x, xOffset + i));
            acc1 = acc1.add(loadDouble(x, xOffset + i + D_LANES));
            acc2 = acc2.add(loadDouble(x, xOffset + i + 2 * D_LANES));
            acc3 = acc3.add(loadDouble(x, xOffset + i + 3 * D_LANES));
        }
        for (; i <= n - D_LANES; i += D_LANES) {
            acc0 = acc0.add(loadDouble(x, xOffset + i));
        }
        double sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            sum += x.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, xOffset + i);
        }
        return sum;
    }

    /** Returns Σ a² when {@code b} is null, else Σ (a − b)², unscaled. */
    static double squaresDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = DoubleVector.zero(D);
        DoubleVector acc2 = DoubleVector.zero(D);
        DoubleVector acc3 = DoubleVector.zero(D);
        long i = 0;
        for (; i <= n - 4 * D_LANES; i += 4 * D_LANES) {
            DoubleVector d0 = differenceDouble(a, aOffset, b, bOffset, i);
            DoubleVector d1 = differenceDouble(a, aOffset, b, bOffset, i + D_LANES);
            DoubleVector d2 = differenceDouble(a, aOffset, b, bOffset, i + 2 * D_LANES);
            DoubleVector d3 = differenceDouble(a, aOffset, b, bOffset, i + 3 * D_LANES);
            acc0 = d0.fma(d0, acc0);
            acc1 = d1.fma(d1, acc1);
            acc2 = d2.fma(d2, acc2);
            acc3 = d3.fma(d3, acc3);
        }
        for (; i <= n - D_LANES; i += D_LANES) {
            DoubleVector d = differenceDouble(a, aOffset, b, bOffset, i);
            acc0 = d.fma(d, acc0);
        }
        double sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            double d = a.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, aOffset + i);
            if (b != null) {
                d -= b.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, bOffset + i);
            }
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    private static DoubleVector differenceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long i) {
        DoubleVector v = loadDouble(a, aOffset + i);
        return b == null ? v : v.sub(loadDouble(b, bOffset + i));
    }

    /** Returns ‖a‖₂ or ‖a − b‖₂ with the fast pass of {@link SimdDoubles}, falling back to Blue's scalar kernel. */
    static double l2Double(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        double sumOfSquares = squaresDouble(a, aOffset, b, bOffset, n);
        if (sumOfSquares <= Double.MAX_VALUE && sumOfSquares >= n * D_UNDERFLOW_PER_ELEMENT) {
            return Math.sqrt(sumOfSquares);
        }
        return Norms.normDouble(a, aOffset, b, bOffset, n, 2.0);
    }
}
