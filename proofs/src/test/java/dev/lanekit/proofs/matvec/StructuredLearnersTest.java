package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lanekit.matvec.CirculantOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.ToeplitzOperator;
import dev.lanekit.matvec.learn.QueryCount;
import dev.lanekit.matvec.learn.StructuredLearners;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exact recovery of circulant matrices from one query and Toeplitz matrices from two. */
class StructuredLearnersTest {

    private static float[] gaussian(int n, SplittableRandom random) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    @Test
    void circulantFromOneQuery() {
        SplittableRandom random = new SplittableRandom(31);
        for (int n : new int[] {1, 2, 7, 33}) {
            CirculantOperator a = new CirculantOperator(gaussian(n, random));
            MatvecOracle oracle = new MatvecOracle(a);
            StructuredLearners.Learned<CirculantOperator> learned = StructuredLearners.circulant(oracle);
            assertArrayEquals(a.toDense(), learned.operator().toDense());
            assertEquals(new QueryCount(1, 0), learned.queries());
            assertEquals(1, oracle.queries());
        }
    }

    @Test
    void toeplitzFromTwoQueries() {
        SplittableRandom random = new SplittableRandom(32);
        for (int[] shape : new int[][] {{1, 1}, {5, 5}, {7, 3}, {3, 9}}) {
            float[] column = gaussian(shape[0], random);
            float[] row = gaussian(shape[1], random);
            row[0] = column[0];
            ToeplitzOperator a = new ToeplitzOperator(column, row);
            MatvecOracle oracle = new MatvecOracle(a);
            StructuredLearners.Learned<ToeplitzOperator> learned = StructuredLearners.toeplitz(oracle);
            assertArrayEquals(a.toDense(), learned.operator().toDense());
            assertEquals(new QueryCount(1, 1), learned.queries());
            assertEquals(2, oracle.queries());
        }
    }
}
