package dev.lanekit.blas;

import dev.lanekit.internal.Species;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API dgemm: packed panels and a register-blocked micro-kernel.
 *
 * <p>Shape: C is first scaled by beta (zeros when beta = 0, untouched when beta = 1). Then, for each
 * block of {@link #NC} columns and {@link #KC} steps of the inner dimension, op(B) is packed into
 * panels of {@link #NR} columns (k-major, so the micro-kernel reads them sequentially), and each sliver of
 * {@link #MR} rows of op(A) is packed and multiplied against every panel of the block. Packing absorbs
 * both transposes, so all four combinations run the same micro-kernel. The A sliver stays in L1 while
 * the B panels stream from L2.
 *
 * <p>Micro-kernel: with 512-bit species, 4 rows × 4 vectors of doubles (16 accumulators, 4 B vectors and one
 * broadcast of A, 21 of the 32 registers of AVX-512). Narrower species are what AVX2 machines run,
 * whose 16 registers would spill that tile, so they use 4 rows × 2 vectors (8 accumulators). Edge tiles
 * (fewer than MR rows or NR columns left) run the same micro-kernel on a zero-padded copy of the tile in
 * the workspace, so only those tiles pay for the copy.
 *
 * <p>Cost: 2·m·n·k flops plus packing of m·k·⌈n/NC⌉ + k·n elements. Accuracy: each element of C is
 * {@code C + alpha·s}, where s sums its k products in blocks of KC, within γₖ·|alpha|·Σ|a·b| plus one
 * rounding of the update. NaN and ±∞ follow {@link BlasKernels}; padding lanes of edge tiles may hold
 * NaN but are never stored. Allocation: the packing workspace is per thread and reused; a call allocates
 * nothing once its thread has run one call.
 */
final class SimdDgemm {

    private static final VectorSpecies<Double> F = Species.DOUBLE;
    private static final int LANES = F.length();

    /** Vectors per micro-tile row: 4 where 32 vector registers exist (512-bit species), else 2. */
    private static final int NV = F.vectorBitSize() >= 512 ? 4 : 2;
    /** Rows of a micro-tile. */
    static final int MR = 4;
    /** Columns of a micro-tile and of a packed B panel. */
    static final int NR = NV * LANES;
    /** Depth of a packed block: an A sliver of MR·KC doubles stays in L1. */
    static final int KC = 256;
    /** Columns of a packed B block: KC·NC doubles (512 KiB) are meant to stay in L2. */
    static final int NC = 256 / NR * NR;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private SimdDgemm() {}

    /** Packing buffers of one thread. */
    private static final class Workspace {
        final double[] packedA = new double[MR * KC];
        final double[] packedB = new double[KC * NC];
        final double[] edgeTile = new double[MR * NR];
    }

    /** Computes C = alpha·op(A)·op(B) + beta·C; the caller has validated every argument. */
    static void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
                      double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        for (int i = 0; i < m; i++) {
            ScalarBlas.scale(n, beta, c, cOffset + i * ldc, 1);
        }
        if (alpha == 0.0 || k == 0 || m == 0 || n == 0) {
            return;
        }

        Workspace workspace = WORKSPACE.get();
        double[] packedA = workspace.packedA;
        double[] packedB = workspace.packedB;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(transB, b, bOffset, ldb, pc, kc, jc, nc, packedB);

                for (int ic = 0; ic < m; ic += MR) {
                    int mr = Math.min(MR, m - ic);
                    packA(transA, a, aOffset, lda, ic, mr, pc, kc, packedA);

                    for (int jr = 0; jr < nc; jr += NR) {
                        int nr = Math.min(NR, nc - jr);
                        int panel = jr * kc;
                        int cTile = cOffset + ic * ldc + jc + jr;
                        if (mr == MR && nr == NR) {
                            kernel(kc, alpha, packedA, packedB, panel, c, cTile, ldc);
                        } else {
                            edgeTile(kc, alpha, packedA, packedB, panel, c, cTile, ldc, mr, nr, workspace.edgeTile);
                        }
                    }
                }
            }
        }
    }

    /**
     * Packs rows {@code ic .. ic+mr} and steps {@code pc .. pc+kc} of op(A) k-major: element (r, p) goes
     * to {@code packed[p·MR + r]}, and rows past mr are zero.
     */
    private static void packA(Trans transA, double[] a, int aOffset, int lda, int ic, int mr, int pc, int kc,
                              double[] packed) {
        if (transA == Trans.NO_TRANS) {
            for (int r = 0; r < mr; r++) {
                int row = aOffset + (ic + r) * lda + pc;
                for (int p = 0; p < kc; p++) {
                    packed[p * MR + r] = a[row + p];
                }
            }
        } else {
            // A is stored k×m, so the MR values of one step are adjacent in a stored row.
            for (int p = 0; p < kc; p++) {
                int row = aOffset + (pc + p) * lda + ic;
                for (int r = 0; r < mr; r++) {
                    packed[p * MR + r] = a[row + r];
                }
            }
        }
        for (int r = mr; r < MR; r++) {
            for (int p = 0; p < kc; p++) {
                packed[p * MR + r] = 0.0;
            }
        }
    }

    /**
     * Packs steps {@code pc .. pc+kc} and columns {@code jc .. jc+nc} of op(B) into panels of NR columns:
     * element (p, j) of the panel starting at column jr goes to {@code packed[jr·kc + p·NR + (j − jr)]},
     * and columns past nc in the last panel are zero.
     */
    private static void packB(Trans transB, double[] b, int bOffset, int ldb, int pc, int kc, int jc, int nc,
                              double[] packed) {
        for (int jr = 0; jr < nc; jr += NR) {
            int nr = Math.min(NR, nc - jr);
            int panel = jr * kc;
            if (transB == Trans.NO_TRANS) {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(b, bOffset + (pc + p) * ldb + jc + jr, packed, panel + p * NR, nr);
                }
            } else {
                // B is stored n×k, so one stored row is one column of op(B).
                for (int j = 0; j < nr; j++) {
                    int row = bOffset + (jc + jr + j) * ldb + pc;
                    for (int p = 0; p < kc; p++) {
                        packed[panel + p * NR + j] = b[row + p];
                    }
                }
            }
            if (nr < NR) {
                for (int p = 0; p < kc; p++) {
                    java.util.Arrays.fill(packed, panel + p * NR + nr, panel + (p + 1) * NR, 0.0);
                }
            }
        }
    }

    /** Runs the micro-kernel on a copy of a partial tile of C, then copies its valid part back. */
    private static void edgeTile(int kc, double alpha, double[] packedA, double[] packedB, int panel,
                                 double[] c, int cTile, int ldc, int mr, int nr, double[] tile) {
        java.util.Arrays.fill(tile, 0.0);
        for (int r = 0; r < mr; r++) {
            System.arraycopy(c, cTile + r * ldc, tile, r * NR, nr);
        }
        kernel(kc, alpha, packedA, packedB, panel, tile, 0, NR);
        for (int r = 0; r < mr; r++) {
            System.arraycopy(tile, r * NR, c, cTile + r * ldc, nr);
        }
    }

    /** Adds alpha times the product of a packed A sliver and a packed B panel to a full MR×NR tile of C. */
    private static void kernel(int kc, double alpha, double[] packedA, double[] packedB, int panel,
                               double[] c, int cTile, int ldc) {
        if (NV == 4) {
            kernel4x4(kc, alpha, packedA, packedB, panel, c, cTile, ldc);
        } else {
            kernel4x2(kc, alpha, packedA, packedB, panel, c, cTile, ldc);
        }
    }

    private static void kernel4x4(int kc, double alpha, double[] packedA, double[] packedB, int panel,
                                  double[] c, int cTile, int ldc) {
        // Sixteen accumulators: row r, vector v of the tile is c{r}{v}. Each step loads one row of the
        // B panel (four vectors) and broadcasts the four A values of the step, one at a time.
        DoubleVector c00 = DoubleVector.zero(F);
        DoubleVector c01 = DoubleVector.zero(F);
        DoubleVector c02 = DoubleVector.zero(F);
        DoubleVector c03 = DoubleVector.zero(F);
        DoubleVector c10 = DoubleVector.zero(F);
        DoubleVector c11 = DoubleVector.zero(F);
        DoubleVector c12 = DoubleVector.zero(F);
        DoubleVector c13 = DoubleVector.zero(F);
        DoubleVector c20 = DoubleVector.zero(F);
        DoubleVector c21 = DoubleVector.zero(F);
        DoubleVector c22 = DoubleVector.zero(F);
        DoubleVector c23 = DoubleVector.zero(F);
        DoubleVector c30 = DoubleVector.zero(F);
        DoubleVector c31 = DoubleVector.zero(F);
        DoubleVector c32 = DoubleVector.zero(F);
        DoubleVector c33 = DoubleVector.zero(F);
        for (int p = 0; p < kc; p++) {
            int bRow = panel + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(F, packedB, bRow);
            DoubleVector b1 = DoubleVector.fromArray(F, packedB, bRow + LANES);
            DoubleVector b2 = DoubleVector.fromArray(F, packedB, bRow + 2 * LANES);
            DoubleVector b3 = DoubleVector.fromArray(F, packedB, bRow + 3 * LANES);
            int aStep = p * MR;

            DoubleVector a0 = DoubleVector.broadcast(F, packedA[aStep]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            c02 = a0.fma(b2, c02);
            c03 = a0.fma(b3, c03);

            DoubleVector a1 = DoubleVector.broadcast(F, packedA[aStep + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            c12 = a1.fma(b2, c12);
            c13 = a1.fma(b3, c13);

            DoubleVector a2 = DoubleVector.broadcast(F, packedA[aStep + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            c22 = a2.fma(b2, c22);
            c23 = a2.fma(b3, c23);

            DoubleVector a3 = DoubleVector.broadcast(F, packedA[aStep + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            c32 = a3.fma(b2, c32);
            c33 = a3.fma(b3, c33);
        }

        // C += alpha · tile, one fused multiply-add per element.
        DoubleVector alphaV = DoubleVector.broadcast(F, alpha);
        int row = cTile;
        c00.fma(alphaV, DoubleVector.fromArray(F, c, row)).intoArray(c, row);
        c01.fma(alphaV, DoubleVector.fromArray(F, c, row + LANES)).intoArray(c, row + LANES);
        c02.fma(alphaV, DoubleVector.fromArray(F, c, row + 2 * LANES)).intoArray(c, row + 2 * LANES);
        c03.fma(alphaV, DoubleVector.fromArray(F, c, row + 3 * LANES)).intoArray(c, row + 3 * LANES);
        row += ldc;
        c10.fma(alphaV, DoubleVector.fromArray(F, c, row)).intoArray(c, row);
        c11.fma(alphaV, DoubleVector.fromArray(F, c, row + LANES)).intoArray(c, row + LANES);
        c12.fma(alphaV, DoubleVector.fromArray(F, c, row + 2 * LANES)).intoArray(c, row + 2 * LANES);
        c13.fma(alphaV, DoubleVector.fromArray(F, c, row + 3 * LANES)).intoArray(c, row + 3 * LANES);
        row += ldc;
        c20.fma(alphaV, DoubleVector.fromArray(F, c, row)).intoArray(c, row);
        c21.fma(alphaV, DoubleVector.fromArray(F, c, row + LANES)).intoArray(c, row + LANES);
        c22.fma(alphaV, DoubleVector.fromArray(F, c, row + 2 * LANES)).intoArray(c, row + 2 * LANES);
        c23.fma(alphaV, DoubleVector.fromArray(F, c, row + 3 * LANES)).intoArray(c, row + 3 * LANES);
        row += ldc;
        c30.fma(alphaV, DoubleVector.fromArray(F, c, row)).intoArray(c, row);
        c31.fma(alphaV, DoubleVector.fromArray(F, c, row + LANES)).intoArray(c, row + LANES);
        c32.fma(alphaV, DoubleVector.fromArray(F, c, row + 2 * LANES)).intoArray(c, row + 2 * LANES);
        c33.fma(alphaV, DoubleVector.fromArray(F, c, row + 3 * LANES)).intoArray(c, row + 3 * LANES);
    }

    private static void kernel4x2(int kc, double alpha, double[] packedA, double[] packedB, int panel,
                                  double[] c, int cTile, int ldc) {
        // Eight accumulators, two B vectors and one broadcast: 11 registers, within AVX2's 16.
        DoubleVector c00 = DoubleVector.zero(F);
        DoubleVector c01 = DoubleVector.zero(F);
        DoubleVector c10 = DoubleVector.zero(F);
        DoubleVector c11 = DoubleVector.zero(F);
        DoubleVector c20 = DoubleVector.zero(F);
        DoubleVector c21 = DoubleVector.zero(F);
        DoubleVector c30 = DoubleVector.zero(F);
        DoubleVector c31 = DoubleVector.zero(F);
        for (int p = 0; p < kc; p++) {
            int bRow = panel + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(F, packedB, bRow);
            DoubleVector b1 = DoubleVector.fromArray(F, packedB, bRow + LANES);
            int aStep = p * MR;

            DoubleVector a0 = DoubleVector.broadcast(F, packedA[aStep]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            DoubleVector a1 = DoubleVector.broadcast(F, packedA[aStep + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            DoubleVector a2 = DoubleVector.broadcast(F, packedA[aStep + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            DoubleVector a3 = DoubleVector.broadcast(F, packedA[aStep + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
        }

        DoubleVector alphaV = DoubleVector.broadcast(F, alpha);
        int row = cTile;
        c00.fma(alphaV, DoubleVector.fromArray(F, c, row)).intoArray(c, row);
        c01.fma(alphaV, DoubleVector.fromArray(F, c, row + LANES)).intoArray(c, row + LANES);
        row += ldc;
        c10.fma(alphaV, DoubleVector.fromArray(F, c, row)).intoArray(c, row);
        c11.fma(alphaV, DoubleVector.fromArray(F, c, row + LANES)).intoArray(c, row + LANES);
        row += ldc;
        c20.fma(alphaV, DoubleVector.fromArray(F, c, row)).intoArray(c, row);
        c21.fma(alphaV, DoubleVector.fromArray(F, c, row + LANES)).intoArray(c, row + LANES);
        row += ldc;
        c30.fma(alphaV, DoubleVector.fromArray(F, c, row)).intoArray(c, row);
        c31.fma(alphaV, DoubleVector.fromArray(F, c, row + LANES)).intoArray(c, row + LANES);
    }
}
