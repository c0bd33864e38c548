package dev.lanekit.vector;

import dev.lanekit.internal.Species;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels on double arrays, without argument checks: {@link SimdVectorKernels} validates first.
 *
 * <p>Shape: reductions run four independent accumulators over blocks of four vectors, which hides the
 * latency of the dependent adds, then one vector at a time, then sum the lanes once in a fixed order
 * ({@link Lanes}) and finish the last {@code n mod lanes} elements with scalar code, which never reads past
 * {@code n}. Below two vectors of
 * input the scalar kernels are faster, so short inputs go to them. Cost: one pass over the input (two for
 * argmax and log-sum-exp, three for softmax). Accuracy: within γₙ·Σ|terms| like the scalar kernels, in a
 * different order; exp uses the Vector API's lanewise EXP, within 1 ulp of {@link Math#exp(double)} on the
 * test machines. Allocates nothing once C2 has compiled the loops (vectors stay in registers).
 */
final class SimdDoubles {

    private static final VectorSpecies<Double> F = Species.DOUBLE;
    private static final int LANES = F.length();

    /** Below this many elements the scalar kernels are faster than the setup of the vector loop. */
    static final int MIN_LENGTH = 2 * LANES;

    /** A double sum of squares at least n·2⁻¹²⁶ has lost at most u relative to underflow (see l2). */
    private static final double UNDERFLOW_PER_ELEMENT = 0x1p-1022;

    private SimdDoubles() {}

    static double dot(double[] a, int aOffset, double[] b, int bOffset, int n) {
        // Eight independent accumulators: an FMA chain waits for its previous result, and at four chains
        // the loop was latency-bound (measured on AMD EPYC at 512 bits: about 1.5x slower at n = 4096 than
        // eight chains, which reach the speed of a plain read of both arrays).
        DoubleVector acc0 = DoubleVector.zero(F);
        DoubleVector acc1 = DoubleVector.zero(F);
        DoubleVector acc2 = DoubleVector.zero(F);
        DoubleVector acc3 = DoubleVector.zero(F);
        DoubleVector acc4 = DoubleVector.zero(F);
        DoubleVector acc5 = DoubleVector.zero(F);
        DoubleVector acc6 = DoubleVector.zero(F);
        DoubleVector acc7 = DoubleVector.zero(F);
        int i = 0;
        for (; i <= n - 8 * LANES; i += 8 * LANES) {
            acc0 = DoubleVector.fromArray(F, a, aOffset + i).fma(DoubleVector.fromArray(F, b, bOffset + i), acc0);
            acc1 = DoubleVector.fromArray(F, a, aOffset + i + LANES)
                    .fma(DoubleVector.fromArray(F, b, bOffset + i + LANES), acc1);
            acc2 = DoubleVector.fromArray(F, a, aOffset + i + 2 * LANES)
                    .fma(DoubleVector.fromArray(F, b, bOffset + i + 2 * LANES), acc2);
            acc3 = DoubleVector.fromArray(F, a, aOffset + i + 3 * LANES)
                    .fma(DoubleVector.fromArray(F, b, bOffset + i + 3 * LANES), acc3);
            acc4 = DoubleVector.fromArray(F, a, aOffset + i + 4 * LANES)
                    .fma(DoubleVector.fromArray(F, b, bOffset + i + 4 * LANES), acc4);
            acc5 = DoubleVector.fromArray(F, a, aOffset + i + 5 * LANES)
                    .fma(DoubleVector.fromArray(F, b, bOffset + i + 5 * LANES), acc5);
            acc6 = DoubleVector.fromArray(F, a, aOffset + i + 6 * LANES)
                    .fma(DoubleVector.fromArray(F, b, bOffset + i + 6 * LANES), acc6);
            acc7 = DoubleVector.fromArray(F, a, aOffset + i + 7 * LANES)
                    .fma(DoubleVector.fromArray(F, b, bOffset + i + 7 * LANES), acc7);
        }
        acc0 = acc0.add(acc4);
        acc1 = acc1.add(acc5);
        acc2 = acc2.add(acc6);
        acc3 = acc3.add(acc7);

        // Whole vectors left after the unrolled blocks go into one accumulator.
        for (; i <= n - LANES; i += LANES) {
            acc0 = DoubleVector.fromArray(F, a, aOffset + i).fma(DoubleVector.fromArray(F, b, bOffset + i), acc0);
        }
        double sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));

        for (; i < n; i++) {
            sum = Math.fma(a[aOffset + i], b[bOffset + i], sum);
        }
        return sum;
    }

    static void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int n) {
        // NOTE: the float axpy and scale measured faster as plain loops that C2 vectorizes itself.
        // No double benchmark exists yet to tell whether that is true here too.
        DoubleVector va = DoubleVector.broadcast(F, alpha);
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            DoubleVector vx = DoubleVector.fromArray(F, x, xOffset + i);
            vx.fma(va, DoubleVector.fromArray(F, y, yOffset + i)).intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
        }
    }

    static void scale(double alpha, double[] x, int xOffset, int n) {
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            DoubleVector.fromArray(F, x, xOffset + i).mul(alpha).intoArray(x, xOffset + i);
        }
        for (; i < n; i++) {
            x[xOffset + i] *= alpha;
        }
    }

    static double sum(double[] x, int xOffset, int n) {
        DoubleVector acc0 = DoubleVector.zero(F);
        DoubleVector acc1 = DoubleVector.zero(F);
        DoubleVector acc2 = DoubleVector.zero(F);
        DoubleVector acc3 = DoubleVector.zero(F);
        int i = 0;
        for (; i <= n - 4 * LANES; i += 4 * LANES) {
            acc0 = acc0.add(DoubleVector.fromArray(F, x, xOffset + i));
            acc1 = acc1.add(DoubleVector.fromArray(F, x, xOffset + i + LANES));
            acc2 = acc2.add(DoubleVector.fromArray(F, x, xOffset + i + 2 * LANES));
            acc3 = acc3.add(DoubleVector.fromArray(F, x, xOffset + i + 3 * LANES));
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.add(DoubleVector.fromArray(F, x, xOffset + i));
        }
        double sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            sum += x[xOffset + i];
        }
        return sum;
    }

    /** Returns the maximum as Math.max orders values, NaN-propagating; n must be at least MIN_LENGTH. */
    static double max(double[] x, int xOffset, int n) {
        // Every lane starts at -∞, the identity of max, so no seed value can win over real data.
        DoubleVector acc0 = DoubleVector.broadcast(F, Double.NEGATIVE_INFINITY);
        DoubleVector acc1 = acc0;
        DoubleVector acc2 = acc0;
        DoubleVector acc3 = acc0;
        int i = 0;
        for (; i <= n - 4 * LANES; i += 4 * LANES) {
            acc0 = acc0.max(DoubleVector.fromArray(F, x, xOffset + i));
            acc1 = acc1.max(DoubleVector.fromArray(F, x, xOffset + i + LANES));
            acc2 = acc2.max(DoubleVector.fromArray(F, x, xOffset + i + 2 * LANES));
            acc3 = acc3.max(DoubleVector.fromArray(F, x, xOffset + i + 3 * LANES));
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.max(DoubleVector.fromArray(F, x, xOffset + i));
        }
        double max = acc0.max(acc1).max(acc2.max(acc3)).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            max = Math.max(max, x[xOffset + i]);
        }
        return max;
    }

    static int argmax(double[] x, int xOffset, int n) {
        double max = max(x, xOffset, n);

        // Second pass: the first lane equal to the maximum, or the first NaN when the maximum is NaN.
        // Equality treats -0.0 and +0.0 alike, as the scalar kernel's strict comparison does.
        boolean nan = max != max;
        DoubleVector target = DoubleVector.broadcast(F, max);
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            DoubleVector v = DoubleVector.fromArray(F, x, xOffset + i);
            VectorMask<Double> hit = nan ? v.test(VectorOperators.IS_NAN) : v.eq(target);
            if (hit.anyTrue()) {
                return i + hit.firstTrue();
            }
        }
        for (; i < n; i++) {
            double value = x[xOffset + i];
            if (nan ? value != value : value == max) {
                return i;
            }
        }
        throw new AssertionError("the maximum " + max + " was not found in its own input");
    }

    static double cosine(double[] a, int aOffset, double[] b, int bOffset, int n) {
        // Three sums, two accumulators each: six independent chains keep the FMA units busy.
        DoubleVector ab0 = DoubleVector.zero(F);
        DoubleVector ab1 = DoubleVector.zero(F);
        DoubleVector aa0 = DoubleVector.zero(F);
        DoubleVector aa1 = DoubleVector.zero(F);
        DoubleVector bb0 = DoubleVector.zero(F);
        DoubleVector bb1 = DoubleVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            DoubleVector a0 = DoubleVector.fromArray(F, a, aOffset + i);
            DoubleVector b0 = DoubleVector.fromArray(F, b, bOffset + i);
            DoubleVector a1 = DoubleVector.fromArray(F, a, aOffset + i + LANES);
            DoubleVector b1 = DoubleVector.fromArray(F, b, bOffset + i + LANES);
            ab0 = a0.fma(b0, ab0);
            aa0 = a0.fma(a0, aa0);
            bb0 = b0.fma(b0, bb0);
            ab1 = a1.fma(b1, ab1);
            aa1 = a1.fma(a1, aa1);
            bb1 = b1.fma(b1, bb1);
        }
        for (; i <= n - LANES; i += LANES) {
            DoubleVector a0 = DoubleVector.fromArray(F, a, aOffset + i);
            DoubleVector b0 = DoubleVector.fromArray(F, b, bOffset + i);
            ab0 = a0.fma(b0, ab0);
            aa0 = a0.fma(a0, aa0);
            bb0 = b0.fma(b0, bb0);
        }
        double ab = Lanes.sum(ab0.add(ab1));
        double aa = Lanes.sum(aa0.add(aa1));
        double bb = Lanes.sum(bb0.add(bb1));
        for (; i < n; i++) {
            ab = Math.fma(a[aOffset + i], b[bOffset + i], ab);
            aa = Math.fma(a[aOffset + i], a[aOffset + i], aa);
            bb = Math.fma(b[bOffset + i], b[bOffset + i], bb);
        }
        return Cosines.safe(aa, bb) ? ScalarVectorKernels.cosine(ab, aa, bb)
                : Cosines.cosine(a, aOffset, b, bOffset, n);
    }

    /**
     * Returns ‖a‖_p, or ‖a − b‖_p when {@code b} is not null. p = 1, 2, ∞ and integer orders up to
     * {@link Norms#MAX_INTEGER_ORDER} run vector loops; other orders run the scalar max-scaled kernel.
     */
    static double norm(double[] a, int aOffset, double[] b, int bOffset, int n, double p) {
        if (p == 2.0) {
            return l2(a, aOffset, b, bOffset, n);
        }
        if (p == 1.0) {
            return sumAbs(a, aOffset, b, bOffset, n);
        }
        if (p == Double.POSITIVE_INFINITY) {
            return maxAbs(a, aOffset, b, bOffset, n);
        }
        int e = Norms.integerOrder(p);
        if (e == 0) {
            // NOTE: non-integer orders other than 1 run the scalar max-scaled kernel on the SIMD path too.
            return Norms.norm(a, aOffset, b, bOffset, n, p);
        }
        double m = maxAbs(a, aOffset, b, bOffset, n);
        if (m != m || m == 0.0 || m == Double.POSITIVE_INFINITY) {
            return m;
        }
        return (m * Math.pow(scaledPowerSum(a, aOffset, b, bOffset, n, m, e), 1.0 / p));
    }

    /**
     * Returns Σ (|xᵢ|/m)^e for the largest magnitude m and an integer order e. Every term lies in [0, 1] and
     * the largest is exactly 1, so the sum lies in [1, n]: no overflow, and terms that underflow are below
     * 2⁻¹²⁶ of it. Dividing by m, not multiplying by 1/m, keeps a denormal m from overflowing 1/m.
     */
    private static double scaledPowerSum(double[] a, int aOffset, double[] b, int bOffset, int n, double m, int e) {
        DoubleVector vm = DoubleVector.broadcast(F, m);
        DoubleVector acc0 = DoubleVector.zero(F);
        DoubleVector acc1 = DoubleVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            acc0 = acc0.add(power(element(a, aOffset, b, bOffset, i).abs().div(vm), e));
            acc1 = acc1.add(power(element(a, aOffset, b, bOffset, i + LANES).abs().div(vm), e));
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.add(power(element(a, aOffset, b, bOffset, i).abs().div(vm), e));
        }
        double sum = Lanes.sum(acc0.add(acc1));
        for (; i < n; i++) {
            double t = Math.abs(b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i]) / m;
            double term = 1.0;
            double base = t;
            for (int k = e; k > 0; k >>= 1) {
                if ((k & 1) != 0) {
                    term *= base;
                }
                base *= base;
            }
            sum += term;
        }
        return sum;
    }

    /** Returns tᵉ lane by lane by binary powering: about 2·log₂(e) products, and no Math.pow. */
    private static DoubleVector power(DoubleVector t, int e) {
        DoubleVector result = DoubleVector.broadcast(F, 1.0);
        DoubleVector base = t;
        for (int k = e; k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                result = result.mul(base);
            }
            base = base.mul(base);
        }
        return result;
    }

    /**
     * ℓ2 in one fast pass: the unscaled double sum of squares. It is accepted when it is finite (no square
     * overflowed, no NaN or ∞ in the input) and at least n·2⁻¹⁰²², so that squares flushed towards zero cost
     * at most u relative. Otherwise Blue's scaled sums recompute it in a second vector pass: for NaN, ∞,
     * magnitudes above about 1.3e154 or a norm below about √n·1.5e-154.
     */
    private static double l2(double[] a, int aOffset, double[] b, int bOffset, int n) {
        double sumOfSquares = b == null ? sumOfSquares(a, aOffset, n) : squaredDistance(a, aOffset, b, bOffset, n);
        if (sumOfSquares <= Double.MAX_VALUE && sumOfSquares >= n * UNDERFLOW_PER_ELEMENT) {
            return Math.sqrt(sumOfSquares);
        }
        return scaledL2(a, aOffset, b, bOffset, n);
    }

    /**
     * Blue's algorithm lane by lane: every magnitude goes to exactly one of three accumulators, chosen by a
     * compare and a blend instead of a branch. The small accumulator collects even after a big value has
     * appeared, which {@link Norms#combine} then ignores, as the scalar kernel's skipping does. A NaN fails
     * both compares and stays in the medium accumulator, so it reaches the result.
     */
    private static double scaledL2(double[] a, int aOffset, double[] b, int bOffset, int n) {
        DoubleVector zero = DoubleVector.zero(F);
        DoubleVector small = zero;
        DoubleVector medium = zero;
        DoubleVector big = zero;
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            DoubleVector ax = element(a, aOffset, b, bOffset, i).abs();
            VectorMask<Double> isBig = ax.compare(VectorOperators.GT, Norms.D_TBIG);
            VectorMask<Double> isSmall = ax.compare(VectorOperators.LT, Norms.D_TSML);
            DoubleVector scaledBig = zero.blend(ax.mul(Norms.D_SBIG), isBig);
            DoubleVector scaledSmall = zero.blend(ax.mul(Norms.D_SSML), isSmall);
            DoubleVector unscaled = ax.blend(zero, isBig.or(isSmall));
            big = scaledBig.fma(scaledBig, big);
            small = scaledSmall.fma(scaledSmall, small);
            medium = unscaled.fma(unscaled, medium);
        }
        double smallSum = Lanes.sum(small);
        double mediumSum = Lanes.sum(medium);
        double bigSum = Lanes.sum(big);
        for (; i < n; i++) {
            double ax = Math.abs(b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i]);
            if (ax > Norms.D_TBIG) {
                ax *= Norms.D_SBIG;
                bigSum = Math.fma(ax, ax, bigSum);
            } else if (ax < Norms.D_TSML) {
                ax *= Norms.D_SSML;
                smallSum = Math.fma(ax, ax, smallSum);
            } else {
                mediumSum = Math.fma(ax, ax, mediumSum);
            }
        }
        return Norms.combine(smallSum, mediumSum, bigSum);
    }

    private static double sumOfSquares(double[] x, int xOffset, int n) {
        DoubleVector acc0 = DoubleVector.zero(F);
        DoubleVector acc1 = DoubleVector.zero(F);
        DoubleVector acc2 = DoubleVector.zero(F);
        DoubleVector acc3 = DoubleVector.zero(F);
        int i = 0;
        for (; i <= n - 4 * LANES; i += 4 * LANES) {
            DoubleVector v0 = DoubleVector.fromArray(F, x, xOffset + i);
            DoubleVector v1 = DoubleVector.fromArray(F, x, xOffset + i + LANES);
            DoubleVector v2 = DoubleVector.fromArray(F, x, xOffset + i + 2 * LANES);
            DoubleVector v3 = DoubleVector.fromArray(F, x, xOffset + i + 3 * LANES);
            acc0 = v0.fma(v0, acc0);
            acc1 = v1.fma(v1, acc1);
            acc2 = v2.fma(v2, acc2);
            acc3 = v3.fma(v3, acc3);
        }
        for (; i <= n - LANES; i += LANES) {
            DoubleVector v = DoubleVector.fromArray(F, x, xOffset + i);
            acc0 = v.fma(v, acc0);
        }
        double sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            sum = Math.fma(x[xOffset + i], x[xOffset + i], sum);
        }
        return sum;
    }

    static double squaredDistance(double[] a, int aOffset, double[] b, int bOffset, int n) {
        DoubleVector acc0 = DoubleVector.zero(F);
        DoubleVector acc1 = DoubleVector.zero(F);
        DoubleVector acc2 = DoubleVector.zero(F);
        DoubleVector acc3 = DoubleVector.zero(F);
        int i = 0;
        for (; i <= n - 4 * LANES; i += 4 * LANES) {
            DoubleVector d0 = DoubleVector.fromArray(F, a, aOffset + i).sub(DoubleVector.fromArray(F, b, bOffset + i));
            DoubleVector d1 = DoubleVector.fromArray(F, a, aOffset + i + LANES)
                    .sub(DoubleVector.fromArray(F, b, bOffset + i + LANES));
            DoubleVector d2 = DoubleVector.fromArray(F, a, aOffset + i + 2 * LANES)
                    .sub(DoubleVector.fromArray(F, b, bOffset + i + 2 * LANES));
            DoubleVector d3 = DoubleVector.fromArray(F, a, aOffset + i + 3 * LANES)
                    .sub(DoubleVector.fromArray(F, b, bOffset + i + 3 * LANES));
            acc0 = d0.fma(d0, acc0);
            acc1 = d1.fma(d1, acc1);
            acc2 = d2.fma(d2, acc2);
            acc3 = d3.fma(d3, acc3);
        }
        for (; i <= n - LANES; i += LANES) {
            DoubleVector d = DoubleVector.fromArray(F, a, aOffset + i).sub(DoubleVector.fromArray(F, b, bOffset + i));
            acc0 = d.fma(d, acc0);
        }
        double sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            double d = a[aOffset + i] - b[bOffset + i];
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    private static double sumAbs(double[] a, int aOffset, double[] b, int bOffset, int n) {
        DoubleVector acc0 = DoubleVector.zero(F);
        DoubleVector acc1 = DoubleVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            acc0 = acc0.add(element(a, aOffset, b, bOffset, i).abs());
            acc1 = acc1.add(element(a, aOffset, b, bOffset, i + LANES).abs());
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.add(element(a, aOffset, b, bOffset, i).abs());
        }
        double sum = Lanes.sum(acc0.add(acc1));
        for (; i < n; i++) {
            sum += Math.abs(b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i]);
        }
        return sum;
    }

    private static double maxAbs(double[] a, int aOffset, double[] b, int bOffset, int n) {
        if (n == 0) {
            return 0.0;
        }
        // Seeded with -∞ like every max; the empty case returned 0 above.
        DoubleVector acc0 = DoubleVector.broadcast(F, Double.NEGATIVE_INFINITY);
        DoubleVector acc1 = acc0;
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            acc0 = acc0.max(element(a, aOffset, b, bOffset, i).abs());
            acc1 = acc1.max(element(a, aOffset, b, bOffset, i + LANES).abs());
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.max(element(a, aOffset, b, bOffset, i).abs());
        }
        double max = acc0.max(acc1).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            max = Math.max(max, Math.abs(b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i]));
        }
        return max;
    }

    /** Loads a[i..] or a[i..] − b[i..]; inlined, so C2 hoists the null test out of the loops. */
    private static DoubleVector element(double[] a, int aOffset, double[] b, int bOffset, int i) {
        DoubleVector v = DoubleVector.fromArray(F, a, aOffset + i);
        return b == null ? v : v.sub(DoubleVector.fromArray(F, b, bOffset + i));
    }

    static void softmax(double[] x, int xOffset, int n) {
        double max = max(x, xOffset, n);
        if (Softmax.special(x, xOffset, n, max)) {
            return;
        }

        // exp(x - max) lies in [0, 1] and the maximum contributes exactly 1, so the sum is in [1, n].
        DoubleVector vmax = DoubleVector.broadcast(F, max);
        DoubleVector acc0 = DoubleVector.zero(F);
        DoubleVector acc1 = DoubleVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            DoubleVector e0 = DoubleVector.fromArray(F, x, xOffset + i).sub(vmax).lanewise(VectorOperators.EXP);
            DoubleVector e1 = DoubleVector.fromArray(F, x, xOffset + i + LANES).sub(vmax)
                    .lanewise(VectorOperators.EXP);
            e0.intoArray(x, xOffset + i);
            e1.intoArray(x, xOffset + i + LANES);
            acc0 = acc0.add(e0);
            acc1 = acc1.add(e1);
        }
        for (; i <= n - LANES; i += LANES) {
            DoubleVector e = DoubleVector.fromArray(F, x, xOffset + i).sub(vmax).lanewise(VectorOperators.EXP);
            e.intoArray(x, xOffset + i);
            acc0 = acc0.add(e);
        }
        double sum = Lanes.sum(acc0.add(acc1));
        for (; i < n; i++) {
            double e = Math.exp(x[xOffset + i] - max);
            x[xOffset + i] = e;
            sum += e;
        }

        // Divide rather than multiply by 1/sum: one rounding per entry, as in the scalar kernel.
        DoubleVector vsum = DoubleVector.broadcast(F, sum);
        i = 0;
        for (; i <= n - LANES; i += LANES) {
            DoubleVector.fromArray(F, x, xOffset + i).div(vsum).intoArray(x, xOffset + i);
        }
        for (; i < n; i++) {
            x[xOffset + i] /= sum;
        }
    }

    static double logSumExp(double[] x, int xOffset, int n) {
        double max = max(x, xOffset, n);
        if (max != max || max == Double.POSITIVE_INFINITY || max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        DoubleVector vmax = DoubleVector.broadcast(F, max);
        DoubleVector acc0 = DoubleVector.zero(F);
        DoubleVector acc1 = DoubleVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            acc0 = acc0.add(DoubleVector.fromArray(F, x, xOffset + i).sub(vmax).lanewise(VectorOperators.EXP));
            acc1 = acc1.add(DoubleVector.fromArray(F, x, xOffset + i + LANES).sub(vmax)
                    .lanewise(VectorOperators.EXP));
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.add(DoubleVector.fromArray(F, x, xOffset + i).sub(vmax).lanewise(VectorOperators.EXP));
        }
        double sum = Lanes.sum(acc0.add(acc1));
        for (; i < n; i++) {
            sum += Math.exp(x[xOffset + i] - max);
        }
        return max + Math.log(sum);
    }

    static void exp(double[] x, int xOffset, double[] y, int yOffset, int n) {
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            DoubleVector.fromArray(F, x, xOffset + i).lanewise(VectorOperators.EXP).intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] = Math.exp(x[xOffset + i]);
        }
    }
}
