package dev.lanekit.blas;

import dev.lanekit.internal.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Tile-level Vector API kernels for fused algorithms that keep their own blocking, such as tiled
 * attention: a small row-major product {@code C (+)= A·B}, a row-block transpose, and a block of dot
 * products against untransposed rows. Each call works on tiles the caller has already placed in its
 * own workspace, so nothing here allocates, and nothing here packs or blocks for cache.
 *
 * <p>Cost: {@link #multiply} runs 2·m·n·k flops from a register block of 4 rows × 4 vectors (16
 * accumulators, A broadcast, B streamed row by row), with narrower blocks for the edges.
 * Accuracy: each element of C is a float sum of k products in index order, with fused multiply-add,
 * so its error is within γₖ·Σ|aᵢₚ·bₚⱼ| (γₖ = k·u/(1 − k·u), u = 2⁻²⁴), plus one rounding when
 * accumulating into C. NaN and ±∞ follow IEEE arithmetic: no product is skipped, so 0·∞ gives NaN.
 *
 * <p>This class uses the Vector API directly: load it only when {@code Providers.simdLoadable()} is
 * true. Arguments are checked before any loop; ranges that leave an array raise
 * {@link IndexOutOfBoundsException}, negative sizes raise {@link IllegalArgumentException}.
 */
public final class Tiles {

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int LANES = F.length();

    private Tiles() {}

    /**
     * Computes {@code C = A·B}, or {@code C += A·B} when {@code accumulate} is true, for row-major
     * A (m × k, leading dimension lda), B (k × n, ldb) and C (m × n, ldc).
     *
     * <p>Attention uses it twice per tile: scores {@code S = Q·Kᵀ} with B the transposed key tile, and
     * {@code O += P·V} with B the value rows.
     *
     * @param m the number of rows of A and C
     * @param n the number of columns of B and C
     * @param k the number of columns of A and rows of B
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A
     * @param b the matrix B, row-major
     * @param bOffset index of element (0, 0) of B
     * @param ldb leading dimension (row stride) of B
     * @param c the matrix C, row-major
     * @param cOffset index of element (0, 0) of C
     * @param ldc leading dimension (row stride) of C, at least {@code max(1, n)}
     * @param accumulate whether to add the product to C instead of overwriting it
     */
    public static void multiply(int m, int n, int k, float[] a, int aOffset, int lda, float[] b, int bOffset,
            int ldb, float[] c, int cOffset, int ldc, boolean accumulate) {
        checkBlock("a", a.length, "aOffset", aOffset, m, k, "lda", lda);
        checkBlock("b", b.length, "bOffset", bOffset, k, n, "ldb", ldb);
        checkBlock("c", c.length, "cOffset", cOffset, m, n, "ldc", ldc);

        int i = 0;
        for (; i + 4 <= m; i += 4) {
            multiplyFourRows(n, k, a, aOffset + i * lda, lda, b, bOffset, ldb, c, cOffset + i * ldc, ldc, accumulate);
        }
        for (; i < m; i++) {
            multiplyOneRow(n, k, a, aOffset + i * lda, b, bOffset, ldb, c, cOffset + i * ldc, accumulate);
        }
    }

    /**
     * Writes {@code B[j][i] = A[i][j]} for the row-major rows × cols block A (lda) into B (cols × rows, ldb).
     *
     * @param rows the number of rows of A
     * @param cols the number of columns of A
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A
     * @param b receives the transpose, row-major {@code cols × rows}
     * @param bOffset index of element (0, 0) of B
     * @param ldb leading dimension (row stride) of B
     */
    public static void transpose(int rows, int cols, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb) {
        checkBlock("a", a.length, "aOffset", aOffset, rows, cols, "lda", lda);
        checkBlock("b", b.length, "bOffset", bOffset, cols, rows, "ldb", ldb);

        // Reads run along A's rows and writes stride through B; both tiles are small enough for L1,
        // so the strided side costs little next to the products that reuse B.
        for (int i = 0; i < rows; i++) {
            int row = aOffset + i * lda;
            for (int j = 0; j < cols; j++) {
                b[bOffset + j * ldb + i] = a[row + j];
            }
        }
    }

    /**
     * Writes {@code y[i] = Σ_p A[i][p]·x[p]} for the row-major rows × depth block A (lda): the scores of
     * one query row x against untransposed key rows, which is cheaper than transposing a key tile that
     * only one query row reads.
     *
     * @param rows the number of rows of A
     * @param depth the number of columns of A and elements of x
     * @param x the vector x
     * @param xOffset index of element 0 of x
     * @param a the matrix A, row-major
     * @param aOffset index of element (0, 0) of A
     * @param lda leading dimension (row stride) of A
     * @param y receives the result, one element per row
     * @param yOffset index of element 0 of y
     */
    public static void dotRows(int rows, int depth, float[] x, int xOffset, float[] a, int aOffset, int lda,
            float[] y, int yOffset) {
        checkBlock("x", x.length, "xOffset", xOffset, 1, depth, "depth", depth);
        checkBlock("a", a.length, "aOffset", aOffset, rows, depth, "lda", lda);
        checkBlock("y", y.length, "yOffset", yOffset, 1, rows, "rows", rows);

        for (int i = 0; i < rows; i++) {
            y[yOffset + i] = dot(depth, x, xOffset, a, aOffset + i * lda);
        }
    }

    private static float dot(int depth, float[] x, int xOffset, float[] a, int aOffset) {
        // Two accumulators: key rows are short (a head dimension), so more would rarely fill.
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int p = 0;
        for (; p + 2 * LANES <= depth; p += 2 * LANES) {
            acc0 = FloatVector.fromArray(F, x, xOffset + p).fma(FloatVector.fromArray(F, a, aOffset + p), acc0);
            acc1 = FloatVector.fromArray(F, x, xOffset + p + LANES)
                    .fma(FloatVector.fromArray(F, a, aOffset + p + LANES), acc1);
        }
        for (; p + LANES <= depth; p += LANES) {
            acc0 = FloatVector.fromArray(F, x, xOffset + p).fma(FloatVector.fromArray(F, a, aOffset + p), acc0);
        }
        float sum = acc0.add(acc1).reduceLanes(VectorOperators.ADD);

        // Scalar tail, so nothing past depth is read.
        for (; p < depth; p++) {
            sum = Math.fma(x[xOffset + p], a[aOffset + p], sum);
        }
        return sum;
    }

    private static void multiplyFourRows(int n, int k, float[] a, int aRow, int lda, float[] b, int bOffset, int ldb,
            float[] c, int cRow, int ldc, boolean accumulate) {
        int j = 0;
        for (; j + 4 * LANES <= n; j += 4 * LANES) {
            blockFourByFour(j, k, a, aRow, lda, b, bOffset, ldb, c, cRow, ldc, accumulate);
        }

        // Column edge: one vector at a time, the last one masked so nothing past n is read or written.
        for (; j < n; j += LANES) {
            blockFourByOne(j, n, k, a, aRow, lda, b, bOffset, ldb, c, cRow, ldc, accumulate);
        }
    }

    private static void blockFourByFour(int j, int k, float[] a, int aRow, int lda, float[] b, int bOffset, int ldb,
            float[] c, int cRow, int ldc, boolean accumulate) {
        // 16 independent accumulators (4 rows × 4 vectors): each B row is loaded once and used by 4
        // rows, each broadcast of A by 4 vectors, which keeps both FMA ports busy.
        FloatVector c00 = FloatVector.zero(F), c01 = FloatVector.zero(F), c02 = FloatVector.zero(F), c03 = FloatVector.zero(F);
        FloatVector c10 = FloatVector.zero(F), c11 = FloatVector.zero(F), c12 = FloatVector.zero(F), c13 = FloatVector.zero(F);
        FloatVector c20 = FloatVector.zero(F), c21 = FloatVector.zero(F), c22 = FloatVector.zero(F), c23 = FloatVector.zero(F);
        FloatVector c30 = FloatVector.zero(F), c31 = FloatVector.zero(F), c32 = FloatVector.zero(F), c33 = FloatVector.zero(F);
        int a0 = aRow;
        int a1 = aRow + lda;
        int a2 = aRow + 2 * lda;
        int a3 = aRow + 3 * lda;
        for (int p = 0; p < k; p++) {
            int bp = bOffset + p * ldb + j;
            FloatVector b0 = FloatVector.fromArray(F, b, bp);
            FloatVector b1 = FloatVector.fromArray(F, b, bp + LANES);
            FloatVector b2 = FloatVector.fromArray(F, b, bp + 2 * LANES);
            FloatVector b3 = FloatVector.fromArray(F, b, bp + 3 * LANES);

            FloatVector x = FloatVector.broadcast(F, a[a0 + p]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            c02 = b2.fma(x, c02);
            c03 = b3.fma(x, c03);
            x = FloatVector.broadcast(F, a[a1 + p]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            c12 = b2.fma(x, c12);
            c13 = b3.fma(x, c13);
            x = FloatVector.broadcast(F, a[a2 + p]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            c22 = b2.fma(x, c22);
            c23 = b3.fma(x, c23);
            x = FloatVector.broadcast(F, a[a3 + p]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
            c32 = b2.fma(x, c32);
            c33 = b3.fma(x, c33);
        }

        int r0 = cRow + j;
        int r1 = r0 + ldc;
        int r2 = r1 + ldc;
        int r3 = r2 + ldc;
        if (accumulate) {
            c00 = c00.add(FloatVector.fromArray(F, c, r0));
            c01 = c01.add(FloatVector.fromArray(F, c, r0 + LANES));
            c02 = c02.add(FloatVector.fromArray(F, c, r0 + 2 * LANES));
            c03 = c03.add(FloatVector.fromArray(F, c, r0 + 3 * LANES));
            c10 = c10.add(FloatVector.fromArray(F, c, r1));
            c11 = c11.add(FloatVector.fromArray(F, c, r1 + LANES));
            c12 = c12.add(FloatVector.fromArray(F, c, r1 + 2 * LANES));
            c13 = c13.add(FloatVector.fromArray(F, c, r1 + 3 * LANES));
            c20 = c20.add(FloatVector.fromArray(F, c, r2));
            c21 = c21.add(FloatVector.fromArray(F, c, r2 + LANES));
            c22 = c22.add(FloatVector.fromArray(F, c, r2 + 2 * LANES));
            c23 = c23.add(FloatVector.fromArray(F, c, r2 + 3 * LANES));
            c30 = c30.add(FloatVector.fromArray(F, c, r3));
            c31 = c31.add(FloatVector.fromArray(F, c, r3 + LANES));
            c32 = c32.add(FloatVector.fromArray(F, c, r3 + 2 * LANES));
            c33 = c33.add(FloatVector.fromArray(F, c, r3 + 3 * LANES));
        }
        c00.intoArray(c, r0);
        c01.intoArray(c, r0 + LANES);
        c02.intoArray(c, r0 + 2 * LANES);
        c03.intoArray(c, r0 + 3 * LANES);
        c10.intoArray(c, r1);
        c11.intoArray(c, r1 + LANES);
        c12.intoArray(c, r1 + 2 * LANES);
        c13.intoArray(c, r1 + 3 * LANES);
        c20.intoArray(c, r2);
        c21.intoArray(c, r2 + LANES);
        c22.intoArray(c, r2 + 2 * LANES);
        c23.intoArray(c, r2 + 3 * LANES);
        c30.intoArray(c, r3);
        c31.intoArray(c, r3 + LANES);
        c32.intoArray(c, r3 + 2 * LANES);
        c33.intoArray(c, r3 + 3 * LANES);
    }

    private static void blockFourByOne(int j, int n, int k, float[] a, int aRow, int lda, float[] b, int bOffset,
            int ldb, float[] c, int cRow, int ldc, boolean accumulate) {
        VectorMask<Float> inRange = F.indexInRange(j, n);
        FloatVector c0 = FloatVector.zero(F);
        FloatVector c1 = FloatVector.zero(F);
        FloatVector c2 = FloatVector.zero(F);
        FloatVector c3 = FloatVector.zero(F);
        for (int p = 0; p < k; p++) {
            FloatVector bv = FloatVector.fromArray(F, b, bOffset + p * ldb + j, inRange);
            c0 = bv.fma(FloatVector.broadcast(F, a[aRow + p]), c0);
            c1 = bv.fma(FloatVector.broadcast(F, a[aRow + lda + p]), c1);
            c2 = bv.fma(FloatVector.broadcast(F, a[aRow + 2 * lda + p]), c2);
            c3 = bv.fma(FloatVector.broadcast(F, a[aRow + 3 * lda + p]), c3);
        }

        int r0 = cRow + j;
        if (accumulate) {
            c0 = c0.add(FloatVector.fromArray(F, c, r0, inRange));
            c1 = c1.add(FloatVector.fromArray(F, c, r0 + ldc, inRange));
            c2 = c2.add(FloatVector.fromArray(F, c, r0 + 2 * ldc, inRange));
            c3 = c3.add(FloatVector.fromArray(F, c, r0 + 3 * ldc, inRange));
        }
        c0.intoArray(c, r0, inRange);
        c1.intoArray(c, r0 + ldc, inRange);
        c2.intoArray(c, r0 + 2 * ldc, inRange);
        c3.intoArray(c, r0 + 3 * ldc, inRange);
    }

    private static void multiplyOneRow(int n, int k, float[] a, int aRow, float[] b, int bOffset, int ldb,
            float[] c, int cRow, boolean accumulate) {
        int j = 0;
        for (; j + 4 * LANES <= n; j += 4 * LANES) {
            FloatVector c0 = FloatVector.zero(F);
            FloatVector c1 = FloatVector.zero(F);
            FloatVector c2 = FloatVector.zero(F);
            FloatVector c3 = FloatVector.zero(F);
            for (int p = 0; p < k; p++) {
                int bp = bOffset + p * ldb + j;
                FloatVector x = FloatVector.broadcast(F, a[aRow + p]);
                c0 = FloatVector.fromArray(F, b, bp).fma(x, c0);
                c1 = FloatVector.fromArray(F, b, bp + LANES).fma(x, c1);
                c2 = FloatVector.fromArray(F, b, bp + 2 * LANES).fma(x, c2);
                c3 = FloatVector.fromArray(F, b, bp + 3 * LANES).fma(x, c3);
            }
            int r = cRow + j;
            if (accumulate) {
                c0 = c0.add(FloatVector.fromArray(F, c, r));
                c1 = c1.add(FloatVector.fromArray(F, c, r + LANES));
                c2 = c2.add(FloatVector.fromArray(F, c, r + 2 * LANES));
                c3 = c3.add(FloatVector.fromArray(F, c, r + 3 * LANES));
            }
            c0.intoArray(c, r);
            c1.intoArray(c, r + LANES);
            c2.intoArray(c, r + 2 * LANES);
            c3.intoArray(c, r + 3 * LANES);
        }

        for (; j < n; j += LANES) {
            VectorMask<Float> inRange = F.indexInRange(j, n);
            FloatVector c0 = FloatVector.zero(F);
            for (int p = 0; p < k; p++) {
                c0 = FloatVector.fromArray(F, b, bOffset + p * ldb + j, inRange)
                        .fma(FloatVector.broadcast(F, a[aRow + p]), c0);
            }
            int r = cRow + j;
            if (accumulate) {
                c0 = c0.add(FloatVector.fromArray(F, c, r, inRange));
            }
            c0.intoArray(c, r, inRange);
        }
    }

    /** Checks that a rows × cols row-major block with leading dimension ld lies inside an array. */
    private static void checkBlock(String name, int length, String offsetName, int offset, int rows, int cols,
            String ldName, int ld) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(name + " block is " + rows + " × " + cols + "; sizes must be >= 0");
        }
        if (rows > 1 && ld < cols) {
            throw new IllegalArgumentException(ldName + " = " + ld + " is less than the " + cols + " columns of " + name);
        }
        long last = rows == 0 || cols == 0 ? 0 : (long) (rows - 1) * ld + cols;
        if (offset < 0 || offset + last > length) {
            throw new IndexOutOfBoundsException(offsetName + " = " + offset + " with a " + rows + " × " + cols
                    + " block (" + ldName + " = " + ld + ") reads past " + name + ".length = " + length);
        }
    }
}
