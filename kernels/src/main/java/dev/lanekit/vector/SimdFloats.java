package dev.lanekit.vector;

import dev.lanekit.internal.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels on float arrays, without argument checks: {@link SimdVectorKernels} validates first.
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
final class SimdFloats {

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int LANES = F.length();

    /** Below this many elements the scalar kernels are faster than the setup of the vector loop. */
    static final int MIN_LENGTH = 2 * LANES;

    /** A float sum of squares at least n·2⁻¹²⁶ has lost at most u relative to underflow (see l2). */
    private static final double UNDERFLOW_PER_ELEMENT = 0x1p-126;

    private SimdFloats() {}

    static float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        // Eight independent accumulators: an FMA chain waits for its previous result, and at four chains
        // the loop was latency-bound (measured on AMD EPYC at 512 bits: about 1.5x slower at n = 4096 than
        // eight chains, which reach the speed of a plain read of both arrays).
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        FloatVector acc4 = FloatVector.zero(F);
        FloatVector acc5 = FloatVector.zero(F);
        FloatVector acc6 = FloatVector.zero(F);
        FloatVector acc7 = FloatVector.zero(F);
        int i = 0;
        for (; i <= n - 8 * LANES; i += 8 * LANES) {
            acc0 = FloatVector.fromArray(F, a, aOffset + i).fma(FloatVector.fromArray(F, b, bOffset + i), acc0);
            acc1 = FloatVector.fromArray(F, a, aOffset + i + LANES)
                    .fma(FloatVector.fromArray(F, b, bOffset + i + LANES), acc1);
            acc2 = FloatVector.fromArray(F, a, aOffset + i + 2 * LANES)
                    .fma(FloatVector.fromArray(F, b, bOffset + i + 2 * LANES), acc2);
            acc3 = FloatVector.fromArray(F, a, aOffset + i + 3 * LANES)
                    .fma(FloatVector.fromArray(F, b, bOffset + i + 3 * LANES), acc3);
            acc4 = FloatVector.fromArray(F, a, aOffset + i + 4 * LANES)
                    .fma(FloatVector.fromArray(F, b, bOffset + i + 4 * LANES), acc4);
            acc5 = FloatVector.fromArray(F, a, aOffset + i + 5 * LANES)
                    .fma(FloatVector.fromArray(F, b, bOffset + i + 5 * LANES), acc5);
            acc6 = FloatVector.fromArray(F, a, aOffset + i + 6 * LANES)
                    .fma(FloatVector.fromArray(F, b, bOffset + i + 6 * LANES), acc6);
            acc7 = FloatVector.fromArray(F, a, aOffset + i + 7 * LANES)
                    .fma(FloatVector.fromArray(F, b, bOffset + i + 7 * LANES), acc7);
        }
        acc0 = acc0.add(acc4);
        acc1 = acc1.add(acc5);
        acc2 = acc2.add(acc6);
        acc3 = acc3.add(acc7);

        // Whole vectors left after the unrolled blocks go into one accumulator.
        for (; i <= n - LANES; i += LANES) {
            acc0 = FloatVector.fromArray(F, a, aOffset + i).fma(FloatVector.fromArray(F, b, bOffset + i), acc0);
        }
        float sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));

        for (; i < n; i++) {
            sum = Math.fma(a[aOffset + i], b[bOffset + i], sum);
        }
        return sum;
    }

    static float sum(float[] x, int xOffset, int n) {
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        int i = 0;
        for (; i <= n - 4 * LANES; i += 4 * LANES) {
            acc0 = acc0.add(FloatVector.fromArray(F, x, xOffset + i));
            acc1 = acc1.add(FloatVector.fromArray(F, x, xOffset + i + LANES));
            acc2 = acc2.add(FloatVector.fromArray(F, x, xOffset + i + 2 * LANES));
            acc3 = acc3.add(FloatVector.fromArray(F, x, xOffset + i + 3 * LANES));
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.add(FloatVector.fromArray(F, x, xOffset + i));
        }
        float sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            sum += x[xOffset + i];
        }
        return sum;
    }

    /** Returns the maximum as Math.max orders values, NaN-propagating; n must be at least MIN_LENGTH. */
    static float max(float[] x, int xOffset, int n) {
        // Every lane starts at -∞, the identity of max, so no seed value can win over real data.
        FloatVector acc0 = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        FloatVector acc1 = acc0;
        FloatVector acc2 = acc0;
        FloatVector acc3 = acc0;
        int i = 0;
        for (; i <= n - 4 * LANES; i += 4 * LANES) {
            acc0 = acc0.max(FloatVector.fromArray(F, x, xOffset + i));
            acc1 = acc1.max(FloatVector.fromArray(F, x, xOffset + i + LANES));
            acc2 = acc2.max(FloatVector.fromArray(F, x, xOffset + i + 2 * LANES));
            acc3 = acc3.max(FloatVector.fromArray(F, x, xOffset + i + 3 * LANES));
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.max(FloatVector.fromArray(F, x, xOffset + i));
        }
        float max = acc0.max(acc1).max(acc2.max(acc3)).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            max = Math.max(max, x[xOffset + i]);
        }
        return max;
    }

    static int argmax(float[] x, int xOffset, int n) {
        float max = max(x, xOffset, n);

        // Second pass: the first lane equal to the maximum, or the first NaN when the maximum is NaN.
        // Equality treats -0.0 and +0.0 alike, as the scalar kernel's strict comparison does.
        boolean nan = max != max;
        FloatVector target = FloatVector.broadcast(F, max);
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            FloatVector v = FloatVector.fromArray(F, x, xOffset + i);
            VectorMask<Float> hit = nan ? v.test(VectorOperators.IS_NAN) : v.eq(target);
            if (hit.anyTrue()) {
                return i + hit.firstTrue();
            }
        }
        for (; i < n; i++) {
            float value = x[xOffset + i];
            if (nan ? value != value : value == max) {
                return i;
            }
        }
        throw new AssertionError("the maximum " + max + " was not found in its own input");
    }

    static float cosine(float[] a, int aOffset, float[] b, int bOffset, int n) {
        // Three sums, two accumulators each: six independent chains keep the FMA units busy.
        FloatVector ab0 = FloatVector.zero(F);
        FloatVector ab1 = FloatVector.zero(F);
        FloatVector aa0 = FloatVector.zero(F);
        FloatVector aa1 = FloatVector.zero(F);
        FloatVector bb0 = FloatVector.zero(F);
        FloatVector bb1 = FloatVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            FloatVector a0 = FloatVector.fromArray(F, a, aOffset + i);
            FloatVector b0 = FloatVector.fromArray(F, b, bOffset + i);
            FloatVector a1 = FloatVector.fromArray(F, a, aOffset + i + LANES);
            FloatVector b1 = FloatVector.fromArray(F, b, bOffset + i + LANES);
            ab0 = a0.fma(b0, ab0);
            aa0 = a0.fma(a0, aa0);
            bb0 = b0.fma(b0, bb0);
            ab1 = a1.fma(b1, ab1);
            aa1 = a1.fma(a1, aa1);
            bb1 = b1.fma(b1, bb1);
        }
        for (; i <= n - LANES; i += LANES) {
            FloatVector a0 = FloatVector.fromArray(F, a, aOffset + i);
            FloatVector b0 = FloatVector.fromArray(F, b, bOffset + i);
            ab0 = a0.fma(b0, ab0);
            aa0 = a0.fma(a0, aa0);
            bb0 = b0.fma(b0, bb0);
        }
        float ab = Lanes.sum(ab0.add(ab1));
        float aa = Lanes.sum(aa0.add(aa1));
        float bb = Lanes.sum(bb0.add(bb1));
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
    static float norm(float[] a, int aOffset, float[] b, int bOffset, int n, double p) {
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
        float m = maxAbs(a, aOffset, b, bOffset, n);
        if (m != m || m == 0f || m == Float.POSITIVE_INFINITY) {
            return m;
        }
        return (float) (m * Math.pow(scaledPowerSum(a, aOffset, b, bOffset, n, m, e), 1.0 / p));
    }

    /**
     * Returns Σ (|xᵢ|/m)^e for the largest magnitude m and an integer order e. Every term lies in [0, 1] and
     * the largest is exactly 1, so the sum lies in [1, n]: no overflow, and terms that underflow are below
     * 2⁻¹²⁶ of it. Dividing by m, not multiplying by 1/m, keeps a denormal m from overflowing 1/m.
     */
    private static float scaledPowerSum(float[] a, int aOffset, float[] b, int bOffset, int n, float m, int e) {
        FloatVector vm = FloatVector.broadcast(F, m);
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            acc0 = acc0.add(power(element(a, aOffset, b, bOffset, i).abs().div(vm), e));
            acc1 = acc1.add(power(element(a, aOffset, b, bOffset, i + LANES).abs().div(vm), e));
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.add(power(element(a, aOffset, b, bOffset, i).abs().div(vm), e));
        }
        float sum = Lanes.sum(acc0.add(acc1));
        for (; i < n; i++) {
            float t = Math.abs(b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i]) / m;
            float term = 1f;
            float base = t;
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
    private static FloatVector power(FloatVector t, int e) {
        FloatVector result = FloatVector.broadcast(F, 1f);
        FloatVector base = t;
        for (int k = e; k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                result = result.mul(base);
            }
            base = base.mul(base);
        }
        return result;
    }

    /**
     * ℓ2 in one fast pass: the unscaled float sum of squares. It is accepted when it is finite (no square
     * overflowed, no NaN or ∞ in the input) and at least n·2⁻¹²⁶, so that squares flushed towards zero cost
     * at most u relative. Otherwise Blue's scaled sums recompute it in a second vector pass: for NaN, ∞,
     * magnitudes above about 1.8e19 or a norm below about √n·1.1e-19.
     */
    private static float l2(float[] a, int aOffset, float[] b, int bOffset, int n) {
        float sumOfSquares = b == null ? sumOfSquares(a, aOffset, n) : squaredDistance(a, aOffset, b, bOffset, n);
        if (sumOfSquares <= Float.MAX_VALUE && sumOfSquares >= n * UNDERFLOW_PER_ELEMENT) {
            return (float) Math.sqrt(sumOfSquares);
        }
        return scaledL2(a, aOffset, b, bOffset, n);
    }

    /**
     * Blue's algorithm lane by lane: every magnitude goes to exactly one of three accumulators, chosen by a
     * compare and a blend instead of a branch. The small accumulator collects even after a big value has
     * appeared, which {@link Norms#combine} then ignores, as the scalar kernel's skipping does. A NaN fails
     * both compares and stays in the medium accumulator, so it reaches the result.
     */
    private static float scaledL2(float[] a, int aOffset, float[] b, int bOffset, int n) {
        FloatVector zero = FloatVector.zero(F);
        FloatVector small = zero;
        FloatVector medium = zero;
        FloatVector big = zero;
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            FloatVector ax = element(a, aOffset, b, bOffset, i).abs();
            VectorMask<Float> isBig = ax.compare(VectorOperators.GT, Norms.F_TBIG);
            VectorMask<Float> isSmall = ax.compare(VectorOperators.LT, Norms.F_TSML);
            FloatVector scaledBig = zero.blend(ax.mul(Norms.F_SBIG), isBig);
            FloatVector scaledSmall = zero.blend(ax.mul(Norms.F_SSML), isSmall);
            FloatVector unscaled = ax.blend(zero, isBig.or(isSmall));
            big = scaledBig.fma(scaledBig, big);
            small = scaledSmall.fma(scaledSmall, small);
            medium = unscaled.fma(unscaled, medium);
        }
        float smallSum = Lanes.sum(small);
        float mediumSum = Lanes.sum(medium);
        float bigSum = Lanes.sum(big);
        for (; i < n; i++) {
            float ax = Math.abs(b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i]);
            if (ax > Norms.F_TBIG) {
                ax *= Norms.F_SBIG;
                bigSum = Math.fma(ax, ax, bigSum);
            } else if (ax < Norms.F_TSML) {
                ax *= Norms.F_SSML;
                smallSum = Math.fma(ax, ax, smallSum);
            } else {
                mediumSum = Math.fma(ax, ax, mediumSum);
            }
        }
        return Norms.combine(smallSum, mediumSum, bigSum);
    }

    private static float sumOfSquares(float[] x, int xOffset, int n) {
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        int i = 0;
        for (; i <= n - 4 * LANES; i += 4 * LANES) {
            FloatVector v0 = FloatVector.fromArray(F, x, xOffset + i);
            FloatVector v1 = FloatVector.fromArray(F, x, xOffset + i + LANES);
            FloatVector v2 = FloatVector.fromArray(F, x, xOffset + i + 2 * LANES);
            FloatVector v3 = FloatVector.fromArray(F, x, xOffset + i + 3 * LANES);
            acc0 = v0.fma(v0, acc0);
            acc1 = v1.fma(v1, acc1);
            acc2 = v2.fma(v2, acc2);
            acc3 = v3.fma(v3, acc3);
        }
        for (; i <= n - LANES; i += LANES) {
            FloatVector v = FloatVector.fromArray(F, x, xOffset + i);
            acc0 = v.fma(v, acc0);
        }
        float sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            sum = Math.fma(x[xOffset + i], x[xOffset + i], sum);
        }
        return sum;
    }

    static float squaredDistance(float[] a, int aOffset, float[] b, int bOffset, int n) {
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        int i = 0;
        for (; i <= n - 4 * LANES; i += 4 * LANES) {
            FloatVector d0 = FloatVector.fromArray(F, a, aOffset + i).sub(FloatVector.fromArray(F, b, bOffset + i));
            FloatVector d1 = FloatVector.fromArray(F, a, aOffset + i + LANES)
                    .sub(FloatVector.fromArray(F, b, bOffset + i + LANES));
            FloatVector d2 = FloatVector.fromArray(F, a, aOffset + i + 2 * LANES)
                    .sub(FloatVector.fromArray(F, b, bOffset + i + 2 * LANES));
            FloatVector d3 = FloatVector.fromArray(F, a, aOffset + i + 3 * LANES)
                    .sub(FloatVector.fromArray(F, b, bOffset + i + 3 * LANES));
            acc0 = d0.fma(d0, acc0);
            acc1 = d1.fma(d1, acc1);
            acc2 = d2.fma(d2, acc2);
            acc3 = d3.fma(d3, acc3);
        }
        for (; i <= n - LANES; i += LANES) {
            FloatVector d = FloatVector.fromArray(F, a, aOffset + i).sub(FloatVector.fromArray(F, b, bOffset + i));
            acc0 = d.fma(d, acc0);
        }
        float sum = Lanes.sum(acc0.add(acc1).add(acc2.add(acc3)));
        for (; i < n; i++) {
            float d = a[aOffset + i] - b[bOffset + i];
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    private static float sumAbs(float[] a, int aOffset, float[] b, int bOffset, int n) {
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            acc0 = acc0.add(element(a, aOffset, b, bOffset, i).abs());
            acc1 = acc1.add(element(a, aOffset, b, bOffset, i + LANES).abs());
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.add(element(a, aOffset, b, bOffset, i).abs());
        }
        float sum = Lanes.sum(acc0.add(acc1));
        for (; i < n; i++) {
            sum += Math.abs(b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i]);
        }
        return sum;
    }

    private static float maxAbs(float[] a, int aOffset, float[] b, int bOffset, int n) {
        if (n == 0) {
            return 0f;
        }
        // Seeded with -∞ like every max; the empty case returned 0 above.
        FloatVector acc0 = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        FloatVector acc1 = acc0;
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            acc0 = acc0.max(element(a, aOffset, b, bOffset, i).abs());
            acc1 = acc1.max(element(a, aOffset, b, bOffset, i + LANES).abs());
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.max(element(a, aOffset, b, bOffset, i).abs());
        }
        float max = acc0.max(acc1).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            max = Math.max(max, Math.abs(b == null ? a[aOffset + i] : a[aOffset + i] - b[bOffset + i]));
        }
        return max;
    }

    /** Loads a[i..] or a[i..] − b[i..]; inlined, so C2 hoists the null test out of the loops. */
    private static FloatVector element(float[] a, int aOffset, float[] b, int bOffset, int i) {
        FloatVector v = FloatVector.fromArray(F, a, aOffset + i);
        return b == null ? v : v.sub(FloatVector.fromArray(F, b, bOffset + i));
    }

    static void softmax(float[] x, int xOffset, int n) {
        float max = max(x, xOffset, n);
        if (Softmax.special(x, xOffset, n, max)) {
            return;
        }

        // exp(x - max) lies in [0, 1] and the maximum contributes exactly 1, so the sum is in [1, n].
        FloatVector vmax = FloatVector.broadcast(F, max);
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            FloatVector e0 = FloatVector.fromArray(F, x, xOffset + i).sub(vmax).lanewise(VectorOperators.EXP);
            FloatVector e1 = FloatVector.fromArray(F, x, xOffset + i + LANES).sub(vmax)
                    .lanewise(VectorOperators.EXP);
            e0.intoArray(x, xOffset + i);
            e1.intoArray(x, xOffset + i + LANES);
            acc0 = acc0.add(e0);
            acc1 = acc1.add(e1);
        }
        for (; i <= n - LANES; i += LANES) {
            FloatVector e = FloatVector.fromArray(F, x, xOffset + i).sub(vmax).lanewise(VectorOperators.EXP);
            e.intoArray(x, xOffset + i);
            acc0 = acc0.add(e);
        }
        float sum = Lanes.sum(acc0.add(acc1));
        for (; i < n; i++) {
            float e = (float) Math.exp(x[xOffset + i] - max);
            x[xOffset + i] = e;
            sum += e;
        }

        // Divide rather than multiply by 1/sum: one rounding per entry, as in the scalar kernel.
        FloatVector vsum = FloatVector.broadcast(F, sum);
        i = 0;
        for (; i <= n - LANES; i += LANES) {
            FloatVector.fromArray(F, x, xOffset + i).div(vsum).intoArray(x, xOffset + i);
        }
        for (; i < n; i++) {
            x[xOffset + i] /= sum;
        }
    }

    static float logSumExp(float[] x, int xOffset, int n) {
        float max = max(x, xOffset, n);
        if (max != max || max == Float.POSITIVE_INFINITY || max == Float.NEGATIVE_INFINITY) {
            return max;
        }
        FloatVector vmax = FloatVector.broadcast(F, max);
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = 0;
        for (; i <= n - 2 * LANES; i += 2 * LANES) {
            acc0 = acc0.add(FloatVector.fromArray(F, x, xOffset + i).sub(vmax).lanewise(VectorOperators.EXP));
            acc1 = acc1.add(FloatVector.fromArray(F, x, xOffset + i + LANES).sub(vmax)
                    .lanewise(VectorOperators.EXP));
        }
        for (; i <= n - LANES; i += LANES) {
            acc0 = acc0.add(FloatVector.fromArray(F, x, xOffset + i).sub(vmax).lanewise(VectorOperators.EXP));
        }
        float sum = Lanes.sum(acc0.add(acc1));
        for (; i < n; i++) {
            sum += (float) Math.exp(x[xOffset + i] - max);
        }
        return (float) (max + Math.log(sum));
    }

    static void exp(float[] x, int xOffset, float[] y, int yOffset, int n) {
        int i = 0;
        for (; i <= n - LANES; i += LANES) {
            FloatVector.fromArray(F, x, xOffset + i).lanewise(VectorOperators.EXP).intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] = (float) Math.exp(x[xOffset + i]);
        }
    }
}
