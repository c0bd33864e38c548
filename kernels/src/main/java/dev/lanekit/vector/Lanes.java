package dev.lanekit.vector;

import dev.lanekit.internal.Species;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sums the lanes of a vector in one fixed order, a butterfly: lane i is added to lane i XOR h for
 * h = lanes/2, ..., 2, 1, and lane 0 ends with the total.
 *
 * <p>{@code reduceLanes(ADD)} leaves the order unspecified, and the interpreter and C2 do use different
 * orders, so a kernel called before and after compilation could return different last bits. Lanewise adds
 * and shuffles are exact in both, so this order is the same everywhere: the SIMD kernels return
 * bit-identical results on repeated calls from the first call on. Cost: log₂(lanes) shuffles and adds.
 */
final class Lanes {

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final VectorSpecies<Double> D = Species.DOUBLE;
    private static final int F_LANES = F.length();
    private static final int D_LANES = D.length();

    // One shuffle per butterfly step; a step wider than the species is never used, so it wraps harmlessly.
    private static final VectorShuffle<Float> F_SWAP_8 = VectorShuffle.fromOp(F, i -> (i ^ 8) & (F_LANES - 1));
    private static final VectorShuffle<Float> F_SWAP_4 = VectorShuffle.fromOp(F, i -> (i ^ 4) & (F_LANES - 1));
    private static final VectorShuffle<Float> F_SWAP_2 = VectorShuffle.fromOp(F, i -> (i ^ 2) & (F_LANES - 1));
    private static final VectorShuffle<Float> F_SWAP_1 = VectorShuffle.fromOp(F, i -> (i ^ 1) & (F_LANES - 1));
    private static final VectorShuffle<Double> D_SWAP_4 = VectorShuffle.fromOp(D, i -> (i ^ 4) & (D_LANES - 1));
    private static final VectorShuffle<Double> D_SWAP_2 = VectorShuffle.fromOp(D, i -> (i ^ 2) & (D_LANES - 1));
    private static final VectorShuffle<Double> D_SWAP_1 = VectorShuffle.fromOp(D, i -> (i ^ 1) & (D_LANES - 1));

    private Lanes() {}

    /** Returns the sum of the lanes of {@code v} in butterfly order. */
    static float sum(FloatVector v) {
        if (F_LANES >= 16) {
            v = v.add(v.rearrange(F_SWAP_8));
        }
        if (F_LANES >= 8) {
            v = v.add(v.rearrange(F_SWAP_4));
        }
        v = v.add(v.rearrange(F_SWAP_2));
        v = v.add(v.rearrange(F_SWAP_1));
        return v.lane(0);
    }

    /** Returns the sum of the lanes of {@code v} in butterfly order. */
    static double sum(DoubleVector v) {
        if (D_LANES >= 8) {
            v = v.add(v.rearrange(D_SWAP_4));
        }
        if (D_LANES >= 4) {
            v = v.add(v.rearrange(D_SWAP_2));
        }
        v = v.add(v.rearrange(D_SWAP_1));
        return v.lane(0);
    }
}
