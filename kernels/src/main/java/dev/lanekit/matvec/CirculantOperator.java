package dev.lanekit.matvec;

/**
 * An {@code n × n} circulant matrix, {@code A[i][j] = c[(i − j) mod n]}: each column is the previous one
 * shifted down by one, cyclically, so the first column {@code c} determines A. Products go through the
 * equivalent {@link ToeplitzOperator}, at n² fused multiply-adds.
 */
public final class CirculantOperator implements LinearOperator {

    private final float[] firstColumn;
    private final ToeplitzOperator toeplitz;

    /**
     * Builds the matrix from its first column (length ≥ 1), copied.
     *
     * @param firstColumn the first column, at least one element
     */
    public CirculantOperator(float[] firstColumn) {
        int n = firstColumn.length;
        if (n == 0) {
            throw new IllegalArgumentException("firstColumn.length = 0 must be >= 1");
        }
        this.firstColumn = firstColumn.clone();
        float[] row = new float[n];
        for (int j = 0; j < n; j++) {
            row[j] = firstColumn[(n - j) % n];
        }
        this.toeplitz = new ToeplitzOperator(this.firstColumn, row);
    }

    /** {@return the first column (a copy)} */
    public float[] firstColumn() {
        return firstColumn.clone();
    }

    @Override
    public int rows() {
        return firstColumn.length;
    }

    @Override
    public int cols() {
        return firstColumn.length;
    }

    @Override
    public void apply(float[] x, float[] y) {
        toeplitz.apply(x, y);
    }

    @Override
    public void applyTranspose(float[] x, float[] y) {
        toeplitz.applyTranspose(x, y);
    }
}
