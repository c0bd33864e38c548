package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.matvec.linalg.HouseholderQr;
import dev.lanekit.matvec.linalg.JacobiSvd;
import dev.lanekit.matvec.linalg.Matrix;
import dev.lanekit.matvec.linalg.PrincipalComponents;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * Householder QR and one-sided Jacobi SVD against EJML on random, rank-deficient, tall, wide and zero
 * matrices. Tolerances are c·max(m, n)·u·‖A‖_F with u = 2⁻⁵³ and c = 64: the form of the standard
 * backward-error bound of Householder QR and Jacobi SVD, with a generous constant.
 */
class FactorizationTest {

    private static final double U = 0x1p-53;
    private static final int[][] SHAPES = {{1, 1}, {5, 3}, {3, 5}, {8, 8}, {40, 7}, {7, 40}, {64, 64}};

    private static double tolerance(Matrix a) {
        return 64 * Math.max(a.rows(), a.cols()) * U * Math.max(1, a.frobeniusNorm());
    }

    private static Matrix rankDeficient(int m, int n, int rank, SplittableRandom random) {
        return Matrix.gaussian(m, rank, 1, random).times(Matrix.gaussian(rank, n, 1, random));
    }

    private static double[] ejmlSingularValues(Matrix a) {
        DMatrixRMaj copy = new DMatrixRMaj(a.rows(), a.cols(), true, a.data().clone());
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(a.rows(), a.cols(), false, false, true);
        assertTrue(svd.decompose(copy));
        double[] values = Arrays.copyOf(svd.getSingularValues(), Math.min(a.rows(), a.cols()));
        Arrays.sort(values);
        for (int i = 0; i < values.length / 2; i++) {
            double swap = values[i];
            values[i] = values[values.length - 1 - i];
            values[values.length - 1 - i] = swap;
        }
        return values;
    }

    @Test
    void singularValuesMatchEjml() {
        SplittableRandom random = new SplittableRandom(11);
        for (int[] shape : SHAPES) {
            Matrix a = Matrix.gaussian(shape[0], shape[1], 1, random);
            double[] expected = ejmlSingularValues(a);
            double[] actual = JacobiSvd.of(a).singularValues();
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], actual[k], tolerance(a), "σ" + k + " of " + shape[0] + " × " + shape[1]);
            }
        }
    }

    @Test
    void rankDeficientSvdFinite() {
        SplittableRandom random = new SplittableRandom(12);
        for (int[] shape : SHAPES) {
            int rank = Math.max(0, Math.min(shape[0], shape[1]) / 2);
            Matrix a = rankDeficient(shape[0], shape[1], rank, random);
            JacobiSvd svd = JacobiSvd.of(a);
            double[] expected = ejmlSingularValues(a);
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], svd.singularValues()[k], tolerance(a), "σ" + k);
            }
            checkOrthonormalAndReconstructs(a, svd);
        }
    }

    @Test
    void randomSvdReconstructs() {
        SplittableRandom random = new SplittableRandom(13);
        for (int[] shape : SHAPES) {
            Matrix a = Matrix.gaussian(shape[0], shape[1], 1, random);
            checkOrthonormalAndReconstructs(a, JacobiSvd.of(a));
        }
    }

    @Test
    void zeroMatrixSvd() {
        Matrix zero = new Matrix(4, 3);
        JacobiSvd svd = JacobiSvd.of(zero);
        assertEquals(0.0, Arrays.stream(svd.singularValues()).max().orElseThrow());
        checkOrthonormalAndReconstructs(zero, svd);
    }

    @Test
    void signConventionHolds() {
        SplittableRandom random = new SplittableRandom(14);
        Matrix a = Matrix.gaussian(9, 6, 1, random);
        JacobiSvd svd = JacobiSvd.of(a);
        for (int j = 0; j < 6; j++) {
            double[] u = svd.u().column(j);
            int largest = 0;
            for (int i = 1; i < u.length; i++) {
                if (Math.abs(u[i]) > Math.abs(u[largest])) {
                    largest = i;
                }
            }
            assertTrue(u[largest] > 0, "column " + j + " of U");
        }
    }

    @Test
    void singularVectorsMatchEjmlUpToSign() {
        SplittableRandom random = new SplittableRandom(15);
        Matrix a = Matrix.gaussian(12, 5, 1, random);
        DMatrixRMaj copy = new DMatrixRMaj(12, 5, true, a.data().clone());
        SingularValueDecomposition_F64<DMatrixRMaj> reference = DecompositionFactory_DDRM.svd(12, 5, true, true, true);
        assertTrue(reference.decompose(copy));
        DMatrixRMaj referenceV = reference.getV(null, false);
        double[] referenceSigma = reference.getSingularValues();
        JacobiSvd svd = JacobiSvd.of(a);
        for (int j = 0; j < 5; j++) {
            int match = -1;
            for (int k = 0; k < 5; k++) {
                if (Math.abs(referenceSigma[k] - svd.singularValues()[j]) <= 1e-9) {
                    match = k;
                }
            }
            assertTrue(match >= 0, "σ" + j + " has a partner in EJML");
            double dot = 0;
            for (int i = 0; i < 5; i++) {
                dot += referenceV.get(i, match) * svd.v().get(i, j);
            }
            assertEquals(1.0, Math.abs(dot), 1e-9, "|⟨v" + j + ", v_ejml⟩|");
        }
    }

    @Test
    void qrMatchesEjmlR() {
        SplittableRandom random = new SplittableRandom(16);
        for (int[] shape : SHAPES) {
            Matrix a = Matrix.gaussian(shape[0], shape[1], 1, random);
            HouseholderQr qr = new HouseholderQr(a);
            Matrix q = qr.q();
            Matrix r = qr.r();
            assertTrue(q.times(r).frobeniusDistance(a) <= tolerance(a), "Q·R = A for " + Arrays.toString(shape));
            int rank = Math.min(shape[0], shape[1]);
            assertTrue(q.transposeTimes(q).frobeniusDistance(Matrix.identity(rank, rank)) <= tolerance(Matrix.identity(rank, rank)));

            // R is unique up to the sign of each row: compare |R| with EJML's.
            DMatrixRMaj copy = new DMatrixRMaj(shape[0], shape[1], true, a.data().clone());
            var reference = DecompositionFactory_DDRM.qr(shape[0], shape[1]);
            assertTrue(reference.decompose(copy));
            DMatrixRMaj referenceR = reference.getR(null, true);
            for (int i = 0; i < rank; i++) {
                for (int j = i; j < shape[1]; j++) {
                    assertEquals(Math.abs(referenceR.get(i, j)), Math.abs(r.get(i, j)), tolerance(a), "R[" + i + "][" + j + "]");
                }
            }
        }
    }

    @Test
    void rankDeficientQrFinite() {
        SplittableRandom random = new SplittableRandom(17);
        Matrix a = rankDeficient(10, 6, 2, random);
        a.setColumn(3, new double[10]);
        HouseholderQr qr = new HouseholderQr(a);
        assertFalse(qr.q().hasNonFinite());
        assertTrue(qr.q().times(qr.r()).frobeniusDistance(a) <= tolerance(a));
        assertEquals(2, qr.rank());
        double[] x = qr.solve(a.times(new double[] {1, 2, 3, 4, 5, 6}));
        assertTrue(Arrays.stream(x).allMatch(Double::isFinite));
    }

    @Test
    void leastSquaresMatchesEjml() {
        SplittableRandom random = new SplittableRandom(18);
        Matrix a = Matrix.gaussian(20, 4, 1, random);
        double[] b = Matrix.gaussian(20, 1, 1, random).data();
        double[] x = new HouseholderQr(a).solve(b);
        DMatrixRMaj reference = new DMatrixRMaj(4, 1);
        assertTrue(CommonOps_DDRM.solve(new DMatrixRMaj(20, 4, true, a.data().clone()),
                new DMatrixRMaj(20, 1, true, b.clone()), reference));
        for (int i = 0; i < 4; i++) {
            assertEquals(reference.get(i, 0), x[i], 1e-12, "x" + i);
        }
    }

    private static void checkOrthonormalAndReconstructs(Matrix a, JacobiSvd svd) {
        int r = Math.min(a.rows(), a.cols());
        assertFalse(svd.u().hasNonFinite());
        assertFalse(svd.v().hasNonFinite());
        Matrix identity = Matrix.identity(r, r);
        assertTrue(svd.u().transposeTimes(svd.u()).frobeniusDistance(identity) <= tolerance(identity), "UᵀU = I");
        assertTrue(svd.v().transposeTimes(svd.v()).frobeniusDistance(identity) <= tolerance(identity), "VᵀV = I");
        assertTrue(svd.truncate(r).frobeniusDistance(a) <= tolerance(a), "U·Σ·Vᵀ = A");
        double[] sigma = svd.singularValues();
        for (int k = 1; k < sigma.length; k++) {
            assertTrue(sigma[k - 1] >= sigma[k], "σ descending");
        }
    }

    @Test
    void principalDirectionsMatchEjml() {
        SplittableRandom random = new SplittableRandom(19);
        int rows = 50;
        int cols = 6;
        float[] data = Matrix.gaussian(rows, cols, 3, random).toFloats();
        PrincipalComponents pca = PrincipalComponents.of(data, rows, cols, true);

        Matrix centered = Matrix.fromFloats(rows, cols, data);
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                centered.set(i, j, centered.get(i, j) - pca.mean()[j]);
            }
        }
        double[] expected = ejmlSingularValues(centered);
        for (int k = 0; k < cols; k++) {
            assertEquals(expected[k], pca.singularValues()[k], tolerance(centered), "σ" + k);
        }
        float[] top = pca.topDirections(2);
        assertEquals(2 * cols, top.length);
        for (int d = 0; d < 2; d++) {
            double norm = 0;
            for (int j = 0; j < cols; j++) {
                norm += top[d * cols + j] * top[d * cols + j];
            }
            assertEquals(1.0, norm, 1e-6, "direction " + d + " has unit length");
        }
    }
}
