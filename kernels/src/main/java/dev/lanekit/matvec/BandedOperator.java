package dev.lanekit.matvec;

import dev.lanekit.internal.Checks;

/**
 * An {@code m × n} band matrix with {@code kl} sub-diagonals and {@code ku} super-diagonals:
 * {@code A[i][j] = 0} unless {@code −kl ≤ j − i ≤ ku}. m and n may differ.
 *
 * <p>Two input storages are accepted and give bit-identical products, because both are copied into
 * one diagonal-major layout ({@link MatvecKernels#gbmv}): LAPACK's column-major band storage
 * ({@link #fromLapack}) and a row-major band form ({@link #fromRowMajor}). Slots of either storage that
 * lie outside the matrix are never read, so they may hold anything, NaN included. Bandwidths beyond the
 * matrix ({@code kl ≥ m} or {@code ku ≥ n}) are clamped to {@code m − 1} and {@code n − 1}, so
 * {@code kl + ku ≥ n} stores a dense matrix. Products cost (kl + ku + 1)·m fused multiply-adds.
 */
public final class BandedOperator implements LinearOperator {

    private final int m;
    private final int n;
    private final int kl;
    private final int ku;
    private final float[] diagonals;

    private BandedOperator(int m, int n, int kl, int ku) {
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        Checks.nonNegative("kl", kl);
        Checks.nonNegative("ku", ku);
        this.m = m;
        this.n = n;
        this.kl = Math.min(kl, Math.max(0, m - 1));
        this.ku = Math.min(ku, Math.max(0, n - 1));
        this.diagonals = new float[Checks.arrayLength("band storage (kl + ku + 1)·m", ((long) this.kl + this.ku + 1) * m)];
    }

    /**
     * Copies LAPACK column-major band storage: {@code A[i][j] = ab[(ku + i − j) + j·ldab]} for
     * {@code max(0, j − ku) ≤ i ≤ min(m − 1, j + kl)}, with {@code ldab ≥ kl + ku + 1}.
     *
     * @param m number of rows
     * @param n number of columns
     * @param kl number of subdiagonals in the band
     * @param ku number of superdiagonals in the band
     * @param ab the band in LAPACK column-major band storage
     * @param ldab leading dimension of {@code ab}, at least {@code kl + ku + 1}
     * @return the band matrix, with its own copy of the band
     */
    public static BandedOperator fromLapack(int m, int n, int kl, int ku, float[] ab, int ldab) {
        BandedOperator band = new BandedOperator(m, n, kl, ku);
        // In long: kl + ku + 1 wraps for bandwidths near Integer.MAX_VALUE, and a wrapped width would pass.
        long width = (long) kl + ku + 1;
        if (ldab < width) {
            throw new IllegalArgumentException("ldab = " + ldab + " must be >= kl + ku + 1 = " + width);
        }
        long needed = n == 0 ? 0 : (long) (n - 1) * ldab + width;
        if (ab.length < needed) {
            throw new IllegalArgumentException("ab.length = " + ab.length + " but n = " + n + ", ldab = " + ldab
                    + " need " + needed);
        }
        for (int j = 0; j < n; j++) {
            int iFirst = Math.max(0, j - ku);
            int iLast = Math.min(m - 1, j + kl);
            for (int i = iFirst; i <= iLast; i++) {
                band.set(i, j, ab[(ku + i - j) + j * ldab]);
            }
        }
        return band;
    }

    /**
     * Copies the row-major band form: {@code A[i][j] = band[i·(kl + ku + 1) + (j − i + kl)]} for
     * {@code max(0, i − kl) ≤ j ≤ min(n − 1, i + ku)}.
     *
     * @param m number of rows
     * @param n number of columns
     * @param kl number of subdiagonals in the band
     * @param ku number of superdiagonals in the band
     * @param band the band, {@code kl + ku + 1} entries per row
     * @return the band matrix, with its own copy of the band
     */
    public static BandedOperator fromRowMajor(int m, int n, int kl, int ku, float[] band) {
        BandedOperator operator = new BandedOperator(m, n, kl, ku);
        long needed = m * ((long) kl + ku + 1);
        if (band.length < needed) {
            throw new IllegalArgumentException("band.length = " + band.length + " but m·(kl + ku + 1) = " + needed);
        }
        // The check bounds kl + ku + 1 by band.length whenever a row is read, so the int width cannot wrap.
        int width = kl + ku + 1;
        for (int i = 0; i < m; i++) {
            int jFirst = Math.max(0, i - kl);
            int jLast = Math.min(n - 1, i + ku);
            for (int j = jFirst; j <= jLast; j++) {
                operator.set(i, j, band[i * width + (j - i + kl)]);
            }
        }
        return operator;
    }

    /**
     * Copies the band of a dense row-major {@code m × n} array; entries outside the band are ignored.
     *
     * @param m number of rows
     * @param n number of columns
     * @param kl number of subdiagonals in the band
     * @param ku number of superdiagonals in the band
     * @param a the dense row-major {@code m × n} array
     * @return the band matrix, with its own copy of the band
     */
    public static BandedOperator fromDense(int m, int n, int kl, int ku, float[] a) {
        BandedOperator operator = new BandedOperator(m, n, kl, ku);
        Checks.elementCount("a", a.length, "m·n", (long) m * n);
        // The clamped bandwidths keep i + ku from wrapping when ku is near Integer.MAX_VALUE.
        for (int i = 0; i < m; i++) {
            for (int j = Math.max(0, i - operator.kl); j <= Math.min(n - 1, i + operator.ku); j++) {
                operator.set(i, j, a[i * n + j]);
            }
        }
        return operator;
    }

    private void set(int i, int j, float value) {
        diagonals[(j - i + kl) * m + i] = value;
    }

    /**
     * {@return {@code A[i][j]}, zero outside the band}
     *
     * @param i the row index
     * @param j the column index
     */
    public float get(int i, int j) {
        Checks.range("rows", m, "i", i, 1);
        Checks.range("cols", n, "j", j, 1);
        int t = j - i + kl;
        return t < 0 || t > kl + ku ? 0f : diagonals[t * m + i];
    }

    @Override
    public int rows() {
        return m;
    }

    @Override
    public int cols() {
        return n;
    }

    /** {@return the number of sub-diagonals after clamping to {@code m − 1}} */
    public int kl() {
        return kl;
    }

    /** {@return the number of super-diagonals after clamping to {@code n − 1}} */
    public int ku() {
        return ku;
    }

    /** {@return the diagonal-major storage of {@link MatvecKernels#gbmv} (not a copy)} */
    public float[] diagonals() {
        return diagonals;
    }

    @Override
    public void apply(float[] x, float[] y) {
        Matvec.kernels().gbmv(m, n, kl, ku, diagonals, x, y);
    }

    @Override
    public void applyTranspose(float[] x, float[] y) {
        Matvec.kernels().gbmvTranspose(m, n, kl, ku, diagonals, x, y);
    }
}
