package dev.lanekit.matvec.linalg;

/**
 * Householder QR factorization {@code A = Q·R} of an {@code m × n} matrix, in double precision.
 *
 * <p>Thin form: with {@code r = min(m, n)}, Q is {@code m × r} with orthonormal columns and R is
 * {@code r × n} upper triangular. Reflector k maps {@code A[k.., k]} to {@code −sign(A[k][k])·‖A[k.., k]‖·e₁},
 * the choice that avoids cancellation, so R's diagonal may be negative. A column that is already zero
 * below the diagonal gets no reflector, so rank-deficient and zero input give an orthonormal Q and a
 * zero on R's diagonal, never NaN. Cost: 2·m·n² − 2·n³/3 flops for the factorization; Householder QR is
 * backward stable (computed Q·R = A + E with ‖E‖_F ≤ c·m·n·u·‖A‖_F, u = 2⁻⁵³).
 */
public final class HouseholderQr {

    private final int m;
    private final int n;
    /** The factored matrix, column-major: R on and above the diagonal, reflector tails below it. */
    private final double[][] columns;
    /** Reflector k is {@code I − tau[k]·v·vᵀ} with {@code v = (1, columns[k][k+1..])}; tau 0 means none. */
    private final double[] tau;
    private final double[] diagonal;

    /**
     * Factors a copy of {@code a}.
     *
     * @param a the matrix
     */
    public HouseholderQr(Matrix a) {
        this.m = a.rows();
        this.n = a.cols();
        this.columns = new double[n][m];
        for (int j = 0; j < n; j++) {
            columns[j] = a.column(j);
        }
        int r = Math.min(m, n);
        this.tau = new double[r];
        this.diagonal = new double[r];
        for (int k = 0; k < r; k++) {
            reflect(k);
        }
    }

    private void reflect(int k) {
        double[] x = columns[k];
        double norm = Matrix.norm2(x, k, m - k);
        if (norm == 0 || Double.isNaN(norm)) {
            tau[k] = 0;
            diagonal[k] = norm;
            return;
        }

        // v = x + sign(x₀)·‖x‖·e₁, scaled so that v₀ = 1; H = I − tau·v·vᵀ maps x to −sign(x₀)·‖x‖·e₁.
        double alpha = x[k] >= 0 ? -norm : norm;
        double v0 = x[k] - alpha;
        for (int i = k + 1; i < m; i++) {
            x[i] /= v0;
        }
        tau[k] = -v0 / alpha;
        diagonal[k] = alpha;
        x[k] = alpha;

        // Apply H to the remaining columns.
        for (int j = k + 1; j < n; j++) {
            applyReflector(k, columns[j]);
        }
    }

    /** Applies reflector k to {@code y} in place. */
    private void applyReflector(int k, double[] y) {
        if (tau[k] == 0) {
            return;
        }
        double[] v = columns[k];
        double s = y[k];
        for (int i = k + 1; i < m; i++) {
            s += v[i] * y[i];
        }
        s *= tau[k];
        y[k] -= s;
        for (int i = k + 1; i < m; i++) {
            y[i] -= s * v[i];
        }
    }

    /** {@return the thin Q, {@code m × min(m, n)}, with orthonormal columns} */
    public Matrix q() {
        int r = Math.min(m, n);
        Matrix q = new Matrix(m, r);
        double[] e = new double[m];
        for (int j = 0; j < r; j++) {
            java.util.Arrays.fill(e, 0);
            e[j] = 1;
            for (int k = r - 1; k >= 0; k--) {
                applyReflector(k, e);
            }
            q.setColumn(j, e);
        }
        return q;
    }

    /** {@return the upper-triangular R, {@code min(m, n) × n}} */
    public Matrix r() {
        int r = Math.min(m, n);
        Matrix result = new Matrix(r, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= Math.min(j, r - 1); i++) {
                result.set(i, j, i == j ? diagonal[i] : columns[j][i]);
            }
        }
        return result;
    }

    /**
     * {@return {@code Qᵀ·b} for the full m × m Q, in a new array}
     *
     * @param b the right-hand side, of length m
     */
    public double[] applyQTranspose(double[] b) {
        if (b.length != m) {
            throw new IllegalArgumentException("b.length = " + b.length + " but m = " + m);
        }
        double[] y = b.clone();
        for (int k = 0; k < tau.length; k++) {
            applyReflector(k, y);
        }
        return y;
    }

    /**
     * {@return the least-squares solution of {@code min ‖A·x − b‖₂}, for {@code m ≥ n}} A column whose
     * diagonal entry in R is at most {@code n·2⁻⁵²·max|Rᵢᵢ|} is treated as dependent and gets
     * {@code x = 0} (a basic solution), so rank-deficient input gives finite numbers, not NaN.
     *
     * @param b the right-hand side, of length m
     */
    public double[] solve(double[] b) {
        if (m < n) {
            throw new IllegalArgumentException("least squares needs m >= n, got m = " + m + ", n = " + n);
        }
        double[] y = applyQTranspose(b);
        double largest = 0;
        for (double d : diagonal) {
            largest = Math.max(largest, Math.abs(d));
        }
        double cutoff = n * 0x1p-52 * largest;
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            if (!(Math.abs(diagonal[i]) > cutoff)) {
                x[i] = 0;
                continue;
            }
            double sum = y[i];
            for (int j = i + 1; j < n; j++) {
                sum -= columns[j][i] * x[j];
            }
            x[i] = sum / diagonal[i];
        }
        return x;
    }

    /** {@return the numerical rank: the diagonal entries of R above {@code max(m, n)·2⁻⁵²·max|Rᵢᵢ|}} */
    public int rank() {
        double largest = 0;
        for (double d : diagonal) {
            largest = Math.max(largest, Math.abs(d));
        }
        double cutoff = Math.max(m, n) * 0x1p-52 * largest;
        int rank = 0;
        for (double d : diagonal) {
            if (Math.abs(d) > cutoff) {
                rank++;
            }
        }
        return rank;
    }

    /**
     * {@return an orthonormal basis of the column space as the thin Q of {@code a}}
     *
     * @param a the matrix
     */
    public static Matrix orthonormalBasis(Matrix a) {
        return new HouseholderQr(a).q();
    }
}
