package dev.lanekit.vector;

import dev.lanekit.internal.Checks;
import java.lang.foreign.MemorySegment;

/**
 * Vector API vector primitives: argument checks, then the loops of {@link SimdFloats} and
 * {@link SimdDoubles}.
 *
 * <p>Cost: one pass over the inputs at the species width ({@code -Dlanekit.vectorBits}) for most kernels;
 * inputs shorter than two vectors run the scalar kernels, which are faster there. Accuracy: lane-parallel
 * accumulation, within the same γₙ·Σ|terms| bound as the scalar kernels but not bit-identical to them,
 * because the summation order differs; axpy and scale are bit-identical. Special values follow
 * {@link VectorKernels}. Allocates nothing once C2 has compiled the loops (vectors stay in registers).
 *
 * <p>Segments: a heap segment over an array of the element type runs the array kernel on that array, so
 * it is as fast as the array. Other segments (off-heap, or over other array types) run the vector loops of
 * {@link SimdSegments} for dot, sum, squared distance, the ℓ2 norm and distance, and for float also cosine,
 * the ℓ1 and ℓ∞ norms and distances, max and argmax. These give the same results as the array kernels.
 * NOTE: the other norm orders, double cosine, every double norm with p ≠ 2, softmax, logSumExp, exp,
 * nearest and the double max and argmax still run the scalar segment loops of {@link ScalarSegments}.
 */
final class SimdVectorKernels implements VectorKernels {

    static final SimdVectorKernels INSTANCE = new SimdVectorKernels();

    private static final ScalarVectorKernels SCALAR = ScalarVectorKernels.INSTANCE;
    private static final int FLOAT_MIN = SimdFloats.MIN_LENGTH;
    private static final int DOUBLE_MIN = SimdDoubles.MIN_LENGTH;

    private SimdVectorKernels() {}

    // ---------------------------------------------------------------------------------------------
    // float arrays

    @Override
    public float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return n < FLOAT_MIN ? SCALAR.dot(a, aOffset, b, bOffset, n) : SimdFloats.dot(a, aOffset, b, bOffset, n);
    }

    /*
     * The float axpy and scale run the scalar kernels' plain loops. C2 vectorizes such a map loop on its
     * own (superword), and JMH on the project's AVX-512 machine (one run, 2026-12-05) measured it faster
     * than the explicit Vector API loop it replaced: axpy 27 against 47 ns at n = 1024 and 99 against
     * 155 ns at 4096, scale 65 against 93 ns at 4096, equal at 65536, and about 0.5 ns slower at n = 16.
     * A 256-bit species did not help the Vector API loop, and unrolling it four times made axpy slower.
     */
    @Override
    public void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n) {
        SCALAR.axpy(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scale(float alpha, float[] x, int xOffset, int n) {
        SCALAR.scale(alpha, x, xOffset, n);
    }

    @Override
    public float sum(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        return n < FLOAT_MIN ? SCALAR.sum(x, xOffset, n) : SimdFloats.sum(x, xOffset, n);
    }

    @Override
    public float max(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        return n < FLOAT_MIN ? SCALAR.max(x, xOffset, n) : SimdFloats.max(x, xOffset, n);
    }

    @Override
    public int argmax(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        return n < FLOAT_MIN ? SCALAR.argmax(x, xOffset, n) : SimdFloats.argmax(x, xOffset, n);
    }

    @Override
    public float cosine(float[] a, int aOffset, float[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return n < FLOAT_MIN ? SCALAR.cosine(a, aOffset, b, bOffset, n)
                : SimdFloats.cosine(a, aOffset, b, bOffset, n);
    }

    @Override
    public float norm(float[] x, int xOffset, int n, double p) {
        Checks.normOrder("p", p);
        Checks.range("x", x.length, "xOffset", xOffset, n);
        return n < FLOAT_MIN ? Norms.norm(x, xOffset, null, 0, n, p) : SimdFloats.norm(x, xOffset, null, 0, n, p);
    }

    @Override
    public float distance(float[] a, int aOffset, float[] b, int bOffset, int n, double p) {
        Checks.normOrder("p", p);
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return n < FLOAT_MIN ? Norms.norm(a, aOffset, b, bOffset, n, p)
                : SimdFloats.norm(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public float squaredDistance(float[] a, int aOffset, float[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return n < FLOAT_MIN ? SCALAR.squaredDistance(a, aOffset, b, bOffset, n)
                : SimdFloats.squaredDistance(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n, int lda,
            double p, float[] out, int outOffset) {
        if (n < FLOAT_MIN) {
            SCALAR.distances(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
            return;
        }
        Checks.normOrder("p", p);
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        Checks.range("out", out.length, "outOffset", outOffset, m);
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            out[outOffset + r] = SimdFloats.norm(matrix, row, query, queryOffset, n, p);
        }
    }

    @Override
    public void squaredDistances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n,
            int lda, float[] out, int outOffset) {
        if (n < FLOAT_MIN) {
            SCALAR.squaredDistances(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
            return;
        }
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        Checks.range("out", out.length, "outOffset", outOffset, m);
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            out[outOffset + r] = SimdFloats.squaredDistance(matrix, row, query, queryOffset, n);
        }
    }

    @Override
    public int nearest(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n, int lda,
            double p, int k, int[] indices, float[] distances) {
        if (n < FLOAT_MIN) {
            return SCALAR.nearest(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
        }
        Checks.normOrder("p", p);
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        int count = Batches.checkNearest(k, m, indices.length, distances.length);
        int size = 0;
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            float distance = SimdFloats.norm(matrix, row, query, queryOffset, n, p);
            size = TopK.offer(indices, distances, size, count, r, distance);
        }
        TopK.sort(indices, distances, size);
        return size;
    }

    @Override
    public void softmax(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        if (n < FLOAT_MIN) {
            SCALAR.softmax(x, xOffset, n);
        } else {
            SimdFloats.softmax(x, xOffset, n);
        }
    }

    @Override
    public float logSumExp(float[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        return n < FLOAT_MIN ? SCALAR.logSumExp(x, xOffset, n) : SimdFloats.logSumExp(x, xOffset, n);
    }

    @Override
    public void exp(float[] x, int xOffset, float[] y, int yOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.range("y", y.length, "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n);
        SimdFloats.exp(x, xOffset, y, yOffset, n);
    }

    // ---------------------------------------------------------------------------------------------
    // double arrays

    @Override
    public double dot(double[] a, int aOffset, double[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return n < DOUBLE_MIN ? SCALAR.dot(a, aOffset, b, bOffset, n) : SimdDoubles.dot(a, aOffset, b, bOffset, n);
    }

    @Override
    public void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.range("y", y.length, "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n);
        SimdDoubles.axpy(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scale(double alpha, double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        SimdDoubles.scale(alpha, x, xOffset, n);
    }

    @Override
    public double sum(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        return n < DOUBLE_MIN ? SCALAR.sum(x, xOffset, n) : SimdDoubles.sum(x, xOffset, n);
    }

    @Override
    public double max(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        return n < DOUBLE_MIN ? SCALAR.max(x, xOffset, n) : SimdDoubles.max(x, xOffset, n);
    }

    @Override
    public int argmax(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.notEmpty("n", n);
        return n < DOUBLE_MIN ? SCALAR.argmax(x, xOffset, n) : SimdDoubles.argmax(x, xOffset, n);
    }

    @Override
    public double cosine(double[] a, int aOffset, double[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return n < DOUBLE_MIN ? SCALAR.cosine(a, aOffset, b, bOffset, n)
                : SimdDoubles.cosine(a, aOffset, b, bOffset, n);
    }

    @Override
    public double norm(double[] x, int xOffset, int n, double p) {
        Checks.normOrder("p", p);
        Checks.range("x", x.length, "xOffset", xOffset, n);
        return n < DOUBLE_MIN ? Norms.norm(x, xOffset, null, 0, n, p)
                : SimdDoubles.norm(x, xOffset, null, 0, n, p);
    }

    @Override
    public double distance(double[] a, int aOffset, double[] b, int bOffset, int n, double p) {
        Checks.normOrder("p", p);
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return n < DOUBLE_MIN ? Norms.norm(a, aOffset, b, bOffset, n, p)
                : SimdDoubles.norm(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public double squaredDistance(double[] a, int aOffset, double[] b, int bOffset, int n) {
        Checks.range("a", a.length, "aOffset", aOffset, n);
        Checks.range("b", b.length, "bOffset", bOffset, n);
        return n < DOUBLE_MIN ? SCALAR.squaredDistance(a, aOffset, b, bOffset, n)
                : SimdDoubles.squaredDistance(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distances(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n,
            int lda, double p, double[] out, int outOffset) {
        if (n < DOUBLE_MIN) {
            SCALAR.distances(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
            return;
        }
        Checks.normOrder("p", p);
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        Checks.range("out", out.length, "outOffset", outOffset, m);
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            out[outOffset + r] = SimdDoubles.norm(matrix, row, query, queryOffset, n, p);
        }
    }

    @Override
    public void squaredDistances(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n,
            int lda, double[] out, int outOffset) {
        if (n < DOUBLE_MIN) {
            SCALAR.squaredDistances(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
            return;
        }
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        Checks.range("out", out.length, "outOffset", outOffset, m);
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            out[outOffset + r] = SimdDoubles.squaredDistance(matrix, row, query, queryOffset, n);
        }
    }

    @Override
    public int nearest(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n, int lda,
            double p, int k, int[] indices, double[] distances) {
        if (n < DOUBLE_MIN) {
            return SCALAR.nearest(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
        }
        Checks.normOrder("p", p);
        Batches.check(query.length, queryOffset, matrix.length, matrixOffset, m, n, lda);
        int count = Batches.checkNearest(k, m, indices.length, distances.length);
        int size = 0;
        for (int r = 0; r < m; r++) {
            int row = Batches.rowOffset(matrixOffset, r, lda, n);
            double distance = SimdDoubles.norm(matrix, row, query, queryOffset, n, p);
            size = TopK.offer(indices, distances, size, count, r, distance);
        }
        TopK.sort(indices, distances, size);
        return size;
    }

    @Override
    public void softmax(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        if (n < DOUBLE_MIN) {
            SCALAR.softmax(x, xOffset, n);
        } else {
            SimdDoubles.softmax(x, xOffset, n);
        }
    }

    @Override
    public double logSumExp(double[] x, int xOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        return n < DOUBLE_MIN ? SCALAR.logSumExp(x, xOffset, n) : SimdDoubles.logSumExp(x, xOffset, n);
    }

    @Override
    public void exp(double[] x, int xOffset, double[] y, int yOffset, int n) {
        Checks.range("x", x.length, "xOffset", xOffset, n);
        Checks.range("y", y.length, "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n);
        SimdDoubles.exp(x, xOffset, y, yOffset, n);
    }

    // ---------------------------------------------------------------------------------------------
    // float segments: a heap segment over a float[] runs the array kernel on it, others the scalar loops.

    @Override
    public float dotFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", ScalarSegments.floats(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", ScalarSegments.floats(b, "b"), "bOffset", bOffset, n);
        float[] arrayA = HeapArrays.floats(a);
        float[] arrayB = HeapArrays.floats(b);
        if (arrayA != null && arrayB != null) {
            return dot(arrayA, HeapArrays.floatIndex(a, aOffset), arrayB, HeapArrays.floatIndex(b, bOffset), (int) n);
        }
        return n < FLOAT_MIN ? ScalarSegments.dotFloat(a, aOffset, b, bOffset, n)
                : SimdSegments.dotFloat(a, aOffset, b, bOffset, n);
    }

    @Override
    public void axpyFloat(float alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Checks.range("x", ScalarSegments.floats(x, "x"), "xOffset", xOffset, n);
        Checks.range("y", ScalarSegments.floats(y, "y"), "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n, Float.BYTES);
        float[] arrayX = HeapArrays.floats(x);
        float[] arrayY = HeapArrays.floats(y);
        if (arrayX != null && arrayY != null) {
            axpy(alpha, arrayX, HeapArrays.floatIndex(x, xOffset), arrayY, HeapArrays.floatIndex(y, yOffset), (int) n);
            return;
        }
        ScalarSegments.axpyFloat(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scaleFloat(float alpha, MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.floats(x, "x"), "xOffset", xOffset, n);
        float[] array = HeapArrays.floats(x);
        if (array != null) {
            scale(alpha, array, HeapArrays.floatIndex(x, xOffset), (int) n);
            return;
        }
        ScalarSegments.scaleFloat(alpha, x, xOffset, n);
    }

    @Override
    public float sumFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.floats(x, "x"), "xOffset", xOffset, n);
        float[] array = HeapArrays.floats(x);
        if (array != null) {
            return sum(array, HeapArrays.floatIndex(x, xOffset), (int) n);
        }
        return n < FLOAT_MIN ? ScalarSegments.sumFloat(x, xOffset, n) : SimdSegments.sumFloat(x, xOffset, n);
    }

    @Override
    public float maxFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.floats(x, "x"), "xOffset", xOffset, n);
        float[] array = HeapArrays.floats(x);
        if (array != null) {
            return max(array, HeapArrays.floatIndex(x, xOffset), (int) n);
        }
        return n < FLOAT_MIN ? ScalarSegments.maxFloat(x, xOffset, n) : SimdSegments.maxFloat(x, xOffset, n);
    }

    @Override
    public long argmaxFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.floats(x, "x"), "xOffset", xOffset, n);
        float[] array = HeapArrays.floats(x);
        if (array != null) {
            return argmax(array, HeapArrays.floatIndex(x, xOffset), (int) n);
        }
        return n < FLOAT_MIN ? ScalarSegments.argmaxFloat(x, xOffset, n) : SimdSegments.argmaxFloat(x, xOffset, n);
    }

    @Override
    public float cosineFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", ScalarSegments.floats(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", ScalarSegments.floats(b, "b"), "bOffset", bOffset, n);
        float[] arrayA = HeapArrays.floats(a);
        float[] arrayB = HeapArrays.floats(b);
        if (arrayA != null && arrayB != null) {
            return cosine(arrayA, HeapArrays.floatIndex(a, aOffset), arrayB, HeapArrays.floatIndex(b, bOffset),
                    (int) n);
        }
        return n < FLOAT_MIN ? ScalarSegments.cosineFloat(a, aOffset, b, bOffset, n)
                : SimdSegments.cosineFloat(a, aOffset, b, bOffset, n);
    }

    @Override
    public float normFloat(MemorySegment x, long xOffset, long n, double p) {
        Checks.normOrder("p", p);
        Checks.range("x", ScalarSegments.floats(x, "x"), "xOffset", xOffset, n);
        float[] array = HeapArrays.floats(x);
        if (array != null) {
            return norm(array, HeapArrays.floatIndex(x, xOffset), (int) n, p);
        }
        if (n < FLOAT_MIN) {
            return ScalarSegments.normFloat(x, xOffset, n, p);
        }
        if (p == 2.0) {
            return SimdSegments.l2Float(x, xOffset, null, 0, n);
        }
        return p == 1.0 || p == Double.POSITIVE_INFINITY ? SimdSegments.normFloat(x, xOffset, null, 0, n, p)
                : ScalarSegments.normFloat(x, xOffset, n, p);
    }

    @Override
    public float distanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        Checks.normOrder("p", p);
        Checks.range("a", ScalarSegments.floats(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", ScalarSegments.floats(b, "b"), "bOffset", bOffset, n);
        float[] arrayA = HeapArrays.floats(a);
        float[] arrayB = HeapArrays.floats(b);
        if (arrayA != null && arrayB != null) {
            return distance(arrayA, HeapArrays.floatIndex(a, aOffset), arrayB, HeapArrays.floatIndex(b, bOffset),
                    (int) n, p);
        }
        if (n < FLOAT_MIN) {
            return ScalarSegments.distanceFloat(a, aOffset, b, bOffset, n, p);
        }
        if (p == 2.0) {
            return SimdSegments.l2Float(a, aOffset, b, bOffset, n);
        }
        return p == 1.0 || p == Double.POSITIVE_INFINITY ? SimdSegments.normFloat(a, aOffset, b, bOffset, n, p)
                : ScalarSegments.distanceFloat(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public float squaredDistanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", ScalarSegments.floats(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", ScalarSegments.floats(b, "b"), "bOffset", bOffset, n);
        float[] arrayA = HeapArrays.floats(a);
        float[] arrayB = HeapArrays.floats(b);
        if (arrayA != null && arrayB != null) {
            return squaredDistance(arrayA, HeapArrays.floatIndex(a, aOffset), arrayB,
                    HeapArrays.floatIndex(b, bOffset), (int) n);
        }
        return n < FLOAT_MIN ? ScalarSegments.squaredDistanceFloat(a, aOffset, b, bOffset, n)
                : SimdSegments.squaresFloat(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        Checks.normOrder("p", p);
        Batches.check(ScalarSegments.floats(query, "query"), queryOffset, ScalarSegments.floats(matrix, "matrix"), matrixOffset, m, n,
                lda);
        Checks.range("out", ScalarSegments.floats(out, "out"), "outOffset", outOffset, m);
        float[] arrayQ = HeapArrays.floats(query);
        float[] arrayM = HeapArrays.floats(matrix);
        float[] arrayOut = HeapArrays.floats(out);
        if (arrayQ != null && arrayM != null && arrayOut != null) {
            distances(arrayQ, HeapArrays.floatIndex(query, queryOffset), arrayM,
                    HeapArrays.floatIndex(matrix, matrixOffset), (int) m, (int) n, (int) lda, p, arrayOut,
                    HeapArrays.floatIndex(out, outOffset));
            return;
        }
        ScalarSegments.distancesFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    @Override
    public void squaredDistancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        Batches.check(ScalarSegments.floats(query, "query"), queryOffset, ScalarSegments.floats(matrix, "matrix"), matrixOffset, m, n,
                lda);
        Checks.range("out", ScalarSegments.floats(out, "out"), "outOffset", outOffset, m);
        float[] arrayQ = HeapArrays.floats(query);
        float[] arrayM = HeapArrays.floats(matrix);
        float[] arrayOut = HeapArrays.floats(out);
        if (arrayQ != null && arrayM != null && arrayOut != null) {
            squaredDistances(arrayQ, HeapArrays.floatIndex(query, queryOffset), arrayM,
                    HeapArrays.floatIndex(matrix, matrixOffset), (int) m, (int) n, (int) lda, arrayOut,
                    HeapArrays.floatIndex(out, outOffset));
            return;
        }
        ScalarSegments.squaredDistancesFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    @Override
    public int nearestFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, int k, long[] indices, float[] distances) {
        Checks.normOrder("p", p);
        Batches.check(ScalarSegments.floats(query, "query"), queryOffset, ScalarSegments.floats(matrix, "matrix"), matrixOffset, m, n,
                lda);
        int count = Batches.checkNearest(k, m, indices.length, distances.length);
        float[] arrayQ = HeapArrays.floats(query);
        float[] arrayM = HeapArrays.floats(matrix);
        if (arrayQ == null || arrayM == null || n < FLOAT_MIN) {
            return ScalarSegments.nearestFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices,
                    distances);
        }
        int q = HeapArrays.floatIndex(query, queryOffset);
        int size = 0;
        for (long r = 0; r < m; r++) {
            int row = HeapArrays.floatIndex(matrix, matrixOffset + r * lda);
            float distance = SimdFloats.norm(arrayM, row, arrayQ, q, (int) n, p);
            size = TopK.offer(indices, distances, size, count, r, distance);
        }
        TopK.sort(indices, distances, size);
        return size;
    }

    @Override
    public void softmaxFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.floats(x, "x"), "xOffset", xOffset, n);
        float[] array = HeapArrays.floats(x);
        if (array != null) {
            softmax(array, HeapArrays.floatIndex(x, xOffset), (int) n);
            return;
        }
        ScalarSegments.softmaxFloat(x, xOffset, n);
    }

    @Override
    public float logSumExpFloat(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.floats(x, "x"), "xOffset", xOffset, n);
        float[] array = HeapArrays.floats(x);
        if (array != null) {
            return logSumExp(array, HeapArrays.floatIndex(x, xOffset), (int) n);
        }
        return ScalarSegments.logSumExpFloat(x, xOffset, n);
    }

    @Override
    public void expFloat(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Checks.range("x", ScalarSegments.floats(x, "x"), "xOffset", xOffset, n);
        Checks.range("y", ScalarSegments.floats(y, "y"), "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n, Float.BYTES);
        float[] arrayX = HeapArrays.floats(x);
        float[] arrayY = HeapArrays.floats(y);
        if (arrayX != null && arrayY != null) {
            exp(arrayX, HeapArrays.floatIndex(x, xOffset), arrayY, HeapArrays.floatIndex(y, yOffset), (int) n);
            return;
        }
        ScalarSegments.expFloat(x, xOffset, y, yOffset, n);
    }

    // ---------------------------------------------------------------------------------------------
    // double segments

    @Override
    public double dotDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", ScalarSegments.doubles(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", ScalarSegments.doubles(b, "b"), "bOffset", bOffset, n);
        double[] arrayA = HeapArrays.doubles(a);
        double[] arrayB = HeapArrays.doubles(b);
        if (arrayA != null && arrayB != null) {
            return dot(arrayA, HeapArrays.doubleIndex(a, aOffset), arrayB, HeapArrays.doubleIndex(b, bOffset),
                    (int) n);
        }
        return n < DOUBLE_MIN ? ScalarSegments.dotDouble(a, aOffset, b, bOffset, n)
                : SimdSegments.dotDouble(a, aOffset, b, bOffset, n);
    }

    @Override
    public void axpyDouble(double alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Checks.range("x", ScalarSegments.doubles(x, "x"), "xOffset", xOffset, n);
        Checks.range("y", ScalarSegments.doubles(y, "y"), "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n, Double.BYTES);
        double[] arrayX = HeapArrays.doubles(x);
        double[] arrayY = HeapArrays.doubles(y);
        if (arrayX != null && arrayY != null) {
            axpy(alpha, arrayX, HeapArrays.doubleIndex(x, xOffset), arrayY, HeapArrays.doubleIndex(y, yOffset),
                    (int) n);
            return;
        }
        ScalarSegments.axpyDouble(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scaleDouble(double alpha, MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.doubles(x, "x"), "xOffset", xOffset, n);
        double[] array = HeapArrays.doubles(x);
        if (array != null) {
            scale(alpha, array, HeapArrays.doubleIndex(x, xOffset), (int) n);
            return;
        }
        ScalarSegments.scaleDouble(alpha, x, xOffset, n);
    }

    @Override
    public double sumDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.doubles(x, "x"), "xOffset", xOffset, n);
        double[] array = HeapArrays.doubles(x);
        if (array != null) {
            return sum(array, HeapArrays.doubleIndex(x, xOffset), (int) n);
        }
        return n < DOUBLE_MIN ? ScalarSegments.sumDouble(x, xOffset, n) : SimdSegments.sumDouble(x, xOffset, n);
    }

    @Override
    public double maxDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.doubles(x, "x"), "xOffset", xOffset, n);
        double[] array = HeapArrays.doubles(x);
        if (array != null) {
            return max(array, HeapArrays.doubleIndex(x, xOffset), (int) n);
        }
        return ScalarSegments.maxDouble(x, xOffset, n);
    }

    @Override
    public long argmaxDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.doubles(x, "x"), "xOffset", xOffset, n);
        double[] array = HeapArrays.doubles(x);
        if (array != null) {
            return argmax(array, HeapArrays.doubleIndex(x, xOffset), (int) n);
        }
        return ScalarSegments.argmaxDouble(x, xOffset, n);
    }

    @Override
    public double cosineDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", ScalarSegments.doubles(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", ScalarSegments.doubles(b, "b"), "bOffset", bOffset, n);
        double[] arrayA = HeapArrays.doubles(a);
        double[] arrayB = HeapArrays.doubles(b);
        if (arrayA != null && arrayB != null) {
            return cosine(arrayA, HeapArrays.doubleIndex(a, aOffset), arrayB, HeapArrays.doubleIndex(b, bOffset),
                    (int) n);
        }
        return ScalarSegments.cosineDouble(a, aOffset, b, bOffset, n);
    }

    @Override
    public double normDouble(MemorySegment x, long xOffset, long n, double p) {
        Checks.normOrder("p", p);
        Checks.range("x", ScalarSegments.doubles(x, "x"), "xOffset", xOffset, n);
        double[] array = HeapArrays.doubles(x);
        if (array != null) {
            return norm(array, HeapArrays.doubleIndex(x, xOffset), (int) n, p);
        }
        return n < DOUBLE_MIN || p != 2.0 ? ScalarSegments.normDouble(x, xOffset, n, p)
                : SimdSegments.l2Double(x, xOffset, null, 0, n);
    }

    @Override
    public double distanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        Checks.normOrder("p", p);
        Checks.range("a", ScalarSegments.doubles(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", ScalarSegments.doubles(b, "b"), "bOffset", bOffset, n);
        double[] arrayA = HeapArrays.doubles(a);
        double[] arrayB = HeapArrays.doubles(b);
        if (arrayA != null && arrayB != null) {
            return distance(arrayA, HeapArrays.doubleIndex(a, aOffset), arrayB, HeapArrays.doubleIndex(b, bOffset),
                    (int) n, p);
        }
        return n < DOUBLE_MIN || p != 2.0 ? ScalarSegments.distanceDouble(a, aOffset, b, bOffset, n, p)
                : SimdSegments.l2Double(a, aOffset, b, bOffset, n);
    }

    @Override
    public double squaredDistanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        Checks.range("a", ScalarSegments.doubles(a, "a"), "aOffset", aOffset, n);
        Checks.range("b", ScalarSegments.doubles(b, "b"), "bOffset", bOffset, n);
        double[] arrayA = HeapArrays.doubles(a);
        double[] arrayB = HeapArrays.doubles(b);
        if (arrayA != null && arrayB != null) {
            return squaredDistance(arrayA, HeapArrays.doubleIndex(a, aOffset), arrayB,
                    HeapArrays.doubleIndex(b, bOffset), (int) n);
        }
        return n < DOUBLE_MIN ? ScalarSegments.squaredDistanceDouble(a, aOffset, b, bOffset, n)
                : SimdSegments.squaresDouble(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        Checks.normOrder("p", p);
        Batches.check(ScalarSegments.doubles(query, "query"), queryOffset, ScalarSegments.doubles(matrix, "matrix"), matrixOffset, m,
                n, lda);
        Checks.range("out", ScalarSegments.doubles(out, "out"), "outOffset", outOffset, m);
        double[] arrayQ = HeapArrays.doubles(query);
        double[] arrayM = HeapArrays.doubles(matrix);
        double[] arrayOut = HeapArrays.doubles(out);
        if (arrayQ != null && arrayM != null && arrayOut != null) {
            distances(arrayQ, HeapArrays.doubleIndex(query, queryOffset), arrayM,
                    HeapArrays.doubleIndex(matrix, matrixOffset), (int) m, (int) n, (int) lda, p, arrayOut,
                    HeapArrays.doubleIndex(out, outOffset));
            return;
        }
        ScalarSegments.distancesDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    @Override
    public void squaredDistancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        Batches.check(ScalarSegments.doubles(query, "query"), queryOffset, ScalarSegments.doubles(matrix, "matrix"), matrixOffset, m,
                n, lda);
        Checks.range("out", ScalarSegments.doubles(out, "out"), "outOffset", outOffset, m);
        double[] arrayQ = HeapArrays.doubles(query);
        double[] arrayM = HeapArrays.doubles(matrix);
        double[] arrayOut = HeapArrays.doubles(out);
        if (arrayQ != null && arrayM != null && arrayOut != null) {
            squaredDistances(arrayQ, HeapArrays.doubleIndex(query, queryOffset), arrayM,
                    HeapArrays.doubleIndex(matrix, matrixOffset), (int) m, (int) n, (int) lda, arrayOut,
                    HeapArrays.doubleIndex(out, outOffset));
            return;
        }
        ScalarSegments.squaredDistancesDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    @Override
    public int nearestDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, int k, long[] indices, double[] distances) {
        Checks.normOrder("p", p);
        Batches.check(ScalarSegments.doubles(query, "query"), queryOffset, ScalarSegments.doubles(matrix, "matrix"), matrixOffset, m, n,
                lda);
        int count = Batches.checkNearest(k, m, indices.length, distances.length);
        double[] arrayQ = HeapArrays.doubles(query);
        double[] arrayM = HeapArrays.doubles(matrix);
        if (arrayQ == null || arrayM == null || n < DOUBLE_MIN) {
            return ScalarSegments.nearestDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices,
                    distances);
        }
        int q = HeapArrays.doubleIndex(query, queryOffset);
        int size = 0;
        for (long r = 0; r < m; r++) {
            int row = HeapArrays.doubleIndex(matrix, matrixOffset + r * lda);
            double distance = SimdDoubles.norm(arrayM, row, arrayQ, q, (int) n, p);
            size = TopK.offer(indices, distances, size, count, r, distance);
        }
        TopK.sort(indices, distances, size);
        return size;
    }

    @Override
    public void softmaxDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.doubles(x, "x"), "xOffset", xOffset, n);
        double[] array = HeapArrays.doubles(x);
        if (array != null) {
            softmax(array, HeapArrays.doubleIndex(x, xOffset), (int) n);
            return;
        }
        ScalarSegments.softmaxDouble(x, xOffset, n);
    }

    @Override
    public double logSumExpDouble(MemorySegment x, long xOffset, long n) {
        Checks.range("x", ScalarSegments.doubles(x, "x"), "xOffset", xOffset, n);
        double[] array = HeapArrays.doubles(x);
        if (array != null) {
            return logSumExp(array, HeapArrays.doubleIndex(x, xOffset), (int) n);
        }
        return ScalarSegments.logSumExpDouble(x, xOffset, n);
    }

    @Override
    public void expDouble(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Checks.range("x", ScalarSegments.doubles(x, "x"), "xOffset", xOffset, n);
        Checks.range("y", ScalarSegments.doubles(y, "y"), "yOffset", yOffset, n);
        Overlaps.inPlaceOrApart(x, xOffset, y, yOffset, n, Double.BYTES);
        double[] arrayX = HeapArrays.doubles(x);
        double[] arrayY = HeapArrays.doubles(y);
        if (arrayX != null && arrayY != null) {
            exp(arrayX, HeapArrays.doubleIndex(x, xOffset), arrayY, HeapArrays.doubleIndex(y, yOffset), (int) n);
            return;
        }
        ScalarSegments.expDouble(x, xOffset, y, yOffset, n);
    }
}
