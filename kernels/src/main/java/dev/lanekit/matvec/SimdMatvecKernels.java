package dev.lanekit.matvec;

import dev.lanekit.internal.Species;
import dev.lanekit.blas.Blas;
import dev.lanekit.blas.Trans;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API matrix-vector kernels.
 *
 * <p>Cost: one pass over the stored entries at the species width ({@code -Dlanekit.vectorBits}).
 * Accuracy: the band kernels add the same fused multiply-adds in the same order as the scalar kernels,
 * so their results are bit-identical to {@link ScalarMatvecKernels}. The dense kernels (BLAS sgemv) and
 * the CSR kernel sum in lane-parallel order, within the same γₖ·Σ|aᵢⱼxⱼ| bound but not bit-identical. NaN and ±∞ propagate as
 * in the scalar kernels. Allocates nothing once C2 has compiled the loops.
 */
final class SimdMatvecKernels implements MatvecKernels {

    static final SimdMatvecKernels INSTANCE = new SimdMatvecKernels();

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int LANES = F.length();

    /** Rows per block of the band kernels: 1024 floats of y stay in L1 while every diagonal passes over them. */
    private static final int BAND_BLOCK = 1024;

    private SimdMatvecKernels() {}

    // Dense products are the BLAS sgemv of dev.lanekit.blas, in its Vector API implementation: one kernel
    // for the whole library, so a faster sgemv speeds up the dense operator too.
    @Override
    public void gemv(int m, int n, float[] a, int lda, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, false);
        MatvecChecks.dense(m, n, a, lda);
        Blas.simd().sgemv(Trans.NO_TRANS, m, n, 1f, a, 0, lda, x, 0, 1, 0f, y, 0, 1);
    }

    @Override
    public void gemvTranspose(int m, int n, float[] a, int lda, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, true);
        MatvecChecks.dense(m, n, a, lda);
        Blas.simd().sgemv(Trans.TRANS, m, n, 1f, a, 0, lda, x, 0, 1, 0f, y, 0, 1);
    }

    @Override
    public void gbmv(int m, int n, int kl, int ku, float[] diagonals, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, false);
        MatvecChecks.band(m, n, kl, ku, diagonals);
        java.util.Arrays.fill(y, 0, m, 0f);

        // Diagonal by diagonal rather than row by row: along a diagonal, rows i and columns i − kl + t are
        // both contiguous, so every lane does useful work even when the band is narrower than a vector.
        for (int blockStart = 0; blockStart < m; blockStart += BAND_BLOCK) {
            int blockEnd = Math.min(m, blockStart + BAND_BLOCK);
            for (int t = 0; t <= kl + ku; t++) {
                int shift = t - kl;
                int first = Math.max(blockStart, -shift);
                int end = Math.min(blockEnd, n - shift);
                axpyDiagonal(diagonals, t * m, x, shift, y, first, end);
            }
        }
    }

    @Override
    public void gbmvTranspose(int m, int n, int kl, int ku, float[] diagonals, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, true);
        MatvecChecks.band(m, n, kl, ku, diagonals);
        java.util.Arrays.fill(y, 0, n, 0f);

        // Column j meets diagonal t in row j + kl − t: the same diagonal sweep, indexed by column.
        for (int blockStart = 0; blockStart < n; blockStart += BAND_BLOCK) {
            int blockEnd = Math.min(n, blockStart + BAND_BLOCK);
            for (int t = 0; t <= kl + ku; t++) {
                int shift = kl - t;
                int first = Math.max(blockStart, -shift);
                int end = Math.min(blockEnd, m - shift);
                axpyDiagonal(diagonals, t * m + shift, x, shift, y, first, end);
            }
        }
    }

    /** Computes {@code y[i] += d[dOffset + i]·x[i + shift]} for {@code first ≤ i < end}. */
    private static void axpyDiagonal(float[] d, int dOffset, float[] x, int shift, float[] y, int first, int end) {
        int i = first;
        for (; i <= end - LANES; i += LANES) {
            FloatVector.fromArray(F, d, dOffset + i)
                    .fma(FloatVector.fromArray(F, x, i + shift), FloatVector.fromArray(F, y, i))
                    .intoArray(y, i);
        }
        for (; i < end; i++) {
            y[i] = Math.fma(d[dOffset + i], x[i + shift], y[i]);
        }
    }

    @Override
    public void csrmv(int m, int n, int[] rowPointers, int[] columns, float[] values, float[] x, float[] y) {
        MatvecChecks.vectors(m, n, x, y, false);
        MatvecChecks.csr(m, rowPointers, columns, values);
        for (int i = 0; i < m; i++) {
            int k = rowPointers[i];
            int end = rowPointers[i + 1];

            // NOTE: measured 1.79× the scalar kernel at 1% density on AVX-512 (bench/RESULTS.md), short of 3×.
            // Fetching x through the column indices is the limit, not memory: streaming the values and
            // indices alone takes 40% of the time, and neither 8-lane gathers nor scalar loads of x are faster.
            // Four accumulators keep several gathers of x in flight. One masked gather then takes the tail,
            // because rows at 1% density are only a few vectors long and a scalar tail would cost as much as
            // the vector part. The masked gather still range-checks all LANES indices of its window, so the
            // last rows may fall back to the scalar tail.
            FloatVector acc0 = FloatVector.zero(F);
            FloatVector acc1 = FloatVector.zero(F);
            FloatVector acc2 = FloatVector.zero(F);
            FloatVector acc3 = FloatVector.zero(F);
            for (; k <= end - 4 * LANES; k += 4 * LANES) {
                acc0 = FloatVector.fromArray(F, values, k).fma(FloatVector.fromArray(F, x, 0, columns, k), acc0);
                acc1 = FloatVector.fromArray(F, values, k + LANES)
                        .fma(FloatVector.fromArray(F, x, 0, columns, k + LANES), acc1);
                acc2 = FloatVector.fromArray(F, values, k + 2 * LANES)
                        .fma(FloatVector.fromArray(F, x, 0, columns, k + 2 * LANES), acc2);
                acc3 = FloatVector.fromArray(F, values, k + 3 * LANES)
                        .fma(FloatVector.fromArray(F, x, 0, columns, k + 3 * LANES), acc3);
            }
            for (; k <= end - LANES; k += LANES) {
                acc0 = FloatVector.fromArray(F, values, k).fma(FloatVector.fromArray(F, x, 0, columns, k), acc0);
            }
            if (k < end && k + LANES <= columns.length) {
                VectorMask<Float> tail = F.indexInRange(k, end);
                acc1 = FloatVector.fromArray(F, values, k, tail)
                        .fma(FloatVector.fromArray(F, x, 0, columns, k, tail), acc1);
                k = end;
            }
            float sum = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);
            for (; k < end; k++) {
                sum = Math.fma(values[k], x[columns[k]], sum);
            }
            y[i] = sum;
        }
    }

    @Override
    public void csrmvTranspose(int m, int n, int[] rowPointers, int[] columns, float[] values, float[] x, float[] y) {
        // NOTE: the transpose scatters into y, where two lanes of one vector may hit the same column, so this
        // stays the scalar loop. A CSC copy of the matrix would turn it into a gather like csrmv.
        ScalarMatvecKernels.INSTANCE.csrmvTranspose(m, n, rowPointers, columns, values, x, y);
    }
}
