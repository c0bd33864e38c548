package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lanekit.matvec.BandedOperator;
import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.Matvec;
import dev.lanekit.matvec.MatvecKernels;
import dev.lanekit.provider.Providers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Band products on a non-square 7 × 6 matrix with kl = 2, ku = 3, in both band storages. */
class BandedMatvecTest {

    private static final float[][] A = {
        {3, 9, 4, 9, 0, 0},
        {5, 5, 1, 3, 7, 0},
        {1, 3, 2, 7, 7, 7},
        {0, 9, 9, 1, 3, 2},
        {0, 0, 6, 7, 6, 9},
        {0, 0, 0, 2, 2, 9},
        {0, 0, 0, 0, 2, 5},
    };

    private static final float N = Float.NaN;

    /** LAPACK band storage, ldab = 6, printed by rows of AB; N marks the slots outside the matrix. */
    private static final float[][] AB_ROWS = {
        {N, N, N, 9, 7, 7},
        {N, N, 4, 3, 7, 2},
        {N, 9, 1, 7, 3, 9},
        {3, 5, 2, 1, 6, 9},
        {5, 3, 9, 7, 2, 5},
        {1, 9, 6, 2, 2, N},
    };

    private static final float[] X = {9, 2, 6, 4, 2, 5};
    private static final float[] AX = {105, 87, 104, 92, 121, 57, 29};
    private static final float[] AT_ONES = {9, 26, 22, 29, 27, 32};
    private static final float[] AT_ALTERNATING = {-1, -2, 2, 17, 3, 10};

    private static float[] lapackStorage() {
        int ldab = 6;
        float[] ab = new float[ldab * 6];
        for (int r = 0; r < ldab; r++) {
            for (int j = 0; j < 6; j++) {
                ab[r + j * ldab] = AB_ROWS[r][j];
            }
        }
        return ab;
    }

    private static float[] rowMajorStorage() {
        int width = 6;
        float[] band = new float[7 * width];
        java.util.Arrays.fill(band, Float.NaN);
        for (int i = 0; i < 7; i++) {
            for (int j = Math.max(0, i - 2); j <= Math.min(5, i + 3); j++) {
                band[i * width + (j - i + 2)] = A[i][j];
            }
        }
        return band;
    }

    private static List<BandedOperator> bothStorages() {
        return List.of(BandedOperator.fromLapack(7, 6, 2, 3, lapackStorage(), 6),
                BandedOperator.fromRowMajor(7, 6, 2, 3, rowMajorStorage()));
    }

    @Test
    void productMatchesKnownValues() {
        for (BandedOperator band : bothStorages()) {
            assertArrayEquals(AX, band.apply(X));
        }
    }

    @Test
    void transposeOfOnes() {
        for (BandedOperator band : bothStorages()) {
            assertArrayEquals(AT_ONES, band.applyTranspose(new float[] {1, 1, 1, 1, 1, 1, 1}));
        }
    }

    @Test
    void transposeOfAlternatingSigns() {
        for (BandedOperator band : bothStorages()) {
            assertArrayEquals(AT_ALTERNATING, band.applyTranspose(new float[] {1, -1, 1, -1, 1, -1, 1}));
        }
    }

    @Test
    void nanInUnusedSlotsIgnored() {
        BandedOperator band = BandedOperator.fromLapack(7, 6, 2, 3, lapackStorage(), 6);
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(A[i][j], band.get(i, j), "A[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void storagesGiveIdenticalDiagonals() {
        List<BandedOperator> bands = bothStorages();
        assertArrayEquals(bands.get(0).diagonals(), bands.get(1).diagonals());
    }

    @Test
    void bothKernelSetsAgree() {
        List<MatvecKernels> implementations = new ArrayList<>();
        implementations.add(Matvec.scalar());
        if (Providers.simdLoadable()) {
            implementations.add(Matvec.simd());
        }
        BandedOperator band = bothStorages().get(0);
        for (MatvecKernels kernels : implementations) {
            float[] y = new float[7];
            java.util.Arrays.fill(y, Float.NaN);
            kernels.gbmv(7, 6, band.kl(), band.ku(), band.diagonals(), X, y);
            assertArrayEquals(AX, y);
            float[] yt = new float[6];
            kernels.gbmvTranspose(7, 6, band.kl(), band.ku(), band.diagonals(), new float[] {1, 1, 1, 1, 1, 1, 1}, yt);
            assertArrayEquals(AT_ONES, yt);
        }
    }

    @Test
    void diagonalOnlyBand() {
        float[] diagonal = {2, 3, 4};
        BandedOperator band = BandedOperator.fromRowMajor(3, 3, 0, 0, diagonal);
        assertArrayEquals(new float[] {2, 6, 12}, band.apply(new float[] {1, 2, 3}));
        assertArrayEquals(new float[] {2, 6, 12}, band.applyTranspose(new float[] {1, 2, 3}));
    }

    @Test
    void wideBandIsDense() {
        float[] dense = new float[7 * 6];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 6; j++) {
                dense[i * 6 + j] = i * 6 + j + 1;
            }
        }
        BandedOperator band = BandedOperator.fromDense(7, 6, 9, 8, dense);
        DenseOperator reference = DenseOperator.of(7, 6, dense);
        assertEquals(6, band.kl());
        assertEquals(5, band.ku());
        assertArrayEquals(reference.apply(X), band.apply(X));
        float[] ones = {1, 1, 1, 1, 1, 1, 1};
        assertArrayEquals(reference.applyTranspose(ones), band.applyTranspose(ones));
    }
}
