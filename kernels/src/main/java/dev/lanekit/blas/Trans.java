package dev.lanekit.blas;

/**
 * Whether a BLAS routine uses a matrix as stored or its transpose, as CBLAS's {@code CBLAS_TRANSPOSE}.
 * Matrices are row-major everywhere in lanekit, so {@link #TRANS} reads the stored rows as columns.
 */
public enum Trans {
    /** Use the matrix as stored ({@code CblasNoTrans}). */
    NO_TRANS(111),
    /** Use the transpose of the stored matrix ({@code CblasTrans}). */
    TRANS(112);

    private final int cblasValue;

    Trans(int cblasValue) {
        this.cblasValue = cblasValue;
    }

    /** {@return the value of the matching {@code CBLAS_TRANSPOSE} constant in {@code cblas.h}} */
    public int cblasValue() {
        return cblasValue;
    }
}
