package dev.lanekit.vector;

import dev.lanekit.internal.Checks;
import dev.lanekit.internal.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API vector primitives.
 *
 * <p>Cost: one pass over the inputs at the species width ({@code -Dlanekit.vectorBits}). Accuracy:
 * lane-parallel float accumulation, within the same γₙ·Σ|terms| bound as the scalar kernels but not
 * bit-identical to them, because the summation order differs. Allocates nothing once C2 has compiled
 * the loop (vectors stay in registers).
 */
final class SimdVectorKernels implements VectorKernels {

    static final SimdVectorKernels INSTANCE = new SimdVectorKernels();

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int LANES = F.length();

    private SimdVectorKernels() {}

    @Override
    public float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);

        // Four independent accumulators hide the FMA latency; one reduction after the loop.
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        int i = 0;
        int unrolled = n - 4 * LANES;
        for (; i <= unrolled; i += 4 * LANES) {
            acc0 = FloatVector.fromArray(F, a, aOffset + i).fma(
                    FloatVector.fromArray(F, b, bOffset + i), acc0);
            acc1 = FloatVector.fromArray(F, a, aOffset + i + LANES).fma(
                    FloatVector.fromArray(F, b, bOffset + i + LANES), acc1);
            acc2 = FloatVector.fromArray(F, a, aOffset + i + 2 * LANES).fma(
                    FloatVector.fromArray(F, b, bOffset + i + 2 * LANES), acc2);
            acc3 = FloatVector.fromArray(F, a, aOffset + i + 3 * LANES).fma(
                    FloatVector.fromArray(F, b, bOffset + i + 3 * LANES), acc3);
        }

        // One vector at a time for what is left of the whole vectors.
        for (; i <= n - LANES; i += LANES) {
            acc0 = FloatVector.fromArray(F, a, aOffset + i).fma(FloatVector.fromArray(F, b, bOffset + i), acc0);
        }
        float sum = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);

        // Scalar tail: never reads past n, so values beyond the slice cannot leak in.
        for (; i < n; i++) {
            sum = Math.fma(a[aOffset + i], b[bOffset + i], sum);
        }
        return sum;
    }
}
