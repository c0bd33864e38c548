package dev.lanekit.vector;

import dev.lanekit.internal.Checks;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/**
 * The scalar kernels on {@link MemorySegment}s: the loops of {@link ScalarVectorKernels} with element
 * indices in long and elements read through unaligned native-order layouts, so any heap or off-heap
 * segment works. The SIMD implementation uses them for segments it does not vectorize. Same accuracy and
 * special values as the array kernels; allocates nothing.
 */
final class ScalarSegments {

    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private ScalarSegments() {}

    /** Returns the number of whole float elements in {@code segment}. */
    static long floats(MemorySegment segment) {
        return segment.byteSize() / Float.BYTES;
    }

    /**
     * Returns the number of whole float elements in the segment parameter {@code name}.
     *
     * @throws NullPointerException naming the parameter when the segment is null
     */
    static long floats(MemorySegment segment, String name) {
        return Objects.requireNonNull(segment, name).byteSize() / Float.BYTES;
    }

    /** As {@link #floats(MemorySegment, String)}, for double elements. */
    static long doubles(MemorySegment segment, String name) {
        return Objects.requireNonNull(segment, name).byteSize() / Double.BYTES;
    }

    /** Returns the number of whole double elements in {@code segment}. */
    static long doubles(MemorySegment segment) {
        return segment.byteSize() / Double.BYTES;
    }

    // ---------------------------------------------------------------------------------------------
    // float segments

    static float dotFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", floats(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", floats(b, "b"), "bOffset", bOffset, n);
        float sum = 0f;
        for (long i = 0; i < n; i++) {
            sum = Math.fma(a.getAtIndex(FLOAT, aOffset + i), b.getAtIndex(FLOAT, bOffset + i), sum);
        }
        return sum;
    }

    static void axpyFloat(float alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Checks.range("x", floats(x, "x"), "xOffset", xOffset, n);
        Checks.range("y", floats(y, "y"), "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n, Float.BYTES);
        for (long i = 0; i < n; i++) {
            float value = Math.fma(alpha, x.getAtIndex(FLOAT, xOffset + i), y.getAtIndex(FLOAT, yOffset + i));
            y.setAtIndex(FLOAT, yOffset + i, value);
        }
    }

    static void scaleFloat(float alpha, MemorySegment x, long xOffset, long n) {
        Checks.range("x", floats(x, "x"), "xOffset", xOffset, n);
        for (long i = 0; i < n; i++) {
            x.setAtIndex(FLOAT, xOffset + i, x.getAtIndex(FLOAT, xOffset + i) * alpha);
        }
    }

    static float sumFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", floats(x, "x"), "xOffset", xOffset, n);
        float sum = 0f;
        for (long i = 0; i < n; i++) {
            sum += x.getAtIndex(FLOAT, xOffset + i);
        }
        return sum;
    }

    static float maxFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", floats(x, "x"), "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        return maxFloatUnchecked(x, xOffset, n);
    }

    private static float maxFloatUnchecked(MemorySegment x, long xOffset, long n) {
        float max = Float.NEGATIVE_INFINITY;
        for (long i = 0; i < n; i++) {
            max = Math.max(max, x.getAtIndex(FLOAT, xOffset + i));
        }
        return max;
    }

    static long argmaxFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", floats(x, "x"), "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        float best = Float.NEGATIVE_INFINITY;
        long index = 0;
        for (long i = 0; i < n; i++) {
            float value = x.getAtIndex(FLOAT, xOffset + i);
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

    static float cosineFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", floats(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", floats(b, "b"), "bOffset", bOffset, n);
        float ab = 0f;
        float aa = 0f;
        float bb = 0f;
        for (long i = 0; i < n; i++) {
            float ai = a.getAtIndex(FLOAT, aOffset + i);
            float bi = b.getAtIndex(FLOAT, bOffset + i);
            ab = Math.fma(ai, bi, ab);
            aa = Math.fma(ai, ai, aa);
            bb = Math.fma(bi, bi, bb);
        }
        return Cosines.safe(aa, bb) ? ScalarVectorKernels.cosine(ab, aa, bb)
                : Cosines.cosineFloat(a, aOffset, b, bOffset, n);
    }

    static float normFloat(MemorySegment x, long xOffset, long n, double p) {
        Checks.normOrder("p", p);
        Checks.range("x", floats(x, "x"), "xOffset", xOffset, n);
        return Norms.normFloat(x, xOffset, null, 0, n, p);
    }

    static float distanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        Checks.normOrder("p", p);
        Checks.range("a", floats(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", floats(b, "b"), "bOffset", bOffset, n);
        return Norms.normFloat(a, aOffset, b, bOffset, n, p);
    }

    static float squaredDistanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", floats(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", floats(b, "b"), "bOffset", bOffset, n);
        return squaredDistanceFloatUnchecked(a, aOffset, b, bOffset, n);
    }

    private static float squaredDistanceFloatUnchecked(MemorySegment a, long aOffset, MemorySegment b, long bOffset,
            long n) {
        float sum = 0f;
        for (long i = 0; i < n; i++) {
            float d = a.getAtIndex(FLOAT, aOffset + i) - b.getAtIndex(FLOAT, bOffset + i);
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    static void distancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        Checks.normOrder("p", p);
        Batches.check(floats(query, "query"), queryOffset, floats(matrix, "matrix"), matrixOffset, m, n, lda);
        Checks.range("out", floats(out, "out"), "outOffset", outOffset, m);
        for (long r = 0; r < m; r++) {
            float distance = Norms.normFloat(matrix, matrixOffset + r * lda, query, queryOffset, n, p);
            out.setAtIndex(FLOAT, outOffset + r, distance);
        }
    }

    static void squaredDistancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        Batches.check(floats(query, "query"), queryOffset, floats(matrix, "matrix"), matrixOffset, m, n, lda);
        Checks.range("out", floats(out, "out"), "outOffset", outOffset, m);
        for (long r = 0; r < m; r++) {
            float distance = squaredDistanceFloatUnchecked(matrix, matrixOffset + r * lda, query, queryOffset, n);
            out.setAtIndex(FLOAT, outOffset + r, distance);
        }
    }

    static int nearestFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, int k, long[] indices, float[] distances) {
        Checks.normOrder("p", p);
        Batches.check(floats(query, "query"), queryOffset, floats(matrix, "matrix"), matrixOffset, m, n, lda);
        int count = Batches.checkNearest(k, m, indices.length, distances.length);
        int size = 0;
        for (long r = 0; r < m; r++) {
            float distance = Norms.normFloat(matrix, matrixOffset + r * lda, query, queryOffset, n, p);
            size = TopK.offer(indices, distances, size, count, r, distance);
        }
        TopK.sort(indices, distances, size);
        return size;
    }

    static void softmaxFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", floats(x, "x"), "xOffset", xOffset, n);
        if (n == 0) {
            return;
        }
        float max = maxFloatUnchecked(x, xOffset, n);
        if (Softmax.specialFloat(x, xOffset, n, max)) {
            return;
        }
        float sum = 0f;
        for (long i = 0; i < n; i++) {
            float e = (float) Math.exp(x.getAtIndex(FLOAT, xOffset + i) - max);
            x.setAtIndex(FLOAT, xOffset + i, e);
            sum += e;
        }
        for (long i = 0; i < n; i++) {
            x.setAtIndex(FLOAT, xOffset + i, x.getAtIndex(FLOAT, xOffset + i) / sum);
        }
    }

    static float logSumExpFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", floats(x, "x"), "xOffset", xOffset, n);
        if (n == 0) {
            return Float.NEGATIVE_INFINITY;
        }
        float max = maxFloatUnchecked(x, xOffset, n);
        if (max != max || max == Float.POSITIVE_INFINITY || max == Float.NEGATIVE_INFINITY) {
            return max;
        }
        float sum = 0f;
        for (long i = 0; i < n; i++) {
            sum += (float) Math.exp(x.getAtIndex(FLOAT, xOffset + i) - max);
        }
        return (float) (max + Math.log(sum));
    }

    static void expFloat(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Checks.range("x", floats(x, "x"), "xOffset", xOffset, n);
        Checks.range("y", floats(y, "y"), "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n, Float.BYTES);
        for (long i = 0; i < n; i++) {
            y.setAtIndex(FLOAT, yOffset + i, (float) Math.exp(x.getAtIndex(FLOAT, xOffset + i)));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // double segments

    static double dotDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", doubles(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", doubles(b, "b"), "bOffset", bOffset, n);
        double sum = 0.0;
        for (long i = 0; i < n; i++) {
            sum = Math.fma(a.getAtIndex(DOUBLE, aOffset + i), b.getAtIndex(DOUBLE, bOffset + i), sum);
        }
        return sum;
    }

    static void axpyDouble(double alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Checks.range("x", doubles(x, "x"), "xOffset", xOffset, n);
        Checks.range("y", doubles(y, "y"), "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n, Double.BYTES);
        for (long i = 0; i < n; i++) {
            double value = Math.fma(alpha, x.getAtIndex(DOUBLE, xOffset + i), y.getAtIndex(DOUBLE, yOffset + i));
            y.setAtIndex(DOUBLE, yOffset + i, value);
        }
    }

    static void scaleDouble(double alpha, MemorySegment x, long xOffset, long n) {
        Checks.range("x", doubles(x, "x"), "xOffset", xOffset, n);
        for (long i = 0; i < n; i++) {
            x.setAtIndex(DOUBLE, xOffset + i, x.getAtIndex(DOUBLE, xOffset + i) * alpha);
        }
    }

    static double sumDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", doubles(x, "x"), "xOffset", xOffset, n);
        double sum = 0.0;
        for (long i = 0; i < n; i++) {
            sum += x.getAtIndex(DOUBLE, xOffset + i);
        }
        return sum;
    }

    static double maxDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", doubles(x, "x"), "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        return maxDoubleUnchecked(x, xOffset, n);
    }

    private static double maxDoubleUnchecked(MemorySegment x, long xOffset, long n) {
        double max = Double.NEGATIVE_INFINITY;
        for (long i = 0; i < n; i++) {
            max = Math.max(max, x.getAtIndex(DOUBLE, xOffset + i));
        }
        return max;
    }

    static long argmaxDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", doubles(x, "x"), "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        double best = Double.NEGATIVE_INFINITY;
        long index = 0;
        for (long i = 0; i < n; i++) {
            double value = x.getAtIndex(DOUBLE, xOffset + i);
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

    static double cosineDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", doubles(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", doubles(b, "b"), "bOffset", bOffset, n);
        double ab = 0.0;
        double aa = 0.0;
        double bb = 0.0;
        for (long i = 0; i < n; i++) {
            double ai = a.getAtIndex(DOUBLE, aOffset + i);
            double bi = b.getAtIndex(DOUBLE, bOffset + i);
            ab = Math.fma(ai, bi, ab);
            aa = Math.fma(ai, ai, aa);
            bb = Math.fma(bi, bi, bb);
        }
        return Cosines.safe(aa, bb) ? ScalarVectorKernels.cosine(ab, aa, bb)
                : Cosines.cosineDouble(a, aOffset, b, bOffset, n);
    }

    static double normDouble(MemorySegment x, long xOffset, long n, double p) {
        Checks.normOrder("p", p);
        Checks.range("x", doubles(x, "x"), "xOffset", xOffset, n);
        return Norms.normDouble(x, xOffset, null, 0, n, p);
    }

    static double distanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        Checks.normOrder("p", p);
        Checks.range("a", doubles(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", doubles(b, "b"), "bOffset", bOffset, n);
        return Norms.normDouble(a, aOffset, b, bOffset, n, p);
    }

    static double squaredDistanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", doubles(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", doubles(b, "b"), "bOffset", bOffset, n);
        return squaredDistanceDoubleUnchecked(a, aOffset, b, bOffset, n);
    }

    private static double squaredDistanceDoubleUnchecked(MemorySegment a, long aOffset, MemorySegment b,
            long bOffset, long n) {
        double sum = 0.0;
        for (long i = 0; i < n; i++) {
            double d = a.getAtIndex(DOUBLE, aOffset + i) - b.getAtIndex(DOUBLE, bOffset + i);
            sum = Math.fma(d, d, sum);
        }
        return sum;
    }

    static void distancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        Checks.normOrder("p", p);
        Batches.check(doubles(query, "query"), queryOffset, doubles(matrix, "matrix"), matrixOffset, m, n, lda);
        Checks.range("out", doubles(out, "out"), "outOffset", outOffset, m);
        for (long r = 0; r < m; r++) {
            double distance = Norms.normDouble(matrix, matrixOffset + r * lda, query, queryOffset, n, p);
            out.setAtIndex(DOUBLE, outOffset + r, distance);
        }
    }

    static void squaredDistancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        Batches.check(doubles(query, "query"), queryOffset, doubles(matrix, "matrix"), matrixOffset, m, n, lda);
        Checks.range("out", doubles(out, "out"), "outOffset", outOffset, m);
        for (long r = 0; r < m; r++) {
            double distance = squaredDistanceDoubleUnchecked(matrix, matrixOffset + r * lda, query, queryOffset, n);
            out.setAtIndex(DOUBLE, outOffset + r, distance);
        }
    }

    static int nearestDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, int k, long[] indices, double[] distances) {
        Checks.normOrder("p", p);
        Batches.check(doubles(query, "query"), queryOffset, doubles(matrix, "matrix"), matrixOffset, m, n, lda);
        int count = Batches.checkNearest(k, m, indices.length, distances.length);
        int size = 0;
        for (long r = 0; r < m; r++) {
            double distance = Norms.normDouble(matrix, matrixOffset + r * lda, query, queryOffset, n, p);
            size = TopK.offer(indices, distances, size, count, r, distance);
        }
        TopK.sort(indices, distances, size);
        return size;
    }

    static void softmaxDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", doubles(x, "x"), "xOffset", xOffset, n);
        if (n == 0) {
            return;
        }
        double max = maxDoubleUnchecked(x, xOffset, n);
        if (Softmax.specialDouble(x, xOffset, n, max)) {
            return;
        }
        double sum = 0.0;
        for (long i = 0; i < n; i++) {
            double e = Math.exp(x.getAtIndex(DOUBLE, xOffset + i) - max);
            x.setAtIndex(DOUBLE, xOffset + i, e);
            sum += e;
        }
        for (long i = 0; i < n; i++) {
            x.setAtIndex(DOUBLE, xOffset + i, x.getAtIndex(DOUBLE, xOffset + i) / sum);
        }
    }

    static double logSumExpDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", doubles(x, "x"), "xOffset", xOffset, n);
        if (n == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double max = maxDoubleUnchecked(x, xOffset, n);
        if (max != max || max == Double.POSITIVE_INFINITY || max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0.0;
        for (long i = 0; i < n; i++) {
            sum += Math.exp(x.getAtIndex(DOUBLE, xOffset + i) - max);
        }
        return max + Math.log(sum);
    }

    static void expDouble(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Checks.range("x", doubles(x, "x"), "xOffset", xOffset, n);
        Checks.range("y", doubles(y, "y"), "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n, Double.BYTES);
        for (long i = 0; i < n; i++) {
            y.setAtIndex(DOUBLE, yOffset + i, Math.exp(x.getAtIndex(DOUBLE, xOffset + i)));
        }
    }
}
