package dev.lanekit.vector;

import dev.lanekit.internal.Checks;
import java.lang.foreign.MemorySegment;

/**
 * Plain-Java vector primitives: the reference order of operations, and the fallback when the Vector
 * API is unusable.
 *
 * <p>Cost: one pass over the inputs for dot, axpy, scale, sum, max, cosine and the ℓ1, ℓ2 and ℓ∞ norms; two
 * passes for argmax, other norm orders and log-sum-exp; three for softmax. Accuracy: sums run left to
 * right in the element type, so a sum of n terms is within γₙ·Σ|terms| with γₙ = n·u/(1 − n·u),
 * u = 2⁻²⁴ (float) or 2⁻⁵³ (double); norms follow {@link Norms}; exp rounds {@link Math#exp(double)}.
 * Special values follow {@link VectorKernels}. Allocates nothing.
 *
 * <p>Segment kernels read elements with unaligned native-order layouts, so any heap or off-heap segment
 * works; the checks convert the segment's byte size to elements.
 */
final class ScalarVectorKernels implements VectorKernels {

    static final ScalarVectorKernels INSTANCE = new ScalarVectorKernels();

    private ScalarVectorKernels() {}

    // ---------------------------------------------------------------------------------------------
    // float arrays

    @Override
    public float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum = Math.fma(a[aOffset + i], b[bOffset + i], sum);
        }
        return sum;
    }

    @Override
    public void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.range("y", y.length, "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n);
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
        }
    }

    @Override
    public void scale(float alpha, float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        for (int i = 0; i < n; i++) {
            x[xOffset + i] *= alpha;
        }
    }

    @Override
    public float sum(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += x[xOffset + i];
        }
        return sum;
    }

    @Override
    public float max(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        return maxUnchecked(x, xOffset, n);
    }

    static float maxUnchecked(float[] x, int xOffset, int n) {
        // Seeded with -∞, the identity of max: any other seed leaks into all-negative inputs.
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, x[xOffset + i]);
        }
        return max;
    }

    @Override
    public int argmax(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        float best = Float.NEGATIVE_INFINITY;
        int index = 0;
        for (int i = 0; i < n; i++) {
            float value = x[xOffset + i];
            if (value != value) {
                return i;
            }
            // Strictly greater keeps the lowest index among equal maxima.
            if (value > best) {
                best = value;
                index = i;
            }
        }
        return index;
    }

    @Override
    public float cosine(float[] a, int aOffset, float[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        float ab = 0f;
        float aa = 0f;
        float bb = 0f;
        for (int i = 0; i < n; i++) {
            float ai = a[aOffset + i];
            float bi = b[bOffset + i];
            ab = Math.fma(ai, bi, ab);
            aa = Math.fma(ai, ai, aa);
            bb = Math.fma(bi, bi, bb);
        }
        return Cosines.safe(aa, bb) ? cosine(ab, aa, bb) : Cosines.cosine(a, aOffset, b, bOffset, n);
    }

    /** Returns ab/√(aa·bb) computed in double and rounded once: both implementations call it, so they round alike. */
    static float cosine(float ab, float aa, float bb) {
        return (float) (ab / Math.sqrt((double) aa * (double) bb));
    }

    /** Returns ab/(√aa·√bb) for both implementations; two square roots, because aa·bb can overflow double. */
    static double cosine(double ab, double aa, double bb) {
        return ab / (Math.sqrt(aa) * Math.sqrt(bb));
    }

    @Override
    public float norm(float[] x, int xOffset, int n, double p) {
        Checks.normOrder("p", p);
        Checks.range("x", x.length, "xOffset", xOffset, n);
        return Norms.norm(x, xOffset, null, 0, n, p);
    }

    @Override
    public float distance(float[] a, int aOffset, float[] b, int bOffset, int n, double p) {
        Checks.normOrder("p", p);
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return Norms.norm(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public float squaredDistance(float[] a, int aOffset, float[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return squaredDistanceUnchecked(a, aOffset, b, bOffset, n);
    }

    private static float squaredDistanceUnchecked(float[] a, int aOffset, float[] b, int bOffset, int n) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            float d = a[aOffset + i] - b[bOffset + i];
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    @Override
    public void distances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n, int lda,
            double p, float[] out, int outOffset) {
        Checks.normOrder("p", p);
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        Checks.range("out", out.length, "outOffset", outOffset, m);
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            out[outOffset + r] = Norms.norm(matrix, row, query, queryOffset, n, p);
        }
    }

    @Override
    public void squaredDistances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n,
            int lda, float[] out, int outOffset) {
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        Checks.range("out", out.length, "outOffset", outOffset, m);
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            out[outOffset + r] = squaredDistanceUnchecked(matrix, row, query, queryOffset, n);
        }
    }

    @Override
    public int nearest(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n, int lda,
            double p, int k, int[] indices, float[] distances) {
        Checks.normOrder("p", p);
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        int count = Batches.checkNearest(k, m, indices.length, distances.length);
        int size = 0;
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            size = TopK.offer(indices, distances, size, count, r, Norms.norm(matrix, row, query, queryOffset, n, p));
        }
        TopK.sort(indices, distances, size);
        return size;
    }

    @Override
    public void softmax(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        if (n == 0) {
            return;
        }
        float max = maxUnchecked(x, xOffset, n);
        if (Softmax.special(x, xOffset, n, max)) {
            return;
        }

        // exp(x - max) <= 1 for every entry, and the maximum itself contributes exactly 1.
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            float e = (float) Math.exp(x[xOffset + i] - max);
            x[xOffset + i] = e;
            sum += e;
        }
        for (int i = 0; i < n; i++) {
            x[xOffset + i] /= sum;
        }
    }

    @Override
    public float logSumExp(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        if (n == 0) {
            return Float.NEGATIVE_INFINITY;
        }
        float max = maxUnchecked(x, xOffset, n);
        if (max != max || max == Float.POSITIVE_INFINITY || max == Float.NEGATIVE_INFINITY) {
            return max;
        }
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += (float) Math.exp(x[xOffset + i] - max);
        }
        return (float) (max + Math.log(sum));
    }

    @Override
    public void exp(float[] x, int xOffset, float[] y, int yOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.range("y", y.length, "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n);
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = (float) Math.exp(x[xOffset + i]);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // double arrays

    @Override
    public double dot(double[] a, int aOffset, double[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum = Math.fma(a[aOffset + i], b[bOffset + i], sum);
        }
        return sum;
    }

    @Override
    public void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.range("y", y.length, "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n);
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
        }
    }

    @Override
    public void scale(double alpha, double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        for (int i = 0; i < n; i++) {
            x[xOffset + i] *= alpha;
        }
    }

    @Override
    public double sum(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += x[xOffset + i];
        }
        return sum;
    }

    @Override
    public double max(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        return maxUnchecked(x, xOffset, n);
    }

    static double maxUnchecked(double[] x, int xOffset, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, x[xOffset + i]);
        }
        return max;
    }

    @Override
    public int argmax(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        double best = Double.NEGATIVE_INFINITY;
        int index = 0;
        for (int i = 0; i < n; i++) {
            double value = x[xOffset + i];
            if (value != value) {
                return i;
            }
            if (value > best) {
                best = value;
                index = i;
            }
        }
        return index;
    }

    @Override
    public double cosine(double[] a, int aOffset, double[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        double ab = 0.0;
        double aa = 0.0;
        double bb = 0.0;
        for (int i = 0; i < n; i++) {
            double ai = a[aOffset + i];
            double bi = b[bOffset + i];
            ab = Math.fma(ai, bi, ab);
            aa = Math.fma(ai, ai, aa);
            bb = Math.fma(bi, bi, bb);
        }
        return Cosines.safe(aa, bb) ? cosine(ab, aa, bb) : Cosines.cosine(a, aOffset, b, bOffset, n);
    }

    @Override
    public double norm(double[] x, int xOffset, int n, double p) {
        Checks.normOrder("p", p);
        Checks.range("x", x.length, "xOffset", xOffset, n);
        return Norms.norm(x, xOffset, null, 0, n, p);
    }

    @Override
    public double distance(double[] a, int aOffset, double[] b, int bOffset, int n, double p) {
        Checks.normOrder("p", p);
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return Norms.norm(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public double squaredDistance(double[] a, int aOffset, double[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return squaredDistanceUnchecked(a, aOffset, b, bOffset, n);
    }

    private static double squaredDistanceUnchecked(double[] a, int aOffset, double[] b, int bOffset, int n) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double d = a[aOffset + i] - b[bOffset + i];
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    @Override
    public void distances(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n,
            int lda, double p, double[] out, int outOffset) {
        Checks.normOrder("p", p);
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        Checks.range("out", out.length, "outOffset", outOffset, m);
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            out[outOffset + r] = Norms.norm(matrix, row, query, queryOffset, n, p);
        }
    }

    @Override
    public void squaredDistances(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n,
            int lda, double[] out, int outOffset) {
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        Checks.range("out", out.length, "outOffset", outOffset, m);
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            out[outOffset + r] = squaredDistanceUnchecked(matrix, row, query, queryOffset, n);
        }
    }

    @Override
    public int nearest(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n, int lda,
            double p, int k, int[] indices, double[] distances) {
        Checks.normOrder("p", p);
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        int count = Batches.checkNearest(k, m, indices.length, distances.length);
        int size = 0;
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            size = TopK.offer(indices, distances, size, count, r, Norms.norm(matrix, row, query, queryOffset, n, p));
        }
        TopK.sort(indices, distances, size);
        return size;
    }

    @Override
    public void softmax(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        if (n == 0) {
            return;
        }
        double max = maxUnchecked(x, xOffset, n);
        if (Softmax.special(x, xOffset, n, max)) {
            return;
        }
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp(x[xOffset + i] - max);
            x[xOffset + i] = e;
            sum += e;
        }
        for (int i = 0; i < n; i++) {
            x[xOffset + i] /= sum;
        }
    }

    @Override
    public double logSumExp(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        if (n == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double max = maxUnchecked(x, xOffset, n);
        if (max != max || max == Double.POSITIVE_INFINITY || max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp(x[xOffset + i] - max);
        }
        return max + Math.log(sum);
    }

    @Override
    public void exp(double[] x, int xOffset, double[] y, int yOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.range("y", y.length, "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n);
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = Math.exp(x[xOffset + i]);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // segments: the same loops over element-indexed segments, in ScalarSegments.

    @Override
    public float dotFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ScalarSegments.dotFloat(a, aOffset, b, bOffset, n);
    }

    @Override
    public void axpyFloat(float alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        ScalarSegments.axpyFloat(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scaleFloat(float alpha, MemorySegment x, long xOffset, long n) {
        ScalarSegments.scaleFloat(alpha, x, xOffset, n);
    }

    @Override
    public float sumFloat(MemorySegment x, long xOffset, long n) {
        return ScalarSegments.sumFloat(x, xOffset, n);
    }

    @Override
    public float maxFloat(MemorySegment x, long xOffset, long n) {
        return ScalarSegments.maxFloat(x, xOffset, n);
    }

    @Override
    public long argmaxFloat(MemorySegment x, long xOffset, long n) {
        return ScalarSegments.argmaxFloat(x, xOffset, n);
    }

    @Override
    public float cosineFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ScalarSegments.cosineFloat(a, aOffset, b, bOffset, n);
    }

    @Override
    public float normFloat(MemorySegment x, long xOffset, long n, double p) {
        return ScalarSegments.normFloat(x, xOffset, n, p);
    }

    @Override
    public float distanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        return ScalarSegments.distanceFloat(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public float squaredDistanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ScalarSegments.squaredDistanceFloat(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        ScalarSegments.distancesFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    @Override
    public void squaredDistancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        ScalarSegments.squaredDistancesFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    @Override
    public int nearestFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, int k, long[] indices, float[] distances) {
        return ScalarSegments.nearestFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices,
                distances);
    }

    @Override
    public void softmaxFloat(MemorySegment x, long xOffset, long n) {
        ScalarSegments.softmaxFloat(x, xOffset, n);
    }

    @Override
    public float logSumExpFloat(MemorySegment x, long xOffset, long n) {
        return ScalarSegments.logSumExpFloat(x, xOffset, n);
    }

    @Override
    public void expFloat(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        ScalarSegments.expFloat(x, xOffset, y, yOffset, n);
    }

    @Override
    public double dotDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ScalarSegments.dotDouble(a, aOffset, b, bOffset, n);
    }

    @Override
    public void axpyDouble(double alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        ScalarSegments.axpyDouble(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scaleDouble(double alpha, MemorySegment x, long xOffset, long n) {
        ScalarSegments.scaleDouble(alpha, x, xOffset, n);
    }

    @Override
    public double sumDouble(MemorySegment x, long xOffset, long n) {
        return ScalarSegments.sumDouble(x, xOffset, n);
    }

    @Override
    public double maxDouble(MemorySegment x, long xOffset, long n) {
        return ScalarSegments.maxDouble(x, xOffset, n);
    }

    @Override
    public long argmaxDouble(MemorySegment x, long xOffset, long n) {
        return ScalarSegments.argmaxDouble(x, xOffset, n);
    }

    @Override
    public double cosineDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ScalarSegments.cosineDouble(a, aOffset, b, bOffset, n);
    }

    @Override
    public double normDouble(MemorySegment x, long xOffset, long n, double p) {
        return ScalarSegments.normDouble(x, xOffset, n, p);
    }

    @Override
    public double distanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        return ScalarSegments.distanceDouble(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public double squaredDistanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ScalarSegments.squaredDistanceDouble(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        ScalarSegments.distancesDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    @Override
    public void squaredDistancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        ScalarSegments.squaredDistancesDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    @Override
    public int nearestDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, int k, long[] indices, double[] distances) {
        return ScalarSegments.nearestDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices,
                distances);
    }

    @Override
    public void softmaxDouble(MemorySegment x, long xOffset, long n) {
        ScalarSegments.softmaxDouble(x, xOffset, n);
    }

    @Override
    public double logSumExpDouble(MemorySegment x, long xOffset, long n) {
        return ScalarSegments.logSumExpDouble(x, xOffset, n);
    }

    @Override
    public void expDouble(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        ScalarSegments.expDouble(x, xOffset, y, yOffset, n);
    }
}
