package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lanekit.matvec.CsrOperator;
import dev.lanekit.matvec.Matvec;
import dev.lanekit.matvec.MatvecKernels;
import dev.lanekit.provider.Providers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSR products on empty and trailing rows and with duplicate entries, under both kernel sets. */
class SparseMatvecTest {

    private static List<MatvecKernels> implementations() {
        List<MatvecKernels> kernels = new ArrayList<>();
        kernels.add(Matvec.scalar());
        if (Providers.simdLoadable()) {
            kernels.add(Matvec.simd());
        }
        return kernels;
    }

    @Test
    void emptyTrailingRows() {
        int[] rowPointers = {0, 2, 2, 2};
        int[] columns = {0, 2};
        float[] values = {1, 2};
        for (MatvecKernels kernels : implementations()) {
            float[] y = {Float.NaN, Float.NaN, Float.NaN};
            kernels.csrmv(3, 4, rowPointers, columns, values, new float[] {1, 2, 3, 4}, y);
            assertArrayEquals(new float[] {7, 0, 0}, y);

            float[] yt = {Float.NaN, Float.NaN, Float.NaN, Float.NaN};
            kernels.csrmvTranspose(3, 4, rowPointers, columns, values, new float[] {1, 1, 1}, yt);
            assertArrayEquals(new float[] {1, 0, 2, 0}, yt);
        }
    }

    @Test
    void onlyLastRowFilled() {
        CsrOperator a = new CsrOperator(3, 4, new int[] {0, 0, 0, 2}, new int[] {1, 3}, new float[] {3, 4});
        assertArrayEquals(new float[] {0, 0, 22}, a.apply(new float[] {1, 2, 3, 4}));
        assertArrayEquals(new float[] {0, 3, 0, 4}, a.applyTranspose(new float[] {1, 1, 1}));
    }

    @Test
    void duplicatesCancelToIdentity() {
        CsrOperator a = CsrOperator.fromCoordinates(2, 2, new int[] {0, 0, 0, 1}, new int[] {0, 0, 0, 1},
                new float[] {100, -100, 1, 1});
        assertArrayEquals(new float[] {5, 7}, a.apply(new float[] {5, 7}));
        assertEquals(2, a.nonZeros());
    }

    @Test
    void duplicatesAreSummed() {
        CsrOperator a = CsrOperator.fromCoordinates(1, 1, new int[] {0, 0}, new int[] {0, 0}, new float[] {2, 3});
        assertArrayEquals(new float[] {5}, a.values());
        assertArrayEquals(new float[] {5}, a.apply(new float[] {1}));
    }

    @Test
    void duplicateColumnInCsrArrays() {
        CsrOperator a = new CsrOperator(1, 1, new int[] {0, 2}, new int[] {0, 0}, new float[] {2, 3});
        assertArrayEquals(new float[] {5}, a.apply(new float[] {1}));
        assertArrayEquals(new float[] {5}, a.applyTranspose(new float[] {1}));
    }

    @Test
    void zeroRowsGiveEmptyResult() {
        CsrOperator a = new CsrOperator(0, 3, new int[] {0}, new int[0], new float[0]);
        assertEquals(0, a.apply(new float[] {1, 2, 3}).length);
        assertArrayEquals(new float[] {0, 0, 0}, a.applyTranspose(new float[0]));
    }

    @Test
    void allEmptyRowPointers() {
        CsrOperator a = CsrOperator.fromCoordinates(2, 4, new int[0], new int[0], new float[0]);
        assertArrayEquals(new int[] {0, 0, 0}, a.rowPointers());
        assertArrayEquals(new float[] {0, 0}, a.apply(new float[] {1, 2, 3, 4}));
    }

    @Test
    void fromDenseDropsZeros() {
        CsrOperator a = CsrOperator.fromDense(3, 4, new float[] {1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertArrayEquals(new int[] {0, 2, 2, 2}, a.rowPointers());
        assertArrayEquals(new int[] {0, 2}, a.columns());
    }

    @Test
    void invalidStructureRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new CsrOperator(2, 2, new int[] {0, 2, 1}, new int[] {0, 1}, new float[] {1, 1}));
        assertThrows(IndexOutOfBoundsException.class,
                () -> new CsrOperator(1, 2, new int[] {0, 1}, new int[] {2}, new float[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> new CsrOperator(2, 2, new int[] {0, 1}, new int[] {0}, new float[] {1}));
        assertThrows(IndexOutOfBoundsException.class,
                () -> CsrOperator.fromCoordinates(2, 2, new int[] {2}, new int[] {0}, new float[] {1}));
    }

    @Test
    void shortVectorsRejected() {
        CsrOperator a = new CsrOperator(3, 4, new int[] {0, 2, 2, 2}, new int[] {0, 2}, new float[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> a.apply(new float[] {1, 2, 3}, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> a.apply(new float[] {1, 2, 3, 4}, new float[2]));
    }
}
