package dev.lanekit.matvec.learn;

import dev.lanekit.matvec.LowRankOperator;
import dev.lanekit.matvec.linalg.Matrix;

/**
 * A rank-k approximation {@code Â = U·diag(σ)·Vᵀ} with orthonormal columns in U ({@code m × k}) and V
 * ({@code n × k}), σ descending, and the queries spent learning it.
 *
 * @param u left singular vectors, {@code m × k}
 * @param singularValues σ₁ ≥ … ≥ σ_k ≥ 0
 * @param v right singular vectors, {@code n × k}
 * @param queries the queries used
 */
public record LowRankApproximation(Matrix u, double[] singularValues, Matrix v, QueryCount queries) {

    /** {@return the rank k of the factorization} */
    public int rank() {
        return singularValues.length;
    }

    /** {@return Â as a dense matrix} */
    public Matrix toMatrix() {
        Matrix scaled = u.copy();
        for (int i = 0; i < scaled.rows(); i++) {
            for (int j = 0; j < rank(); j++) {
                scaled.set(i, j, scaled.get(i, j) * singularValues[j]);
            }
        }
        return scaled.times(v.transpose());
    }

    /** {@return Â as a float operator {@code (U·diag(σ))·Vᵀ}} */
    public LowRankOperator toOperator() {
        Matrix scaled = u.copy();
        for (int i = 0; i < scaled.rows(); i++) {
            for (int j = 0; j < rank(); j++) {
                scaled.set(i, j, scaled.get(i, j) * singularValues[j]);
            }
        }
        return new LowRankOperator(u.rows(), v.rows(), rank(), scaled.toFloats(), v.toFloats());
    }
}
