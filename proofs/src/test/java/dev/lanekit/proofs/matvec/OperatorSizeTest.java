package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lanekit.matvec.BandedOperator;
import dev.lanekit.matvec.CsrOperator;
import dev.lanekit.matvec.DiagonalOperator;
import dev.lanekit.matvec.LowRankOperator;
import dev.lanekit.matvec.linalg.Matrix;
import org.junit.jupiter.api.Test;

/** Bandwidths and shape products near or past 2³¹, and null storage: the right product or a named exception. */
class OperatorSizeTest {

    private static final float[] A = {1, 2, 3, 4};

    @Test
    void maximalBandwidthIsDense() {
        // kl = ku = Integer.MAX_VALUE once wrapped i + ku and dropped every row after the first.
        BandedOperator band = BandedOperator.fromDense(2, 2, Integer.MAX_VALUE, Integer.MAX_VALUE, A);
        assertArrayEquals(new float[] {3, 7}, band.apply(new float[] {1, 1}));
        assertArrayEquals(new float[] {4, 6}, band.applyTranspose(new float[] {1, 1}));
    }

    @Test
    void lapackWrappedWidthRejected() {
        // kl + ku + 1 wraps to a negative int, which once passed the ldab check.
        assertThrows(IllegalArgumentException.class,
                () -> BandedOperator.fromLapack(2, 2, Integer.MAX_VALUE, Integer.MAX_VALUE, new float[8], 4));
    }

    @Test
    void rowMajorWrappedWidthRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> BandedOperator.fromRowMajor(2, 2, Integer.MAX_VALUE, Integer.MAX_VALUE, new float[8]));
    }

    @Test
    void bandedProductPastIntRejected() {
        // m·n = 2³²: an IllegalArgumentException, not the ArithmeticException of an exact multiply.
        assertThrows(IllegalArgumentException.class, () -> BandedOperator.fromDense(1 << 16, 1 << 16, 0, 0, A));
    }

    @Test
    void csrProductPastIntRejected() {
        assertThrows(IllegalArgumentException.class, () -> CsrOperator.fromDense(1 << 16, 1 << 16, A));
    }

    @Test
    void csrNegativeRowsRejected() {
        // (−2)·(−2) = 4 matches the length, so the sign needs its own check.
        assertThrows(IllegalArgumentException.class, () -> CsrOperator.fromDense(-2, -2, A));
    }

    @Test
    void lowRankProductPastIntRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new LowRankOperator(1 << 16, 1, 1 << 16, new float[0], new float[1 << 16]));
    }
    @Test
    void linalgMatrixPastIntRejected() {
        // rows·cols = 2³²: an IllegalArgumentException, not the ArithmeticException of an exact multiply.
        assertThrows(IllegalArgumentException.class, () -> new Matrix(1 << 16, 1 << 16));
    }

    @Test
    void linalgDataPastIntRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Matrix(1 << 16, 1 << 16, new double[1]));
    }

    @Test
    void diagonalNullNamed() {
        // A null diagonal was once accepted and failed only at the first product.
        NullPointerException e = assertThrows(NullPointerException.class, () -> new DiagonalOperator(null));
        assertEquals("d", e.getMessage());
    }
}
