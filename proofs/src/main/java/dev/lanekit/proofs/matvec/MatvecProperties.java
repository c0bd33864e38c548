package dev.lanekit.proofs.matvec;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.lanekit.matvec.BandedOperator;
import dev.lanekit.matvec.CirculantOperator;
import dev.lanekit.matvec.CsrOperator;
import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.LinearOperator;
import dev.lanekit.matvec.LowRankOperator;
import dev.lanekit.matvec.Matvec;
import dev.lanekit.matvec.MatvecKernels;
import dev.lanekit.matvec.Operators;
import dev.lanekit.matvec.ToeplitzOperator;
import dev.lanekit.proofs.Property;
import dev.lanekit.proofs.PropertySuite;
import dev.lanekit.proofs.Theories;
import dev.lanekit.provider.Providers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Properties of the matvec kernels and operators. Every product is compared with a double-precision
 * reference {@code Σⱼ aᵢⱼ·xⱼ} within the float bound γₖ·Σⱼ|aᵢⱼ·xⱼ| (k terms, γₖ = k·u/(1 − k·u),
 * u = 2⁻²⁴), in the scalar kernels, the SIMD kernels and the kernels the provider chose. Shapes run from
 * 0 to 70 so that every vector tail and empty case occurs at every species width.
 */
public final class MatvecProperties implements PropertySuite {

    private static final double U = 0x1p-24;
    private static final int MAX_DIMENSION = 70;

    /** Creates the suite; {@code ServiceLoader} calls this constructor. */
    public MatvecProperties() {}

    @Override
    public String capability() {
        return "matvec";
    }

    @Override
    public List<Property> properties() {
        return List.of(
                new Property("gemv", "dense A·x and Aᵀ·x within γ bound", this::dense),
                new Property("gbmv", "band A·x and Aᵀ·x within γ bound, SIMD bit-identical to scalar", this::band),
                new Property("gbmv", "LAPACK and row-major band storage give identical products", this::bandStorages),
                new Property("csrmv", "CSR A·x and Aᵀ·x within γ bound, empty rows included", this::sparse),
                new Property("operators", "structured and composite operators match their dense form", this::structured),
                new Property("operators", "NaN in y on entry never reaches the output", this::overwrite));
    }

    private static List<MatvecKernels> implementations() {
        List<MatvecKernels> kernels = new ArrayList<>();
        kernels.add(Matvec.scalar());
        kernels.add(Matvec.kernels());
        if (Providers.simdLoadable()) {
            kernels.add(Matvec.simd());
        }
        return kernels;
    }

    private void dense(int tries) {
        Theories.qt(tries)
                .forAll(integers().between(0, MAX_DIMENSION), integers().between(0, MAX_DIMENSION), integers().between(0, 3),
                        longs().all())
                .checkAssert((m, n, padding, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    int lda = Math.max(1, n + padding);
                    float[] a = uniform(m == 0 ? 0 : (m - 1) * lda + n, random);
                    float[] x = uniform(n, random);
                    float[] xt = uniform(m, random);
                    double[][] exact = new double[m][n];
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            exact[i][j] = a[i * lda + j];
                        }
                    }
                    for (MatvecKernels kernels : implementations()) {
                        float[] y = nanFilled(m);
                        kernels.gemv(m, n, a, lda, x, y);
                        checkProduct("gemv", exact, x, y, false);
                        float[] yt = nanFilled(n);
                        kernels.gemvTranspose(m, n, a, lda, xt, yt);
                        checkProduct("gemvTranspose", exact, xt, yt, true);
                    }
                });
    }

    private void band(int tries) {
        Theories.qt(tries)
                .forAll(integers().between(0, MAX_DIMENSION), integers().between(0, MAX_DIMENSION), integers().between(0, 12),
                        longs().all())
                .checkAssert((m, n, bandwidths, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    int kl = bandwidths % 4 + random.nextInt(3);
                    int ku = bandwidths / 4 + random.nextInt(3);
                    float[] dense = new float[m * n];
                    double[][] exact = new double[m][n];
                    for (int i = 0; i < m; i++) {
                        for (int j = Math.max(0, i - kl); j <= Math.min(n - 1, i + ku); j++) {
                            dense[i * n + j] = (float) (random.nextDouble() * 2 - 1);
                            exact[i][j] = dense[i * n + j];
                        }
                    }
                    BandedOperator operator = BandedOperator.fromDense(m, n, kl, ku, dense);
                    float[] x = uniform(n, random);
                    float[] xt = uniform(m, random);
                    float[] scalarY = new float[m];
                    float[] scalarYt = new float[n];
                    Matvec.scalar().gbmv(m, n, operator.kl(), operator.ku(), operator.diagonals(), x, scalarY);
                    Matvec.scalar().gbmvTranspose(m, n, operator.kl(), operator.ku(), operator.diagonals(), xt, scalarYt);
                    checkProduct("gbmv", exact, x, scalarY, false);
                    checkProduct("gbmvTranspose", exact, xt, scalarYt, true);
                    for (MatvecKernels kernels : implementations()) {
                        float[] y = nanFilled(m);
                        kernels.gbmv(m, n, operator.kl(), operator.ku(), operator.diagonals(), x, y);
                        assertBitIdentical("gbmv", scalarY, y);
                        float[] yt = nanFilled(n);
                        kernels.gbmvTranspose(m, n, operator.kl(), operator.ku(), operator.diagonals(), xt, yt);
                        assertBitIdentical("gbmvTranspose", scalarYt, yt);
                    }
                });
    }

    private void bandStorages(int tries) {
        Theories.qt(tries)
                .forAll(integers().between(0, 30), integers().between(0, 30), integers().between(0, 35), longs().all())
                .checkAssert((m, n, bandwidths, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    int kl = bandwidths % 6;
                    int ku = bandwidths / 6;
                    int width = kl + ku + 1;

                    // Both storages start full of NaN, so a read of a slot outside the matrix shows in the products.
                    float[] ab = new float[width * Math.max(1, n)];
                    float[] rowMajor = new float[width * m];
                    Arrays.fill(ab, Float.NaN);
                    Arrays.fill(rowMajor, Float.NaN);
                    for (int i = 0; i < m; i++) {
                        for (int j = Math.max(0, i - kl); j <= Math.min(n - 1, i + ku); j++) {
                            float value = (float) random.nextGaussian();
                            ab[(ku + i - j) + j * width] = value;
                            rowMajor[i * width + (j - i + kl)] = value;
                        }
                    }
                    LinearOperator lapack = BandedOperator.fromLapack(m, n, kl, ku, ab, width);
                    LinearOperator rows = BandedOperator.fromRowMajor(m, n, kl, ku, rowMajor);
                    float[] x = uniform(n, random);
                    float[] xt = uniform(m, random);
                    assertBitIdentical("band A·x", lapack.apply(x), rows.apply(x));
                    assertBitIdentical("band Aᵀ·x", lapack.applyTranspose(xt), rows.applyTranspose(xt));
                    for (float value : lapack.apply(x)) {
                        if (Float.isNaN(value)) {
                            throw new AssertionError("an unused band slot leaked NaN into A·x");
                        }
                    }
                });
    }

    private void sparse(int tries) {
        Theories.qt(tries)
                .forAll(integers().between(0, MAX_DIMENSION), integers().between(0, MAX_DIMENSION), integers().between(0, 100),
                        longs().all())
                .checkAssert((m, n, percent, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    float[] dense = new float[m * n];
                    double[][] exact = new double[m][n];
                    for (int i = 0; i < m; i++) {
                        boolean emptyRow = random.nextInt(4) == 0;
                        for (int j = 0; j < n && !emptyRow; j++) {
                            if (random.nextInt(100) < percent) {
                                dense[i * n + j] = (float) (random.nextDouble() * 2 - 1);
                                exact[i][j] = dense[i * n + j];
                            }
                        }
                    }
                    CsrOperator csr = CsrOperator.fromDense(m, n, dense);
                    float[] x = uniform(n, random);
                    float[] xt = uniform(m, random);
                    for (MatvecKernels kernels : implementations()) {
                        float[] y = nanFilled(m);
                        kernels.csrmv(m, n, csr.rowPointers(), csr.columns(), csr.values(), x, y);
                        checkProduct("csrmv", exact, x, y, false);
                        float[] yt = nanFilled(n);
                        kernels.csrmvTranspose(m, n, csr.rowPointers(), csr.columns(), csr.values(), xt, yt);
                        checkProduct("csrmvTranspose", exact, xt, yt, true);
                    }
                });
    }

    private void structured(int tries) {
        Theories.qt(tries)
                .forAll(integers().between(1, 40), integers().between(1, 40), integers().between(0, 5), longs().all())
                .checkAssert((m, n, rank, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    float[] column = uniform(m, random);
                    float[] row = uniform(n, random);
                    row[0] = column[0];
                    check("Toeplitz", new ToeplitzOperator(column, row), random);
                    check("circulant", new CirculantOperator(uniform(n, random)), random);

                    LowRankOperator lowRank = new LowRankOperator(m, n, rank, uniform(m * rank, random),
                            uniform(n * rank, random));
                    check("low rank", lowRank, random);

                    float[] aValues = uniform(m * n, random);
                    float[] bValues = uniform(m * n, random);
                    float[] cValues = uniform(n * m, random);
                    DenseOperator a = DenseOperator.of(m, n, aValues);
                    DenseOperator b = DenseOperator.of(m, n, bValues);
                    DenseOperator c = DenseOperator.of(n, m, cValues);
                    check("transpose", Operators.transpose(a), random);
                    check("scaled", Operators.scaled(-2.5f, a), random);

                    // Sum and product: the reference is formed in double from the parts, and the bound from
                    // |A| + |B| and |A|·|C|, because the float dense form would itself be rounded.
                    double[][] sum = new double[m][n];
                    double[][] sumMagnitude = new double[m][n];
                    double[][] product = new double[m][m];
                    double[][] productMagnitude = new double[m][m];
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            sum[i][j] = (double) aValues[i * n + j] + bValues[i * n + j];
                            sumMagnitude[i][j] = Math.abs(aValues[i * n + j]) + Math.abs(bValues[i * n + j]);
                        }
                        for (int j = 0; j < m; j++) {
                            for (int k = 0; k < n; k++) {
                                product[i][j] += (double) aValues[i * n + k] * cValues[k * m + j];
                                productMagnitude[i][j] += Math.abs((double) aValues[i * n + k] * cValues[k * m + j]);
                            }
                        }
                    }
                    check("sum", Operators.sum(a, b), sum, sumMagnitude, n + 2, random);
                    check("product", Operators.product(a, c), product, productMagnitude, m + n + 2, random);
                });
    }

    private void overwrite(int tries) {
        Theories.qt(tries)
                .forAll(integers().between(0, 30), integers().between(0, 30), longs().all())
                .checkAssert((m, n, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    float[] dense = uniform(m * n, random);
                    List<LinearOperator> operators = List.of(DenseOperator.of(m, n, dense),
                            BandedOperator.fromDense(m, n, 2, 3, dense), CsrOperator.fromDense(m, n, dense),
                            Operators.scaled(0f, DenseOperator.of(m, n, nanFilled(m * n))));
                    float[] x = uniform(n, random);
                    for (LinearOperator operator : operators) {
                        float[] y = nanFilled(m);
                        operator.apply(x, y);
                        for (float value : y) {
                            if (Float.isNaN(value)) {
                                throw new AssertionError(operator.getClass().getSimpleName() + " left NaN from y in A·x");
                            }
                        }
                    }
                });
    }

    /** Checks A·x and Aᵀ·x of {@code operator} against the γ bound around its own dense form. */
    private static void check(String name, LinearOperator operator, SplittableRandom random) {
        int m = operator.rows();
        int n = operator.cols();

        // The dense form comes from products with unit vectors, which are exact: one nonzero term per sum.
        float[] dense = operator.toDense();
        double[][] exact = new double[m][n];
        double[][] magnitude = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                exact[i][j] = dense[i * n + j];
                magnitude[i][j] = Math.abs(exact[i][j]);
            }
        }
        check(name, operator, exact, magnitude, Math.max(m, n) + 2, random);
    }

    /**
     * Checks A·x and Aᵀ·x of {@code operator} against {@code exact}, within γ_terms·Σⱼ magnitudeᵢⱼ·|xⱼ|,
     * where {@code terms} bounds the number of roundings on any path to an output.
     */
    private static void check(String name, LinearOperator operator, double[][] exact, double[][] magnitude, int terms,
            SplittableRandom random) {
        float[] x = uniform(operator.cols(), random);
        float[] xt = uniform(operator.rows(), random);
        checkProduct(name, exact, magnitude, x, operator.apply(x), false, terms);
        checkProduct(name + " transpose", exact, magnitude, xt, operator.applyTranspose(xt), true, terms);
    }

    private static void checkProduct(String name, double[][] exact, float[] x, float[] y, boolean transpose) {
        int terms = (transpose ? exact.length : (exact.length == 0 ? 0 : exact[0].length)) + 2;
        double[][] magnitude = new double[exact.length][];
        for (int i = 0; i < exact.length; i++) {
            magnitude[i] = Arrays.stream(exact[i]).map(Math::abs).toArray();
        }
        checkProduct(name, exact, magnitude, x, y, transpose, terms);
    }

    private static void checkProduct(String name, double[][] exact, double[][] magnitudes, float[] x, float[] y,
            boolean transpose, int roundings) {
        int m = exact.length;
        int n = m == 0 ? y.length : exact[0].length;
        int outputs = transpose ? n : m;
        int terms = transpose ? m : n;
        for (int o = 0; o < outputs; o++) {
            double sum = 0;
            double magnitude = 0;
            for (int t = 0; t < terms; t++) {
                sum += transpose ? exact[t][o] * x[t] : exact[o][t] * x[t];
                magnitude += (transpose ? magnitudes[t][o] : magnitudes[o][t]) * Math.abs(x[t]);
            }
            double bound = gamma(roundings) * magnitude + Double.MIN_NORMAL;
            if (!(Math.abs(y[o] - sum) <= bound)) {
                throw new AssertionError(name + ": output " + o + " = " + y[o] + " but the exact value is " + sum
                        + ", off by " + Math.abs(y[o] - sum) + " > bound " + bound + " (m = " + m + ", n = " + n + ")");
            }
        }
    }

    private static double gamma(int terms) {
        double nu = terms * U;
        return nu / (1 - nu);
    }

    private static void assertBitIdentical(String name, float[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                throw new AssertionError(name + ": output " + i + " = " + actual[i] + " but the reference gives "
                        + expected[i] + " bit for bit");
            }
        }
    }

    private static float[] uniform(int length, SplittableRandom random) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }

    private static float[] nanFilled(int length) {
        float[] values = new float[length];
        Arrays.fill(values, Float.NaN);
        return values;
    }
}
