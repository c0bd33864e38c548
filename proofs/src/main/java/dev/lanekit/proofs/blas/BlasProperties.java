package dev.lanekit.proofs.blas;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.lanekit.blas.Blas;
import dev.lanekit.blas.BlasKernels;
import dev.lanekit.blas.Trans;
import dev.lanekit.proofs.Property;
import dev.lanekit.proofs.PropertySuite;
import dev.lanekit.proofs.Theories;
import dev.lanekit.provider.Providers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Pins every BLAS routine of the Java implementation, of the dispatching one when it differs, and of
 * the native binding when a library loaded, to a double reference. Cases cover sizes at the edges of
 * vectors and micro-tiles, every transpose combination, offsets, leading dimensions larger than needed
 * with NaN in the padding, and special alpha and beta. A case is drawn from a few sizes and one seed,
 * and the seed fixes everything else.
 */
public final class BlasProperties implements PropertySuite {

    private static final double[] ALPHAS = {0, 1, -1, 0.5, 2.5};
    private static final double[] BETAS = {0, 1, -1, 0.25};

    /** Creates the suite; {@code ServiceLoader} calls this constructor. */
    public BlasProperties() {}

    @Override
    public String capability() {
        return "blas";
    }

    /** Returns the implementations under test by name: the Java one, the dispatching one if it differs, and
     * the native one when a library loaded. */
    static Map<String, BlasKernels> implementations() {
        Map<String, BlasKernels> all = new LinkedHashMap<>();
        all.put("java", Blas.java());
        if (Blas.kernels() != Blas.java()) {
            all.put("active", Blas.kernels());
        }
        Blas.findNativeBlas().ifPresent(nativeBlas -> all.put("native", nativeBlas));
        return all;
    }

    /** Returns 0, 1, lanes ± 1, 4·lanes ± 1, 97 and 257 for the float lanes of the species under test. */
    static List<Integer> edgeSizes() {
        int bits = Providers.simd() ? Providers.info().speciesBits() : 256;
        int lanes = bits / Float.SIZE;
        return List.of(0, 1, lanes - 1, lanes + 1, 4 * lanes - 1, 4 * lanes + 1, 97, 257);
    }

    @Override
    public List<Property> properties() {
        List<Property> properties = new ArrayList<>();
        Gen<Integer> size = Generate.pick(edgeSizes());
        Gen<Integer> seed = integers().all();
        for (Map.Entry<String, BlasKernels> entry : implementations().entrySet()) {
            String name = entry.getKey();
            BlasKernels blas = entry.getValue();
            for (boolean isDouble : new boolean[] {false, true}) {
                String prefix = isDouble ? "d" : "s";
                properties.add(new Property(prefix + "gemm", name + " matches reference",
                        tries -> Theories.qt(tries).forAll(size, size, size, seed)
                                .checkAssert((m, n, k, s) -> gemmCase(blas, isDouble, m, n, k, s))));
                properties.add(new Property(prefix + "gemv", name + " matches reference",
                        tries -> Theories.qt(tries).forAll(size, size, seed)
                                .checkAssert((m, n, s) -> gemvCase(blas, isDouble, m, n, s))));
                properties.add(new Property(prefix + "dot", name + " axpy and nrm2 match reference",
                        tries -> Theories.qt(tries).forAll(size, seed)
                                .checkAssert((n, s) -> level1Case(blas, isDouble, n, s))));
            }
        }
        return properties;
    }

    /** Runs one gemm case drawn from the seed and checks it. */
    static void gemmCase(BlasKernels blas, boolean isDouble, int m, int n, int k, long seed) {
        Random random = new Random(seed);
        // Keeps the scalar implementation fast: the largest shapes get a short inner dimension.
        if ((long) m * n * k > 1 << 21) {
            k = Math.min(k, 33);
        }
        Trans transA = random.nextBoolean() ? Trans.NO_TRANS : Trans.TRANS;
        Trans transB = random.nextBoolean() ? Trans.NO_TRANS : Trans.TRANS;
        double alpha = ALPHAS[random.nextInt(ALPHAS.length)];
        double beta = BETAS[random.nextInt(BETAS.length)];

        Matrix a = Matrix.random(random, transA == Trans.NO_TRANS ? m : k, transA == Trans.NO_TRANS ? k : m,
                isDouble, alpha == 0);
        Matrix b = Matrix.random(random, transB == Trans.NO_TRANS ? k : n, transB == Trans.NO_TRANS ? n : k,
                isDouble, alpha == 0);
        Matrix c = Matrix.random(random, m, n, isDouble, beta == 0);
        BlasReference.Result expected = BlasReference.gemm(transA, transB, m, n, k, alpha, a.values, a.offset,
                a.ld, b.values, b.offset, b.ld, beta, c.values, c.offset, c.ld);

        String label = String.format("%sgemm(%s, %s, m=%d, n=%d, k=%d, alpha=%s, lda=%d, ldb=%d, beta=%s, ldc=%d)",
                isDouble ? "d" : "s", transA, transB, m, n, k, alpha, a.ld, b.ld, beta, c.ld);
        if (isDouble) {
            double[] out = c.doubles();
            blas.dgemm(transA, transB, m, n, k, alpha, a.doubles(), a.offset, a.ld, b.doubles(), b.offset, b.ld,
                    beta, out, c.offset, c.ld);
            c.check(label, out, expected, k + 3, true);
        } else {
            float[] out = c.floats();
            blas.sgemm(transA, transB, m, n, k, (float) alpha, a.floats(), a.offset, a.ld, b.floats(), b.offset,
                    b.ld, (float) beta, out, c.offset, c.ld);
            c.check(label, Matrix.widen(out), expected, k + 3, false);
        }
    }

    /** Runs one gemv case drawn from the seed and checks it. */
    static void gemvCase(BlasKernels blas, boolean isDouble, int m, int n, long seed) {
        Random random = new Random(seed);
        Trans trans = random.nextBoolean() ? Trans.NO_TRANS : Trans.TRANS;
        double alpha = ALPHAS[random.nextInt(ALPHAS.length)];
        double beta = BETAS[random.nextInt(BETAS.length)];
        int inputs = trans == Trans.NO_TRANS ? n : m;
        int outputs = trans == Trans.NO_TRANS ? m : n;

        Matrix a = Matrix.random(random, m, n, isDouble, alpha == 0);
        // Vectors are 1-row matrices read with an increment: the elements between are NaN sentinels.
        int incx = random.nextInt(4) == 0 ? 2 : 1;
        int incy = random.nextInt(4) == 0 ? 3 : 1;
        Matrix x = Matrix.strided(random, inputs, incx, isDouble, alpha == 0);
        Matrix y = Matrix.strided(random, outputs, incy, isDouble, beta == 0);
        BlasReference.Result expected = BlasReference.gemv(trans, m, n, alpha, a.values, a.offset, a.ld,
                x.values, x.offset, incx, beta, y.values, y.offset, incy);

        String label = String.format("%sgemv(%s, m=%d, n=%d, alpha=%s, lda=%d, incx=%d, beta=%s, incy=%d)",
                isDouble ? "d" : "s", trans, m, n, alpha, a.ld, incx, beta, incy);
        if (isDouble) {
            double[] out = y.doubles();
            blas.dgemv(trans, m, n, alpha, a.doubles(), a.offset, a.ld, x.doubles(), x.offset, incx, beta,
                    out, y.offset, incy);
            y.check(label, out, expected, inputs + 3, true);
        } else {
            float[] out = y.floats();
            blas.sgemv(trans, m, n, (float) alpha, a.floats(), a.offset, a.ld, x.floats(), x.offset, incx,
                    (float) beta, out, y.offset, incy);
            y.check(label, Matrix.widen(out), expected, inputs + 3, false);
        }
    }

    /** Runs dot, axpy and nrm2 on one pair of vectors drawn from the seed and checks them. */
    static void level1Case(BlasKernels blas, boolean isDouble, int n, long seed) {
        Random random = new Random(seed);
        int incx = random.nextInt(4) == 0 ? 2 : 1;
        int incy = random.nextInt(4) == 0 ? 3 : 1;
        double alpha = ALPHAS[random.nextInt(ALPHAS.length)];
        Matrix x = Matrix.strided(random, n, incx, isDouble, false);
        Matrix y = Matrix.strided(random, n, incy, isDouble, false);

        // dot: the reference is gemv with one row; axpy: gemv of a one-column matrix with beta = 1.
        BlasReference.Result dot = BlasReference.gemv(Trans.NO_TRANS, 1, n, 1, x.values, x.offset, incx,
                y.values, y.offset, incy, 0, new double[1], 0, 1);
        double sumSquares = 0;
        double scale = 1e-30;
        for (int i = 0; i < n; i++) {
            double v = x.values[x.offset + i * incx] / scale;
            sumSquares += v * v;
        }
        double norm = Math.sqrt(sumSquares) * scale;
        String label = (isDouble ? "d" : "s") + "-level 1 (n=" + n + ", incx=" + incx + ", incy=" + incy
                + ", alpha=" + alpha + ")";

        double gotDot;
        double gotNorm;
        double[] gotAxpy;
        if (isDouble) {
            gotDot = blas.ddot(n, x.doubles(), x.offset, incx, y.doubles(), y.offset, incy);
            gotNorm = blas.dnrm2(n, x.doubles(), x.offset, incx);
            gotAxpy = y.doubles();
            blas.daxpy(n, alpha, x.doubles(), x.offset, incx, gotAxpy, y.offset, incy);
        } else {
            gotDot = blas.sdot(n, x.floats(), x.offset, incx, y.floats(), y.offset, incy);
            gotNorm = blas.snrm2(n, x.floats(), x.offset, incx);
            float[] out = y.floats();
            blas.saxpy(n, (float) alpha, x.floats(), x.offset, incx, out, y.offset, incy);
            gotAxpy = Matrix.widen(out);
        }

        double dotBound = BlasReference.bound(n + 1, dot.magnitude()[0], isDouble);
        if (Math.abs(gotDot - dot.value()[0]) > dotBound) {
            throw new AssertionError(label + ": dot = " + gotDot + ", reference " + dot.value()[0]
                    + ", bound " + dotBound);
        }
        // Each square and the square root add relative errors; n + 2 roundings cover them.
        double normBound = BlasReference.bound(n + 2, norm, isDouble);
        if (Math.abs(gotNorm - norm) > normBound) {
            throw new AssertionError(label + ": nrm2 = " + gotNorm + ", reference " + norm + ", bound " + normBound);
        }
        double[] axpy = new double[n];
        double[] axpyMagnitude = new double[n];
        for (int i = 0; i < n; i++) {
            double xi = x.values[x.offset + i * incx];
            double yi = y.values[y.offset + i * incy];
            axpy[i] = alpha == 0 ? yi : alpha * xi + yi;
            axpyMagnitude[i] = Math.abs(alpha * xi) + Math.abs(yi);
        }
        y.check(label + ": axpy", gotAxpy, new BlasReference.Result(axpy, axpyMagnitude), 2, isDouble);
    }
}
