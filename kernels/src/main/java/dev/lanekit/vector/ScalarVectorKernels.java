package dev.lanekit.vector;

import dev.lanekit.internal.Checks;

/**
 * Plain-Java vector primitives: the reference order of operations, and the fallback when the Vector
 * API is unusable.
 *
 * <p>Cost: one pass over the inputs. Accuracy: sequential float accumulation, so the error of a sum
 * of n terms is within γₙ·Σ|terms| with γₙ = n·u/(1 − n·u), u = 2⁻²⁴. Allocates nothing.
 */
final class ScalarVectorKernels implements VectorKernels {

    static final ScalarVectorKernels INSTANCE = new ScalarVectorKernels();

    private ScalarVectorKernels() {}

    @Override
    public float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum = Math.fma(a[aOffset + i], b[bOffset + i], sum);
        }
        return sum;
    }
}
