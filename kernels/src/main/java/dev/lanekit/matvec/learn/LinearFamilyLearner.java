package dev.lanekit.matvec.learn;

import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.linalg.HouseholderQr;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Best approximation of A in a linear family span{P₁ … P_q} by sketched least squares: with a Gaussian
 * {@code n × w} sketch Π (w right queries), {@code c = argmin ‖(A − Σ cᵢ·Pᵢ)·Π‖_F}. When A lies in the
 * span and c ↦ (Σ cᵢPᵢ)·Π is injective (true with probability 1 for linearly independent Pᵢ and
 * {@code w·m ≥ q}), the coefficients are exact up to rounding. A width w = O(q/ε) gives (1 + ε)·OPT
 * with constant probability ("Query Efficient Structured Matrix Learning", COLT 2026, cites this rate
 * for one-sided methods).
 */
public final class LinearFamilyLearner {

    private LinearFamilyLearner() {}

    /**
     * The learned coefficients, the matrix Σ cᵢ·Pᵢ and the queries used.
     *
     * @param coefficients c₁ … c_q
     * @param approximation Σ cᵢ·Pᵢ
     * @param sketchRank rank of the sketched design; below q means the sketch could not separate the Pᵢ
     *     and the coefficients are a basic least-squares solution
     * @param queries the queries used
     */
    public record Fit(double[] coefficients, Matrix approximation, int sketchRank, QueryCount queries) {}

    /**
     * Fits A in span{basis} from {@code width ≥ 1} Gaussian right queries.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param basis the basis matrices of the linear family, each of A's shape
     * @param width the number of sketch columns
     * @param random the source of the random sketches
     * @return the coefficients, the fitted matrix, the sketch rank and the queries used
     */
    public static Fit sketchedLeastSquares(MatvecOracle oracle, List<Matrix> basis, int width, RandomGenerator random) {
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("the basis is empty; it needs at least one matrix");
        }
        if (width < 1) {
            throw new IllegalArgumentException("width = " + width + " must be >= 1");
        }
        int m = oracle.rows();
        int n = oracle.cols();
        for (int i = 0; i < basis.size(); i++) {
            if (basis.get(i).rows() != m || basis.get(i).cols() != n) {
                throw new IllegalArgumentException("basis matrix " + i + " is " + basis.get(i).rows() + " × "
                        + basis.get(i).cols() + " but A is " + m + " × " + n);
            }
        }
        long rows = (long) m * width;
        if (rows < basis.size()) {
            throw new IllegalArgumentException("m·width = " + rows + " sketched entries cannot determine "
                    + basis.size() + " coefficients; raise width to at least " + (basis.size() + m - 1) / m);
        }
        QueryCount before = QueryCount.of(oracle);
        Matrix pi = Matrix.gaussian(n, width, 1, random);
        Matrix z = oracle.right(pi);

        // Column i of the design is vec(Pᵢ·Π); the target is vec(A·Π).
        Matrix design = new Matrix(Math.toIntExact(rows), basis.size());
        for (int i = 0; i < basis.size(); i++) {
            design.setColumn(i, basis.get(i).times(pi).data());
        }
        HouseholderQr qr = new HouseholderQr(design);
        double[] coefficients = qr.solve(z.data().clone());

        Matrix approximation = new Matrix(m, n);
        for (int i = 0; i < basis.size(); i++) {
            approximation = approximation.plus(basis.get(i).scale(coefficients[i]));
        }
        return new Fit(coefficients, approximation, qr.rank(), QueryCount.since(oracle, before));
    }
}
