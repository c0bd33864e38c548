package dev.lanekit.matvec.linalg;

import java.util.Arrays;

/**
 * Thin singular value decomposition {@code A = U·diag(σ)·Vᵀ} of an {@code m × n} matrix by one-sided
 * (Hestenes) Jacobi rotations, in double precision.
 *
 * <p>With {@code r = min(m, n)}: U is {@code m × r} and V is {@code n × r}, both with orthonormal
 * columns, and σ has r entries in descending order, all ≥ 0. A tall matrix is first reduced to its
 * {@code n × n} R factor by {@link HouseholderQr}; a wide one is handled through its transpose.
 * Rotations stop when every column pair has |cosine| ≤ m·2⁻⁵³.
 *
 * <p>Sign convention: each pair (uⱼ, vⱼ) is flipped so that the entry of uⱼ with the largest
 * magnitude (the first one, on a tie) is positive. Singular vectors of a zero (or numerically zero)
 * singular value are completed to an orthonormal set from the unit vectors, so a rank-deficient or zero
 * matrix gives orthonormal U and V with no NaN. Cost: O(m·n² + s·n³) flops for s sweeps (typically
 * 6–10, at most {@value #MAX_SWEEPS}).
 */
public final class JacobiSvd {

    /** Sweep limit; convergence is quadratic, so this is reached only by pathological input. */
    public static final int MAX_SWEEPS = 60;

    private final Matrix u;
    private final double[] singularValues;
    private final Matrix v;

    private JacobiSvd(Matrix u, double[] singularValues, Matrix v) {
        this.u = u;
        this.singularValues = singularValues;
        this.v = v;
    }

    /**
     * Computes the thin SVD of {@code a}; the input is not modified.
     *
     * @param a the matrix
     * @return the factorization
     */
    public static JacobiSvd of(Matrix a) {
        if (a.hasNonFinite()) {
            throw new IllegalArgumentException("the SVD input contains NaN or ±∞");
        }
        JacobiSvd svd;
        if (a.rows() < a.cols()) {
            JacobiSvd transposed = of(a.transpose());
            svd = new JacobiSvd(transposed.v, transposed.singularValues, transposed.u);
        } else if (a.rows() > a.cols() && a.cols() > 0) {
            HouseholderQr qr = new HouseholderQr(a);
            JacobiSvd small = square(qr.r());
            svd = new JacobiSvd(qr.q().times(small.u), small.singularValues, small.v);
        } else {
            svd = square(a);
        }
        applySignConvention(svd.u, svd.v);
        return svd;
    }

    /** {@return U, {@code m × min(m, n)}} */
    public Matrix u() {
        return u;
    }

    /** {@return V, {@code n × min(m, n)}} */
    public Matrix v() {
        return v;
    }

    /** {@return the singular values in descending order (a copy)} */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /**
     * {@return the best rank-{@code k} approximation {@code U_k·diag(σ_k)·V_kᵀ} (Eckart–Young)}
     *
     * @param k the rank, in {@code 0 … min(m, n)}
     */
    public Matrix truncate(int k) {
        if (k < 0 || k > singularValues.length) {
            throw new IllegalArgumentException("k = " + k + " must be in 0.." + singularValues.length);
        }
        Matrix scaled = u.leadingColumns(k);
        for (int i = 0; i < scaled.rows(); i++) {
            for (int j = 0; j < k; j++) {
                scaled.set(i, j, scaled.get(i, j) * singularValues[j]);
            }
        }
        return scaled.times(v.leadingColumns(k).transpose());
    }

    /**
     * {@return the optimal rank-k error {@code √(Σ_{j ≥ k} σⱼ²)} in the Frobenius norm}
     *
     * @param k the rank, in {@code 0 … min(m, n)}
     */
    public double tailNorm(int k) {
        if (k < 0 || k > singularValues.length) {
            throw new IllegalArgumentException("k = " + k + " must be in 0.." + singularValues.length);
        }
        return Matrix.norm2(singularValues, k, singularValues.length - k);
    }

    /** SVD of a matrix with rows ≥ cols (square after the QR step, or with no columns). */
    private static JacobiSvd square(Matrix a) {
        int m = a.rows();
        int n = a.cols();
        double[][] w = new double[n][];
        double[][] vColumns = new double[n][n];
        for (int j = 0; j < n; j++) {
            w[j] = a.column(j);
            vColumns[j][j] = 1;
        }
        rotateUntilOrthogonal(w, vColumns, m, n);

        // Order by column norm, which is the singular value once the columns are orthogonal.
        double[] norms = new double[n];
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            norms[j] = Matrix.norm2(w[j], 0, m);
            order[j] = j;
        }
        Arrays.sort(order, (p, q) -> Double.compare(norms[q], norms[p]));

        double largest = n == 0 ? 0 : norms[order[0]];
        double zeroCutoff = Math.max(m, n) * 0x1p-52 * largest;
        double[] sigma = new double[n];
        double[][] uColumns = new double[n][];
        double[][] vSorted = new double[n][];
        boolean[] missing = new boolean[n];
        for (int j = 0; j < n; j++) {
            int source = order[j];
            sigma[j] = norms[source];
            vSorted[j] = vColumns[source];
            if (norms[source] > zeroCutoff && norms[source] > 0) {
                uColumns[j] = w[source].clone();
                for (int i = 0; i < m; i++) {
                    uColumns[j][i] /= norms[source];
                }
            } else {
                missing[j] = true;
            }
        }
        completeOrthonormal(uColumns, missing, m);

        Matrix u = new Matrix(m, n);
        Matrix v = new Matrix(n, n);
        for (int j = 0; j < n; j++) {
            u.setColumn(j, uColumns[j]);
            v.setColumn(j, vSorted[j]);
        }
        return new JacobiSvd(u, sigma, v);
    }

    /** Rotates column pairs of {@code w} (and the same pairs of {@code v}) until all pairs are orthogonal. */
    private static void rotateUntilOrthogonal(double[][] w, double[][] v, int m, int n) {
        double tolerance = m * 0x1p-53;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = dot(w[p], w[p]);
                    double beta = dot(w[q], w[q]);
                    double gamma = dot(w[p], w[q]);
                    if (gamma == 0 || Math.abs(gamma) <= tolerance * Math.sqrt(alpha) * Math.sqrt(beta)) {
                        continue;
                    }
                    rotated = true;

                    // The rotation that zeroes the (p, q) entry of WᵀW; t is the smaller root, so |θ| ≤ π/4.
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    if (zeta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = c * t;
                    rotate(w[p], w[q], c, s);
                    rotate(v[p], v[q], c, s);
                }
            }
            if (!rotated) {
                return;
            }
        }
    }

    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double yi = y[i];
            x[i] = c * xi - s * yi;
            y[i] = s * xi + c * yi;
        }
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /**
     * Fills the missing columns with unit vectors orthogonalized (twice, classical Gram–Schmidt) against
     * the columns present, choosing each time the unit vector with the largest remainder.
     */
    static void completeOrthonormal(double[][] columns, boolean[] missing, int m) {
        for (int j = 0; j < columns.length; j++) {
            if (!missing[j]) {
                continue;
            }
            double[] best = null;
            double bestNorm = -1;
            for (int e = 0; e < m; e++) {
                double[] candidate = new double[m];
                candidate[e] = 1;
                for (int pass = 0; pass < 2; pass++) {
                    for (int other = 0; other < columns.length; other++) {
                        if (columns[other] != null && other != j) {
                            double projection = dot(columns[other], candidate);
                            for (int i = 0; i < m; i++) {
                                candidate[i] -= projection * columns[other][i];
                            }
                        }
                    }
                }
                double norm = Matrix.norm2(candidate, 0, m);
                if (norm > bestNorm) {
                    bestNorm = norm;
                    best = candidate;
                }
            }
            for (int i = 0; i < m; i++) {
                best[i] /= bestNorm;
            }
            columns[j] = best;
            missing[j] = false;
        }
    }

    /**
     * Flips each pair of columns (uⱼ, vⱼ) in place so that uⱼ's entry of largest magnitude, the first one on
     * a tie, is positive: the sign convention of this class, for factors computed elsewhere.
     *
     * @param u the left singular vectors, as columns, flipped in place
     * @param v the right singular vectors, as columns, flipped in place
     */
    public static void applySignConvention(Matrix u, Matrix v) {
        if (u.cols() != v.cols()) {
            throw new IllegalArgumentException("u has " + u.cols() + " columns but v has " + v.cols());
        }
        for (int j = 0; j < u.cols(); j++) {
            int largest = 0;
            for (int i = 1; i < u.rows(); i++) {
                if (Math.abs(u.get(i, j)) > Math.abs(u.get(largest, j))) {
                    largest = i;
                }
            }
            if (u.rows() > 0 && u.get(largest, j) < 0) {
                for (int i = 0; i < u.rows(); i++) {
                    u.set(i, j, -u.get(i, j));
                }
                for (int i = 0; i < v.rows(); i++) {
                    v.set(i, j, -v.get(i, j));
                }
            }
        }
    }
}
