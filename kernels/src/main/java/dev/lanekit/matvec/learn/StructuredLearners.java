package dev.lanekit.matvec.learn;

import dev.lanekit.matvec.CirculantOperator;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.ToeplitzOperator;

/**
 * Exact recovery of matrices that few queries determine: a circulant matrix from one right query
 * ({@code A·e₁} is its first column) and a Toeplitz matrix from one right and one left query
 * ({@code A·e₁} is its first column, {@code Aᵀ·e₁} its first row). When A has the structure, the result
 * equals A entry for entry, because each query returns stored entries with no arithmetic on them.
 */
public final class StructuredLearners {

    private StructuredLearners() {}

    /**
     * A learned operator and the queries spent on it.
     *
     * @param <T> the operator type
     * @param operator the learned operator
     * @param queries the queries used
     */
    public record Learned<T>(T operator, QueryCount queries) {}

    /**
     * Learns a square circulant matrix from the single right query {@code A·e₁}.
     *
     * @param oracle the matvec access to A
     * @return the learned matrix and the queries used
     */
    public static Learned<CirculantOperator> circulant(MatvecOracle oracle) {
        if (oracle.rows() != oracle.cols() || oracle.rows() == 0) {
            throw new IllegalArgumentException("a circulant matrix is square and non-empty, got " + oracle.rows() + " × "
                    + oracle.cols());
        }
        QueryCount before = QueryCount.of(oracle);
        double[] column = oracle.right(unit(oracle.cols()));
        return new Learned<>(new CirculantOperator(toFloats(column)), QueryCount.since(oracle, before));
    }

    /**
     * Learns a Toeplitz matrix from {@code A·e₁} and {@code Aᵀ·e₁}: one right and one left query.
     *
     * @param oracle the matvec access to A
     * @return the learned matrix and the queries used
     */
    public static Learned<ToeplitzOperator> toeplitz(MatvecOracle oracle) {
        if (oracle.rows() == 0 || oracle.cols() == 0) {
            throw new IllegalArgumentException("a Toeplitz matrix is non-empty, got " + oracle.rows() + " × " + oracle.cols());
        }
        QueryCount before = QueryCount.of(oracle);
        float[] column = toFloats(oracle.right(unit(oracle.cols())));
        float[] row = toFloats(oracle.left(unit(oracle.rows())));
        return new Learned<>(new ToeplitzOperator(column, row), QueryCount.since(oracle, before));
    }

    private static double[] unit(int n) {
        double[] e = new double[n];
        e[0] = 1;
        return e;
    }

    private static float[] toFloats(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }
}
