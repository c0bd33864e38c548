package dev.lanekit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.blas.Blas;
import dev.lanekit.blas.NativeBlas;
import dev.lanekit.blas.Trans;
import dev.lanekit.inversion.Candidate;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.learn.LowRankApproximation;
import dev.lanekit.matvec.learn.LowRankLearner;
import dev.lanekit.matvec.linalg.JacobiSvd;
import dev.lanekit.matvec.linalg.Matrix;
import dev.lanekit.proofs.Theories;
import dev.lanekit.proofs.attention.AttentionReference;
import dev.lanekit.proofs.kit.Bounds;
import dev.lanekit.proofs.kit.Lengths;
import dev.lanekit.proofs.kit.References;
import dev.lanekit.proofs.kit.Values;
import dev.lanekit.proofs.taylor.AttentionCase;
import dev.lanekit.proofs.taylor.TaylorReference;
import dev.lanekit.taylor.OrderChoice;
import dev.lanekit.taylor.TaylorAttention;
import dev.lanekit.taylor.TaylorBounds;
import dev.lanekit.vector.Vectors;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The README's Java examples, one test per capability. The lines between {@code // tour:NAME begin} and
 * {@code // tour:NAME end} are the README block marked {@code <!-- tour:NAME -->}, as {@link ReadmeSyncTest}
 * checks; the assertions after each region check that the example computes what the README states.
 */
class TourExamplesTest {

    @Test
    void vectorPrimitives() {
        // tour:vector begin
        float[] a = {1, 2, 3, 4, 5};
        float[] b = {5, 4, 3, 2, 1};
        float dot = Vectors.dot(a, b);                                  // 35
        float norm = Vectors.norm(new float[] {3e20f, 4e20f}, 2);       // 5e20: no overflow in the squares
        float[] logits = {0, 1, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY};
        Vectors.softmax(logits);                                        // in place: {0, 0, 0.5, 0.5}
        float[] matrix = {0, 0, 1, 1, 2, 2, 3, 3};                      // 4 rows of 2, row-major
        float[] query = {2.9f, 3};
        int[] rows = new int[2];
        float[] distances = new float[2];
        int found = Vectors.nearest(query, 0, matrix, 0, 4, 2, 2, 2.0, 2, rows, distances);   // rows {3, 2}
        // tour:vector end

        assertEquals(35f, dot);
        assertEquals(5e20f, norm, Math.ulp(5e20f));
        assertArrayEquals(new float[] {0, 0, 0.5f, 0.5f}, logits);
        assertEquals(2, found);
        assertArrayEquals(new int[] {3, 2}, rows);
    }

    @Test
    void denseLinearAlgebra() {
        // tour:blas begin
        int m = 2, n = 3, k = 4;
        float[] a = {1, 2, 3, 4,   5, 6, 7, 8};                         // m × k, row-major
        float[] b = {1, 0, 0, 0,   0, 1, 0, 0,   0, 0, 1, 1};           // n × k
        float[] c = new float[m * n];
        Blas.sgemm(Trans.NO_TRANS, Trans.TRANS, m, n, k, 1f, a, k, b, k, 0f, c, n);   // C = A·Bᵀ
        float[] ones = {1, 1, 1, 1};
        float[] rowSums = new float[m];
        Blas.sgemv(Trans.NO_TRANS, m, k, 1f, a, k, ones, 1, 0f, rowSums, 1);        // y = A·1
        // tour:blas end

        assertArrayEquals(new float[] {1, 2, 7, 5, 6, 15}, c);
        assertArrayEquals(new float[] {10, 26}, rowSums);
    }

    @Test
    void exactAttention() {
        int lq = 24;
        int lk = 40;
        float[] q = uniform(4 * lq * 64, 1);
        float[] k = uniform(2 * lk * 64, 2);
        float[] v = uniform(2 * lk * 64, 3);

        // tour:attention begin
        AttentionShape shape = new AttentionShape(1, 4, 2, lq, lk, 64, 64);    // 4 query heads share 2 KV heads
        AttentionOptions options = AttentionOptions.DEFAULT.withCausal(true);  // aligned to the bottom right
        AttentionWorkspace workspace = AttentionWorkspace.forShape(shape, 1);  // reuse: no allocation per call
        float[] o = new float[(int) shape.outputElements()];                   // [batch][heads][lq][dv]
        Attention.attention(shape, options, q, 0, k, 0, v, 0, o, 0, null, 0,
                workspace, null);                                              // null executor: this thread
        // tour:attention end

        AttentionReference.Result reference = AttentionReference.compute(shape, options, q, k, v);
        for (int i = 0; i < o.length; i++) {
            assertTrue(Math.abs(o[i] - reference.output()[i]) <= reference.tolerance()[i],
                    "output " + i + ": " + o[i] + " vs reference " + reference.output()[i]);
        }
    }

    @Test
    void taylorAttention() {
        int n = 256;
        int d = 16;
        float[] q = uniform(n * d, 4);
        float[] k = uniform(n * d, 5);
        float[] v = uniform(n * d, 6);

        // tour:taylor begin
        double radius = TaylorBounds.radius(q, k, n, d);                       // R = max|q·k|/√d, O(n²·d)
        OrderChoice choice = TaylorBounds.chooseOrder(1e-2, radius, d, d);     // error ≤ 1% of max|V|
        TaylorAttention attention = TaylorAttention.create(1, d, d, choice.order());
        float[] out = new float[n * d];
        int nanRows = attention.attention(q, k, v, null, n, true, out);        // causal; NaN rows only at odd p
        // tour:taylor end

        assertEquals(0, nanRows);
        double[] exact = TaylorReference.softmax(new AttentionCase(q, k, v, null, n, 1, d, d), true);
        double valueMax = new AttentionCase(q, k, v, null, n, 1, d, d).valueMax();
        for (int i = 0; i < out.length; i++) {
            assertTrue(Math.abs(out[i] - exact[i]) <= choice.relativeErrorBound() * valueMax,
                    "output " + i + ": " + out[i] + " vs softmax " + exact[i] + " at p = " + choice.order());
        }
    }

    @Test
    void matvecLearning() {
        // tour:matvec begin
        int m = 200, n = 30;
        float[] a = new float[m * n];                                          // rank 3 plus noise, row-major
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < m * n; i++) {
            int row = i / n, col = i % n;
            a[i] = (row % 3) * (col % 5) + (row % 7) * (col % 2) + row % 11 + 0.01f * (float) random.nextGaussian();
        }
        MatvecOracle oracle = new MatvecOracle(DenseOperator.of(m, n, a));     // counts every A·x and Aᵀ·x
        LowRankApproximation approximation = LowRankLearner.learn(oracle, 3, 5, 1, random);
        long queries = approximation.queries().total();                       // 16 right + 16 left
        // tour:matvec end

        Matrix dense = Matrix.fromFloats(m, n, a);
        double error = dense.frobeniusDistance(approximation.toMatrix());
        double optimum = JacobiSvd.of(dense).tailNorm(3);
        assertEquals(LowRankLearner.expectedQueries(m, n, 3, 5, 1).total(), queries);
        assertEquals(32, queries);
        assertTrue(error <= 1.1 * optimum, "error " + error + " vs optimal rank-3 error " + optimum);
    }

    @Test
    void inversionSearch() {
        // tour:inversion begin
        float[] mean = {0.5f, 0.5f, 0.5f};
        float[] w = {1, 0,   0, 1,   0.5f, -0.5f};                             // 3 outputs × 2 latents
        ReluNetwork generator = ReluNetwork.linear(mean, w, 2);               // G(z) = mean + W·z
        float[] target = {2.4f, -0.6f, 1.9f};
        InversionProblem problem = new InversionProblem(generator, target, LatentBox.uniform(2, -3, 3), Norm.L2);
        Candidate best = InversionSearch.search(problem, SearchOptions.optimize(1)).best().orElseThrow();
        int[] z = best.latent();                                               // {2, -1}: G(z) = {2.5, -0.5, 2}
        double objective = best.objective();                                   // ‖G(z) − x‖₂ in double
        // tour:inversion end

        Candidate exhaustive = InversionSearch.bruteForce(problem, SearchOptions.optimize(1)).best().orElseThrow();
        assertArrayEquals(new int[] {2, -1}, z);
        assertArrayEquals(exhaustive.latent(), z);
        assertEquals(exhaustive.objective(), objective);
    }

    @Test
    void nativeBlas() {
        int m = 64;
        int n = 48;
        int k = 80;
        float[] a = uniform(m * k, 7);
        float[] b = uniform(k * n, 8);
        float[] c = new float[m * n];

        // tour:native begin
        Optional<NativeBlas> library = Blas.findNativeBlas();                  // empty without a cblas library
        if (library.isPresent()) {
            NativeBlas blas = library.get();
            System.out.println(blas.libraryPath() + ", " + blas.threads() + " thread(s)");
            blas.sgemm(Trans.NO_TRANS, Trans.NO_TRANS, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
        } else {
            Blas.java().sgemm(Trans.NO_TRANS, Trans.NO_TRANS, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
        }
        // tour:native end

        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double[] row = new double[k];
                double[] column = new double[k];
                for (int p = 0; p < k; p++) {
                    row[p] = a[i * k + p];
                    column[p] = b[p * n + j];
                }
                Bounds.assertSum("c[" + i + "][" + j + "]", c[i * n + j], References.dot(row, column), k, Bounds.FLOAT);
            }
        }
    }

    @Test
    void propertyChecks() {
        // tour:proofs begin
        Gen<float[]> arrays = Values.floatArrays(Lengths.lengths(1024), Values.finiteFloats(20));
        Theories.qt(200).forAll(arrays, arrays).checkAssert((a, b) -> {           // 200 random pairs
            int n = Math.min(a.length, b.length);                              // often a lane boundary
            References.Sum exact = References.dot(References.widen(Arrays.copyOf(a, n)),
                    References.widen(Arrays.copyOf(b, n)));                    // compensated, in double
            Bounds.assertSum("unrolledDot", unrolledDot(a, b, n), exact, n, Bounds.FLOAT);   // ≤ γₙ·Σ|aᵢbᵢ|
        });
        // tour:proofs end
    }

    /** Computes a dot product with four independent accumulators: the user's own kernel under test. */
    private static float unrolledDot(float[] a, float[] b, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Returns {@code length} floats uniform in [−0.5, 0.5) from a fixed seed. */
    private static float[] uniform(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = (float) random.nextDouble(-0.5, 0.5);
        }
        return x;
    }
}
