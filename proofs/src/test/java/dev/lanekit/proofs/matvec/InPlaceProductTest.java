package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lanekit.matvec.BandedOperator;
import dev.lanekit.matvec.CirculantOperator;
import dev.lanekit.matvec.CsrOperator;
import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.DiagonalOperator;
import dev.lanekit.matvec.LinearOperator;
import dev.lanekit.matvec.LowRankOperator;
import dev.lanekit.matvec.ToeplitzOperator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A product whose output array is its input. CSR, banded, circulant and Toeplitz products once returned
 * wrong rows for apply(x, x) (for A = [[1, 2], [3, 4]] and x = [1, 1], CSR gave [3, 13] for [3, 7]).
 */
class InPlaceProductTest {

    private static final float[] A = {1, 2, 3, 4};

    private static List<LinearOperator> operators() {
        return List.of(DenseOperator.of(2, 2, A), CsrOperator.fromDense(2, 2, A), BandedOperator.fromDense(2, 2, 1, 1, A),
                new LowRankOperator(2, 2, 1, new float[] {1, 2}, new float[] {3, 4}),
                new DiagonalOperator(new float[] {2, 3}), new CirculantOperator(new float[] {1, 2}),
                new ToeplitzOperator(new float[] {1, 2}, new float[] {1, 3}));
    }

    @Test
    void productIntoInputRejected() {
        for (LinearOperator operator : operators()) {
            float[] x = {1, 1};
            assertThrows(IllegalArgumentException.class, () -> operator.apply(x, x), operator.getClass().getSimpleName());
        }
    }

    @Test
    void transposeIntoInputRejected() {
        for (LinearOperator operator : operators()) {
            float[] x = {1, 1};
            assertThrows(IllegalArgumentException.class, () -> operator.applyTranspose(x, x),
                    operator.getClass().getSimpleName());
        }
    }
}
