package dev.lanekit.matvec;

import java.util.Objects;

/**
 * A square diagonal matrix {@code diag(d)}. Products cost n multiplications; Aᵀ = A.
 * The array is used as given, not copied.
 */
public final class DiagonalOperator implements LinearOperator {

    private final float[] d;

    /**
     * Wraps the diagonal {@code d}.
     *
     * @param d the diagonal, not copied
     */
    public DiagonalOperator(float[] d) {
        this.d = Objects.requireNonNull(d, "d");
    }

    @Override
    public int rows() {
        return d.length;
    }

    @Override
    public int cols() {
        return d.length;
    }

    /** {@return the diagonal (not a copy)} */
    public float[] diagonal() {
        return d;
    }

    @Override
    public void apply(float[] x, float[] y) {
        MatvecChecks.vectors(d.length, d.length, x, y, false);
        // An element-wise product with no reduction: C2 vectorizes this loop itself.
        for (int i = 0; i < d.length; i++) {
            y[i] = d[i] * x[i];
        }
    }

    @Override
    public void applyTranspose(float[] x, float[] y) {
        apply(x, y);
    }
}
