package dev.lanekit.bench.attention;

import dev.lanekit.blas.BlasKernels;
import dev.lanekit.blas.Trans;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The baseline that fused attention is measured against: single-head attention in three passes over
 * a materialized lq × lk score matrix (scores, row softmax, weighted sum), as a Java user writes it
 * without a fused kernel. {@link #scalar} is plain Java; {@link #blas} runs both products on a BLAS
 * {@code sgemm} and the softmax on the Vector API, so that the score matrix's round trip through
 * memory is what separates it from the tiled kernel.
 */
public final class ThreePassAttention {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private ThreePassAttention() {}

    /**
     * Computes O (lq × dv) in plain Java, using {@code scores} (lq × lk) as scratch.
     *
     * @param q the queries, row-major {@code lq × d}
     * @param qOffset index of the first query element
     * @param k the keys, row-major {@code lk × d}
     * @param kOffset index of the first key element
     * @param v the values, row-major {@code lk × dv}
     * @param vOffset index of the first value element
     * @param o the output, row-major {@code lq × dv}
     * @param oOffset index of the first output element
     * @param lq the number of query rows
     * @param lk the number of key and value rows
     * @param d the query and key dimension
     * @param dv the value dimension
     * @param scale the factor applied to every logit
     * @param scores scratch space of at least {@code lq·lk} floats
     */
    public static void scalar(float[] q, int qOffset, float[] k, int kOffset, float[] v, int vOffset, float[] o,
            int oOffset, int lq, int lk, int d, int dv, float scale, float[] scores) {
        for (int i = 0; i < lq; i++) {
            for (int j = 0; j < lk; j++) {
                float dot = 0f;
                for (int c = 0; c < d; c++) {
                    dot += q[qOffset + i * d + c] * k[kOffset + j * d + c];
                }
                scores[i * lk + j] = dot * scale;
            }
        }

        for (int i = 0; i < lq; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < lk; j++) {
                max = Math.max(max, scores[i * lk + j]);
            }
            float sum = 0f;
            for (int j = 0; j < lk; j++) {
                float e = (float) Math.exp(scores[i * lk + j] - max);
                scores[i * lk + j] = e;
                sum += e;
            }
            for (int j = 0; j < lk; j++) {
                scores[i * lk + j] /= sum;
            }
        }

        for (int i = 0; i < lq; i++) {
            for (int c = 0; c < dv; c++) {
                o[oOffset + i * dv + c] = 0f;
            }
            for (int j = 0; j < lk; j++) {
                float w = scores[i * lk + j];
                for (int c = 0; c < dv; c++) {
                    o[oOffset + i * dv + c] += w * v[vOffset + j * dv + c];
                }
            }
        }
    }

    /**
     * Computes O with {@code S = scale·Q·Kᵀ} and {@code O = P·V} on {@code blas.sgemm}.
     *
     * @param blas the BLAS whose sgemm computes both products
     * @param q the queries, row-major {@code lq × d}
     * @param qOffset index of the first query element
     * @param k the keys, row-major {@code lk × d}
     * @param kOffset index of the first key element
     * @param v the values, row-major {@code lk × dv}
     * @param vOffset index of the first value element
     * @param o the output, row-major {@code lq × dv}
     * @param oOffset index of the first output element
     * @param lq the number of query rows
     * @param lk the number of key and value rows
     * @param d the query and key dimension
     * @param dv the value dimension
     * @param scale the factor applied to every logit
     * @param scores scratch space of at least {@code lq·lk} floats
     */
    public static void blas(BlasKernels blas, float[] q, int qOffset, float[] k, int kOffset, float[] v, int vOffset,
            float[] o, int oOffset, int lq, int lk, int d, int dv, float scale, float[] scores) {
        blas.sgemm(Trans.NO_TRANS, Trans.TRANS, lq, lk, d, scale, q, qOffset, Math.max(1, d), k, kOffset,
                Math.max(1, d), 0f, scores, 0, Math.max(1, lk));
        for (int i = 0; i < lq; i++) {
            softmaxRow(scores, i * lk, lk);
        }
        blas.sgemm(Trans.NO_TRANS, Trans.NO_TRANS, lq, dv, lk, 1f, scores, 0, Math.max(1, lk), v, vOffset,
                Math.max(1, dv), 0f, o, oOffset, Math.max(1, dv));
    }

    private static void softmaxRow(float[] x, int offset, int n) {
        FloatVector maxVector = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        int i = 0;
        for (; i + F.length() <= n; i += F.length()) {
            maxVector = maxVector.max(FloatVector.fromArray(F, x, offset + i));
        }
        float max = maxVector.reduceLanes(VectorOperators.MAX);
        for (int j = i; j < n; j++) {
            max = Math.max(max, x[offset + j]);
        }

        FloatVector sumVector = FloatVector.zero(F);
        i = 0;
        for (; i + F.length() <= n; i += F.length()) {
            FloatVector e = FloatVector.fromArray(F, x, offset + i).sub(max).lanewise(VectorOperators.EXP);
            e.intoArray(x, offset + i);
            sumVector = sumVector.add(e);
        }
        float sum = sumVector.reduceLanes(VectorOperators.ADD);
        for (int j = i; j < n; j++) {
            float e = (float) Math.exp(x[offset + j] - max);
            x[offset + j] = e;
            sum += e;
        }

        float inverse = 1f / sum;
        i = 0;
        for (; i + F.length() <= n; i += F.length()) {
            FloatVector.fromArray(F, x, offset + i).mul(inverse).intoArray(x, offset + i);
        }
        for (int j = i; j < n; j++) {
            x[offset + j] *= inverse;
        }
    }

    /**
     * {@return row {@code row} of single-head attention in double, for the benchmarks' agreement checks}
     *
     * @param q the queries, row-major {@code lq × d}
     * @param qOffset index of the first query element
     * @param k the keys, row-major {@code lk × d}
     * @param kOffset index of the first key element
     * @param v the values, row-major {@code lk × dv}
     * @param vOffset index of the first value element
     * @param row the query row to compute
     * @param lk the number of key and value rows
     * @param d the query and key dimension
     * @param dv the value dimension
     * @param scale the factor applied to every logit
     */
    public static double[] referenceRow(float[] q, int qOffset, float[] k, int kOffset, float[] v, int vOffset,
            int row, int lk, int d, int dv, double scale) {
        double[] weights = new double[lk];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < lk; j++) {
            double dot = 0;
            for (int c = 0; c < d; c++) {
                dot += (double) q[qOffset + row * d + c] * k[kOffset + j * d + c];
            }
            weights[j] = dot * scale;
            max = Math.max(max, weights[j]);
        }
        double sum = 0;
        for (int j = 0; j < lk; j++) {
            weights[j] = Math.exp(weights[j] - max);
            sum += weights[j];
        }
        double[] out = new double[dv];
        for (int j = 0; j < lk; j++) {
            for (int c = 0; c < dv; c++) {
                out[c] += weights[j] / sum * v[vOffset + j * dv + c];
            }
        }
        return out;
    }
}
