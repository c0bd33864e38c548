package dev.lanekit.matvec.learn;

import dev.lanekit.matvec.CsrOperator;
import dev.lanekit.matvec.linalg.Matrix;

/**
 * A matrix supported on a sparsity pattern: {@code values[k]} sits at the k-th position of the pattern
 * in row order. Carries the queries spent learning it.
 *
 * @param pattern the positions
 * @param values one value per position, in the pattern's row order
 * @param queries the queries used
 */
public record PatternApproximation(SparsityPattern pattern, double[] values, QueryCount queries) {

    /** {@return the approximation as a dense matrix} */
    public Matrix toMatrix() {
        Matrix dense = new Matrix(pattern.rows(), pattern.cols());
        int[] pointers = pattern.rowPointersView();
        int[] columns = pattern.columnsView();
        for (int i = 0; i < pattern.rows(); i++) {
            for (int k = pointers[i]; k < pointers[i + 1]; k++) {
                dense.set(i, columns[k], values[k]);
            }
        }
        return dense;
    }

    /** {@return the approximation as a float CSR operator with one entry per pattern position} */
    public CsrOperator toOperator() {
        float[] entries = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            entries[k] = (float) values[k];
        }
        return new CsrOperator(pattern.rows(), pattern.cols(), pattern.rowPointers(), pattern.columns(), entries);
    }
}
