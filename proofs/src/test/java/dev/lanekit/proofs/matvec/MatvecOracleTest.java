package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.MatvecOracle.Side;
import dev.lanekit.matvec.QueryBudgetExceededException;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Query counting, budgets and the recorded order of the matvec oracle. */
class MatvecOracleTest {

    private static final DenseOperator A = DenseOperator.ofRows(new float[][] {{1, 2}, {3, 4}, {5, 6}});

    @Test
    void singleQueriesCounted() {
        MatvecOracle oracle = new MatvecOracle(A);
        assertArrayEquals(new double[] {5, 11, 17}, oracle.right(new double[] {1, 2}));
        assertArrayEquals(new double[] {9, 12}, oracle.left(new double[] {1, 1, 1}));
        assertEquals(1, oracle.rightQueries());
        assertEquals(1, oracle.leftQueries());
        assertEquals(2, oracle.queries());
    }

    @Test
    void blockCountsEachColumn() {
        MatvecOracle oracle = new MatvecOracle(A);
        Matrix result = oracle.right(Matrix.identity(2, 2));
        assertEquals(2, oracle.rightQueries());
        assertEquals(3.0, result.get(1, 0));
        oracle.left(new Matrix(3, 4));
        assertEquals(4, oracle.leftQueries());
    }

    @Test
    void orderRecorded() {
        MatvecOracle oracle = new MatvecOracle(A);
        oracle.left(new double[3]);
        oracle.right(new Matrix(2, 2));
        assertEquals(List.of(Side.LEFT, Side.RIGHT, Side.RIGHT), oracle.order());
        assertTrue(oracle.allLeftBeforeRight());
        assertFalse(oracle.allRightBeforeLeft());
        oracle.left(new double[3]);
        assertFalse(oracle.allLeftBeforeRight());
    }

    @Test
    void budgetThrowsBeforeQuery() {
        MatvecOracle oracle = new MatvecOracle(A, 3);
        oracle.right(new Matrix(2, 2));
        assertThrows(QueryBudgetExceededException.class, () -> oracle.left(new Matrix(3, 2)));
        assertEquals(2, oracle.queries());
        oracle.left(new double[3]);
        assertEquals(3, oracle.queries());
        assertThrows(QueryBudgetExceededException.class, () -> oracle.right(new double[2]));
        assertEquals(3, oracle.queries());
    }

    @Test
    void wrongLengthRejected() {
        MatvecOracle oracle = new MatvecOracle(A);
        assertThrows(IllegalArgumentException.class, () -> oracle.right(new double[3]));
        assertThrows(IllegalArgumentException.class, () -> oracle.left(new Matrix(2, 1)));
        assertEquals(0, oracle.queries());
    }
}
