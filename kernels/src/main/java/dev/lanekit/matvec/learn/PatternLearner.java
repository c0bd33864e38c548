package dev.lanekit.matvec.learn;

import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.linalg.HouseholderQr;
import dev.lanekit.matvec.linalg.Matrix;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Learns the entries of A on a fixed sparsity pattern S from right queries, in two ways.
 *
 * <ul>
 *   <li>{@link #leastSquares}: one Gaussian sketch {@code Z = A·G} ({@code G} of size {@code n × q}, q
 *       queries), then per row i the least-squares fit {@code x = argmin ‖Zᵢ − x·G[Sᵢ, :]‖₂} (Amsel et al.,
 *       "Fixed-sparsity matrix approximation from matrix-vector products", arXiv 2402.09379). It recovers A
 *       exactly, up to rounding, when A is supported on S and {@code q ≥ s = max sᵢ}. For general A and
 *       {@code q ≥ sᵢ + 2} the expected error is
 *       {@code E‖S∘A − Ã‖_F² = Σᵢ offᵢ²·sᵢ/(q − sᵢ − 1)}, with offᵢ the norm of row i of A off the pattern.</li>
 *   <li>{@link #byColoring}: one 0/1 probe per color of the column-intersection graph (columns that share
 *       a row get different colors; Curtis, Powell and Reid 1974). Each probe sums the columns of one color,
 *       and no row has two of them, so every entry on S is read off exactly when A is supported on S.
 *       Greedy coloring, largest degree first, uses {@code kl + ku + 1} probes for a band.</li>
 * </ul>
 */
public final class PatternLearner {

    private PatternLearner() {}

    /**
     * Fits A on {@code pattern} from {@code queries} Gaussian right queries.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param pattern the sparsity pattern
     * @param queries the number of right queries
     * @param random the source of the random sketches
     * @return the approximation on the pattern and the queries used
     * @throws IllegalArgumentException when {@code queries} is below the largest row size s of the pattern
     */
    public static PatternApproximation leastSquares(MatvecOracle oracle, SparsityPattern pattern, int queries,
            RandomGenerator random) {
        checkShape(oracle, pattern);
        int s = pattern.maxRowSize();
        if (queries < s) {
            throw new IllegalArgumentException("queries = " + queries + " is below the largest row size s = " + s
                    + " of the pattern; least squares needs queries >= s");
        }
        QueryCount before = QueryCount.of(oracle);
        Matrix g = Matrix.gaussian(oracle.cols(), queries, 1, random);
        Matrix z = oracle.right(g);

        int[] pointers = pattern.rowPointersView();
        int[] columns = pattern.columnsView();
        double[] values = new double[pattern.size()];
        double[] target = new double[queries];
        for (int i = 0; i < pattern.rows(); i++) {
            int size = pointers[i + 1] - pointers[i];
            if (size == 0) {
                continue;
            }

            // Row i of Z is x·G[Sᵢ, :] plus the off-pattern part; solve the transposed system G[Sᵢ, :]ᵀ·xᵀ = Zᵢᵀ.
            Matrix design = new Matrix(queries, size);
            for (int p = 0; p < size; p++) {
                int column = columns[pointers[i] + p];
                for (int r = 0; r < queries; r++) {
                    design.set(r, p, g.get(column, r));
                }
            }
            for (int r = 0; r < queries; r++) {
                target[r] = z.get(i, r);
            }
            double[] x = new HouseholderQr(design).solve(target);
            System.arraycopy(x, 0, values, pointers[i], size);
        }
        return new PatternApproximation(pattern, values, QueryCount.since(oracle, before));
    }

    /**
     * {@return the expected squared error {@code Σᵢ offᵢ²·sᵢ/(q − sᵢ − 1)} of {@link #leastSquares} with q
     * queries, where {@code offRowNormsSquared[i]} is offᵢ²} Rows with {@code sᵢ = 0} contribute nothing.
     *
     * @param pattern the sparsity pattern
     * @param offRowNormsSquared offᵢ², the squared norm of the part of row i of A outside the pattern
     * @param queries the number of right queries
     * @throws IllegalArgumentException when some row has {@code q < sᵢ + 2}, where the expectation is infinite
     */
    public static double expectedSquaredError(SparsityPattern pattern, double[] offRowNormsSquared, int queries) {
        double sum = 0;
        for (int i = 0; i < pattern.rows(); i++) {
            int s = pattern.rowSize(i);
            if (s == 0) {
                continue;
            }
            if (queries < s + 2) {
                throw new IllegalArgumentException("queries = " + queries + " but row " + i + " has s = " + s
                        + "; the expected error is finite only for queries >= s + 2");
            }
            sum += offRowNormsSquared[i] * s / (queries - s - 1.0);
        }
        return sum;
    }

    /**
     * Colors the columns so that two columns sharing a row of the pattern differ: greedy in order of
     * decreasing degree in the column-intersection graph (ties by column index), each column taking the
     * smallest color none of its colored neighbors has. Returns the color of every column, 0-based.
     *
     * @param pattern the sparsity pattern
     * @return the color of each column, from 0
     */
    public static int[] colorColumns(SparsityPattern pattern) {
        int m = pattern.rows();
        int n = pattern.cols();
        int[] pointers = pattern.rowPointersView();
        int[] columns = pattern.columnsView();

        // Rows of each column (the transposed pattern), to walk a column's neighbors without an adjacency list.
        int[] columnStart = new int[n + 1];
        for (int column : columns) {
            columnStart[column + 1]++;
        }
        for (int j = 0; j < n; j++) {
            columnStart[j + 1] += columnStart[j];
        }
        int[] rowsOfColumn = new int[columns.length];
        int[] fill = Arrays.copyOf(columnStart, n);
        for (int i = 0; i < m; i++) {
            for (int k = pointers[i]; k < pointers[i + 1]; k++) {
                rowsOfColumn[fill[columns[k]]++] = i;
            }
        }

        // Degree = number of distinct other columns sharing a row; a stamp array marks columns seen.
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        int[] degree = new int[n];
        for (int j = 0; j < n; j++) {
            stamp[j] = j;
            for (int r = columnStart[j]; r < columnStart[j + 1]; r++) {
                int i = rowsOfColumn[r];
                for (int k = pointers[i]; k < pointers[i + 1]; k++) {
                    if (stamp[columns[k]] != j) {
                        stamp[columns[k]] = j;
                        degree[j]++;
                    }
                }
            }
        }

        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (p, q) -> degree[p] != degree[q] ? Integer.compare(degree[q], degree[p]) : Integer.compare(p, q));

        int[] color = new int[n];
        Arrays.fill(color, -1);
        int[] colorStamp = new int[n + 1];
        Arrays.fill(colorStamp, -1);
        for (int j : order) {
            for (int r = columnStart[j]; r < columnStart[j + 1]; r++) {
                int i = rowsOfColumn[r];
                for (int k = pointers[i]; k < pointers[i + 1]; k++) {
                    int neighborColor = color[columns[k]];
                    if (neighborColor >= 0) {
                        colorStamp[neighborColor] = j;
                    }
                }
            }
            int c = 0;
            while (colorStamp[c] == j) {
                c++;
            }
            color[j] = c;
        }
        return color;
    }

    /**
     * {@return the number of colors {@link #colorColumns} uses, which is the number of probes of {@link #byColoring}}
     *
     * @param pattern the sparsity pattern
     */
    public static int colorCount(SparsityPattern pattern) {
        return Arrays.stream(colorColumns(pattern)).max().orElse(-1) + 1;
    }

    /**
     * Recovers A on {@code pattern} with one 0/1 right query per color. Exact when A is supported on the
     * pattern: each output entry is then a single entry of A, with no rounding.
     *
     * @param oracle the matvec access to A, which counts the queries
     * @param pattern the sparsity pattern
     * @return the approximation on the pattern and the queries used
     */
    public static PatternApproximation byColoring(MatvecOracle oracle, SparsityPattern pattern) {
        checkShape(oracle, pattern);
        QueryCount before = QueryCount.of(oracle);
        int[] color = colorColumns(pattern);
        int colors = Arrays.stream(color).max().orElse(-1) + 1;

        int[] pointers = pattern.rowPointersView();
        int[] columns = pattern.columnsView();
        double[] values = new double[pattern.size()];
        double[] probe = new double[oracle.cols()];
        for (int c = 0; c < colors; c++) {
            for (int j = 0; j < probe.length; j++) {
                probe[j] = color[j] == c ? 1 : 0;
            }
            double[] y = oracle.right(probe);
            for (int i = 0; i < pattern.rows(); i++) {
                for (int k = pointers[i]; k < pointers[i + 1]; k++) {
                    if (color[columns[k]] == c) {
                        values[k] = y[i];
                    }
                }
            }
        }
        return new PatternApproximation(pattern, values, QueryCount.since(oracle, before));
    }

    private static void checkShape(MatvecOracle oracle, SparsityPattern pattern) {
        if (oracle.rows() != pattern.rows() || oracle.cols() != pattern.cols()) {
            throw new IllegalArgumentException("the pattern is " + pattern.rows() + " × " + pattern.cols()
                    + " but the matrix is " + oracle.rows() + " × " + oracle.cols());
        }
    }
}
