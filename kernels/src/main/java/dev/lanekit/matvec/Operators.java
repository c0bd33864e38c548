package dev.lanekit.matvec;

import java.util.Arrays;

/**
 * Compositions of operators: sum, product, transpose and scalar multiple. Each product of a composite
 * calls the products of its parts, so a query to a composite costs the queries of its parts. Sum and
 * product allocate one temporary array per call; transpose and scaled allocate nothing.
 */
public final class Operators {

    private Operators() {}

    /**
     * Returns {@code A + B}; both must have the same shape.
     *
     * @param a the first operand
     * @param b the second operand, of the same shape
     * @return {@code A + B}
     */
    public static LinearOperator sum(LinearOperator a, LinearOperator b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException("sum of a " + a.rows() + " × " + a.cols() + " and a " + b.rows()
                    + " × " + b.cols() + " operator: the shapes must be equal");
        }
        return new Sum(a, b);
    }

    /**
     * Returns {@code A·B}; {@code a.cols()} must equal {@code b.rows()}.
     *
     * @param a the left factor
     * @param b the right factor, with {@code a.cols()} rows
     * @return {@code A·B}
     */
    public static LinearOperator product(LinearOperator a, LinearOperator b) {
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException("product of a " + a.rows() + " × " + a.cols() + " and a " + b.rows()
                    + " × " + b.cols() + " operator: a.cols() must equal b.rows()");
        }
        return new Product(a, b);
    }

    /**
     * {@return {@code Aᵀ}, which swaps the two products of {@code a}}
     *
     * @param a the operator to transpose
     */
    public static LinearOperator transpose(LinearOperator a) {
        return a instanceof Transpose t ? t.a : new Transpose(a);
    }

    /**
     * {@return {@code alpha·A}} When {@code alpha == 0} the products are exactly zero and {@code a} is never
     * called, so NaN or ∞ inside A do not reach the result (the BLAS convention for alpha = 0).
     *
     * @param alpha the scalar factor
     * @param a the operator to scale
     */
    public static LinearOperator scaled(float alpha, LinearOperator a) {
        return new Scaled(alpha, a);
    }

    private record Sum(LinearOperator a, LinearOperator b) implements LinearOperator {
        @Override
        public int rows() {
            return a.rows();
        }

        @Override
        public int cols() {
            return a.cols();
        }

        @Override
        public void apply(float[] x, float[] y) {
            MatvecChecks.vectors(rows(), cols(), x, y, false);
            float[] partial = new float[rows()];
            a.apply(x, y);
            b.apply(x, partial);
            for (int i = 0; i < partial.length; i++) {
                y[i] += partial[i];
            }
        }

        @Override
        public void applyTranspose(float[] x, float[] y) {
            MatvecChecks.vectors(rows(), cols(), x, y, true);
            float[] partial = new float[cols()];
            a.applyTranspose(x, y);
            b.applyTranspose(x, partial);
            for (int j = 0; j < partial.length; j++) {
                y[j] += partial[j];
            }
        }
    }

    private record Product(LinearOperator a, LinearOperator b) implements LinearOperator {
        @Override
        public int rows() {
            return a.rows();
        }

        @Override
        public int cols() {
            return b.cols();
        }

        @Override
        public void apply(float[] x, float[] y) {
            MatvecChecks.vectors(rows(), cols(), x, y, false);
            float[] inner = new float[b.rows()];
            b.apply(x, inner);
            a.apply(inner, y);
        }

        @Override
        public void applyTranspose(float[] x, float[] y) {
            MatvecChecks.vectors(rows(), cols(), x, y, true);
            float[] inner = new float[a.cols()];
            a.applyTranspose(x, inner);
            b.applyTranspose(inner, y);
        }
    }

    private record Transpose(LinearOperator a) implements LinearOperator {
        @Override
        public int rows() {
            return a.cols();
        }

        @Override
        public int cols() {
            return a.rows();
        }

        @Override
        public void apply(float[] x, float[] y) {
            a.applyTranspose(x, y);
        }

        @Override
        public void applyTranspose(float[] x, float[] y) {
            a.apply(x, y);
        }
    }

    private record Scaled(float alpha, LinearOperator a) implements LinearOperator {
        @Override
        public int rows() {
            return a.rows();
        }

        @Override
        public int cols() {
            return a.cols();
        }

        @Override
        public void apply(float[] x, float[] y) {
            MatvecChecks.vectors(rows(), cols(), x, y, false);
            if (alpha == 0f) {
                Arrays.fill(y, 0, rows(), 0f);
                return;
            }
            a.apply(x, y);
            for (int i = 0; i < rows(); i++) {
                y[i] *= alpha;
            }
        }

        @Override
        public void applyTranspose(float[] x, float[] y) {
            MatvecChecks.vectors(rows(), cols(), x, y, true);
            if (alpha == 0f) {
                Arrays.fill(y, 0, cols(), 0f);
                return;
            }
            a.applyTranspose(x, y);
            for (int j = 0; j < cols(); j++) {
                y[j] *= alpha;
            }
        }
    }
}
