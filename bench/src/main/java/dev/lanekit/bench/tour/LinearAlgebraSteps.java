package dev.lanekit.bench.tour;

import dev.lanekit.bench.data.Digits;
import dev.lanekit.blas.Blas;
import dev.lanekit.blas.BlasKernels;
import dev.lanekit.blas.NativeBlas;
import dev.lanekit.blas.Trans;
import dev.lanekit.proofs.PropertySuite;
import dev.lanekit.proofs.kit.Bounds;
import dev.lanekit.proofs.kit.References;
import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tour's vector, BLAS, native BLAS and property-kit steps, on the centered digit images (n rows of
 * d = 64). The BLAS steps compute the Gram matrix C = X·Xᵀ, whose reference in double both share.
 */
public final class LinearAlgebraSteps {

    private static final int D = Digits.COLUMNS;

    private final TourContext context;
    private double[] gram;
    private double[] gramMagnitude;

    /**
     * Creates the steps.
     *
     * @param context the data and timer they share
     */
    public LinearAlgebraSteps(TourContext context) {
        this.context = context;
    }

    /**
     * Runs dot (row i with row i + 1), the ℓ2 norm and softmax over every row, against the kit's references.
     *
     * @return the summary entry
     */
    public TourRow vector() {
        float[] x = context.centered();
        int n = context.tokens();
        float[] dots = new float[n];
        float[] norms = new float[n];
        float[] softmax = new float[x.length];
        VectorKernels active = Vectors.kernels();
        TourContext.Timed timed = context.time(() -> vectorPass(Vectors.simd(), x, n, dots, norms, softmax),
                () -> vectorPass(Vectors.scalar(), x, n, dots, norms, softmax));
        vectorPass(active, x, n, dots, norms, softmax);

        double dotError = 0;
        double normError = 0;
        double softmaxError = 0;
        for (int i = 0; i < n; i++) {
            double[] row = References.widen(Arrays.copyOfRange(x, i * D, (i + 1) * D));
            double[] next = References.widen(Arrays.copyOfRange(x, ((i + 1) % n) * D, ((i + 1) % n + 1) * D));
            References.Sum exact = References.dot(row, next);
            dotError = Math.max(dotError, relative(dots[i] - exact.value(), exact.magnitude()));
            double norm = References.norm(row, 2);
            normError = Math.max(normError, relative(norms[i] - norm, norm));
            double[] weights = References.softmax(row);
            for (int j = 0; j < D; j++) {
                softmaxError = Math.max(softmaxError, relative(softmax[i * D + j] - weights[j], weights[j]));
            }
        }
        double worst = Math.max(dotError, Math.max(normError, softmaxError));
        // A 64-term float sum stays within γ₆₄ ≈ 3.8e-6 and exp adds a few ulps per weight, so γ₁₂₈ is ample.
        boolean passed = worst <= Bounds.gamma(2L * D, Bounds.FLOAT.u());
        return new TourRow("vector", "dot, ℓ2, softmax: " + n + " rows × " + D, timed.seconds(),
                String.format(Locale.ROOT, "max rel err %.1e", worst), timed.speedup(),
                String.format(Locale.ROOT, "vs compensated double: dot %.1e (of Σ|aᵢbᵢ|), ℓ2 %.1e, softmax %.1e",
                        dotError, normError, softmaxError), passed);
    }

    private static void vectorPass(VectorKernels kernels, float[] x, int n, float[] dots, float[] norms,
            float[] softmax) {
        System.arraycopy(x, 0, softmax, 0, x.length);
        for (int i = 0; i < n; i++) {
            dots[i] = kernels.dot(x, i * D, x, ((i + 1) % n) * D, D);
            norms[i] = kernels.norm(x, i * D, D, 2);
            kernels.softmax(softmax, i * D, D);
        }
    }

    /**
     * Runs the Java sgemm C = X·Xᵀ (n × n × 64), SIMD against scalar, and compares it with double.
     *
     * @return the summary entry
     */
    public TourRow blas() {
        int n = context.tokens();
        float[] c = new float[n * n];
        TourContext.Timed timed = context.time(() -> gram(Blas.simd(), c), () -> gram(Blas.scalar(), c));
        gram(context.simdLoadable() ? Blas.simd() : Blas.scalar(), c);
        double error = gramError(c);
        boolean passed = error <= Bounds.gamma(D, Bounds.FLOAT.u());
        return new TourRow("blas", "Java sgemm X·Xᵀ, " + n + "×" + n + "×" + D, timed.seconds(),
                String.format(Locale.ROOT, "max rel err %.1e", error), timed.speedup(),
                String.format(Locale.ROOT, "vs double, error of Σ|aᵢbᵢ|; %.1f GFLOP/s",
                        2.0 * n * n * D / timed.seconds() / 1e9), passed);
    }

    /**
     * Runs the native library's sgemm on the same product, or reports that no library was found.
     *
     * @return the summary entry
     */
    public TourRow nativeBlas() {
        Optional<NativeBlas> library = Blas.findNativeBlas();
        if (library.isEmpty()) {
            return new TourRow("native", "no cblas library found", Double.NaN, "not found", Double.NaN,
                    Blas.info().nativeStatus(), true);
        }
        NativeBlas blas = library.get();
        int n = context.tokens();
        float[] c = new float[n * n];
        double nativeSeconds = context.time(() -> gram(blas, c));
        double error = gramError(c);
        BlasKernels java = context.simdLoadable() ? Blas.simd() : Blas.scalar();
        double javaSeconds = context.time(() -> gram(java, c));
        boolean passed = error <= Bounds.gamma(D, Bounds.FLOAT.u());
        String name = blas.libraryPath().substring(blas.libraryPath().lastIndexOf('/') + 1);
        return new TourRow("native", "sgemm X·Xᵀ via " + name, nativeSeconds,
                String.format(Locale.ROOT, "max rel err %.1e", error), Double.NaN,
                String.format(Locale.ROOT, "%d thread(s); Java %s sgemm / native time = %.2f", blas.threads(),
                        context.simdLoadable() ? "SIMD" : "scalar", javaSeconds / nativeSeconds), passed);
    }

    /**
     * Points the property kit at the dot kernels the way a user points it at their own: every row pair's
     * dot product must lie within γₙ·Σ|aᵢbᵢ| of the compensated reference.
     *
     * @return the summary entry
     */
    public TourRow proofs() {
        float[] x = context.centered();
        int n = context.tokens();
        List<VectorKernels> kernels = new ArrayList<>(List.of(Vectors.scalar()));
        if (context.simdLoadable()) {
            kernels.add(Vectors.simd());
        }

        long start = System.nanoTime();
        int checked = 0;
        int failed = 0;
        double worst = 0;
        for (VectorKernels kernel : kernels) {
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                References.Sum exact = References.dot(References.widen(Arrays.copyOfRange(x, i * D, (i + 1) * D)),
                        References.widen(Arrays.copyOfRange(x, j * D, (j + 1) * D)));
                float got = kernel.dot(x, i * D, x, j * D, D);
                double bound = Bounds.sumBound(D, exact.magnitude(), Bounds.FLOAT);
                worst = Math.max(worst, Math.abs(got - exact.value()) / bound);
                checked++;
                try {
                    Bounds.assertSum("dot of rows " + i + " and " + j, got, exact, D, Bounds.FLOAT);
                } catch (AssertionError e) {
                    failed++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        long properties = PropertySuite.all().stream().mapToLong(suite -> suite.properties().size()).sum();
        return new TourRow("proofs", "kit: " + checked + " dots vs γₙ·Σ|aᵢbᵢ| bound", seconds,
                failed == 0 ? String.format(Locale.ROOT, "all within, max %.2f·bound", worst)
                        : failed + " of " + checked + " OUTSIDE",
                Double.NaN, (kernels.size() == 2 ? "scalar and SIMD dot" : "scalar dot")
                        + "; 'lanekit check' runs all " + properties + " properties on this JVM's kernels",
                failed == 0);
    }

    private void gram(BlasKernels kernels, float[] c) {
        int n = context.tokens();
        kernels.sgemm(Trans.NO_TRANS, Trans.TRANS, n, n, D, 1f, context.centered(), 0, D, context.centered(), 0, D,
                0f, c, 0, n);
    }

    /** Returns max |c − exact| / Σ|aᵢbᵢ| over the Gram matrix, computing the double reference once. */
    private double gramError(float[] c) {
        int n = context.tokens();
        float[] x = context.centered();
        if (gram == null) {
            gram = new double[n * n];
            gramMagnitude = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    double magnitude = 0;
                    for (int p = 0; p < D; p++) {
                        double term = (double) x[i * D + p] * x[j * D + p];
                        sum += term;
                        magnitude += Math.abs(term);
                    }
                    gram[i * n + j] = sum;
                    gramMagnitude[i * n + j] = magnitude;
                }
            }
        }
        double worst = 0;
        for (int i = 0; i < c.length; i++) {
            worst = Math.max(worst, relative(c[i] - gram[i], gramMagnitude[i]));
        }
        return worst;
    }

    /** Returns |difference| / scale, or |difference| when the scale is 0. */
    private static double relative(double difference, double scale) {
        return scale == 0 ? Math.abs(difference) : Math.abs(difference) / Math.abs(scale);
    }
}
