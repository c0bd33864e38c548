package dev.lanekit.vector;

import dev.lanekit.internal.Checks;
import dev.lanekit.provider.Providers;
import java.lang.foreign.MemorySegment;

/**
 * Entry points for the vector primitives. The static methods dispatch to the implementation that
 * {@link Providers} chose for this JVM; {@link #scalar()} and {@link #simd()} return either one
 * explicitly, for benchmarks and tests. {@link VectorKernels} documents the semantics of every kernel.
 */
public final class Vectors {

    // A static final field of an exact class type lets C2 inline the chosen kernels at every call site.
    private static final VectorKernels ACTIVE = Providers.simd() ? SimdHolder.INSTANCE : ScalarVectorKernels.INSTANCE;

    private Vectors() {}

    /** {@return the implementation the static methods of this class use} */
    public static VectorKernels kernels() {
        return ACTIVE;
    }

    /** {@return the plain-Java implementation} */
    public static VectorKernels scalar() {
        return ScalarVectorKernels.INSTANCE;
    }

    /**
     * {@return the Vector API implementation, whatever the provider choice}
     *
     * @throws IllegalStateException when the Vector API is not usable in this JVM
     */
    public static VectorKernels simd() {
        if (!Providers.simdLoadable()) {
            throw new IllegalStateException("the SIMD kernels cannot load: "
                    + String.join("; ", Providers.info().fallbackReasons()));
        }
        return SimdHolder.INSTANCE;
    }

    // ---------------------------------------------------------------------------------------------
    // Whole arrays: the common case, with the lengths checked against each other.

    /**
     * {@return the dot product of two float arrays of equal length}
     *
     * @param a the first input
     * @param b the second input
     */
    public static float dot(float[] a, float[] b) {
        Checks.sameLength("a", a.length, "b", b.length);
        return ACTIVE.dot(a, 0, b, 0, a.length);
    }

    /**
     * {@return the dot product of two double arrays of equal length}
     *
     * @param a the first input
     * @param b the second input
     */
    public static double dot(double[] a, double[] b) {
        Checks.sameLength("a", a.length, "b", b.length);
        return ACTIVE.dot(a, 0, b, 0, a.length);
    }

    /**
     * Computes {@code y = alpha·x + y} over two float arrays of equal length.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param y the output, updated in place
     */
    public static void axpy(float alpha, float[] x, float[] y) {
        Checks.sameLength("x", x.length, "y", y.length);
        ACTIVE.axpy(alpha, x, 0, y, 0, x.length);
    }

    /**
     * Computes {@code y = alpha·x + y} over two double arrays of equal length.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param y the output, updated in place
     */
    public static void axpy(double alpha, double[] x, double[] y) {
        Checks.sameLength("x", x.length, "y", y.length);
        ACTIVE.axpy(alpha, x, 0, y, 0, x.length);
    }

    /**
     * Multiplies every element of {@code x} by {@code alpha} in place.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     */
    public static void scale(float alpha, float[] x) {
        ACTIVE.scale(alpha, x, 0, x.length);
    }

    /**
     * Multiplies every element of {@code x} by {@code alpha} in place.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     */
    public static void scale(double alpha, double[] x) {
        ACTIVE.scale(alpha, x, 0, x.length);
    }

    /**
     * {@return the sum of the elements of {@code x}}
     *
     * @param x the input
     */
    public static float sum(float[] x) {
        return ACTIVE.sum(x, 0, x.length);
    }

    /**
     * {@return the sum of the elements of {@code x}}
     *
     * @param x the input
     */
    public static double sum(double[] x) {
        return ACTIVE.sum(x, 0, x.length);
    }

    /**
     * Returns the largest element of a non-empty {@code x}; NaN when it contains a NaN.
     *
     * @param x the input, with at least one element in range
     * @return the largest element of a non-empty {@code x}
     */
    public static float max(float[] x) {
        return ACTIVE.max(x, 0, x.length);
    }

    /**
     * Returns the largest element of a non-empty {@code x}; NaN when it contains a NaN.
     *
     * @param x the input, with at least one element in range
     * @return the largest element of a non-empty {@code x}
     */
    public static double max(double[] x) {
        return ACTIVE.max(x, 0, x.length);
    }

    /**
     * {@return the index of the largest element of a non-empty {@code x}: the first NaN, else the first maximum}
     *
     * @param x the input, with at least one element in range
     */
    public static int argmax(float[] x) {
        return ACTIVE.argmax(x, 0, x.length);
    }

    /**
     * {@return the index of the largest element of a non-empty {@code x}: the first NaN, else the first maximum}
     *
     * @param x the input, with at least one element in range
     */
    public static int argmax(double[] x) {
        return ACTIVE.argmax(x, 0, x.length);
    }

    /**
     * {@return the cosine similarity of two float arrays of equal length}
     *
     * @param a the first input
     * @param b the second input
     */
    public static float cosine(float[] a, float[] b) {
        Checks.sameLength("a", a.length, "b", b.length);
        return ACTIVE.cosine(a, 0, b, 0, a.length);
    }

    /**
     * {@return the cosine similarity of two double arrays of equal length}
     *
     * @param a the first input
     * @param b the second input
     */
    public static double cosine(double[] a, double[] b) {
        Checks.sameLength("a", a.length, "b", b.length);
        return ACTIVE.cosine(a, 0, b, 0, a.length);
    }

    /**
     * Returns the ℓp norm of {@code x}; {@code p >= 1} or {@code Double.POSITIVE_INFINITY}.
     *
     * @param x the input
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm of {@code x}
     */
    public static float norm(float[] x, double p) {
        return ACTIVE.norm(x, 0, x.length, p);
    }

    /**
     * Returns the ℓp norm of {@code x}; {@code p >= 1} or {@code Double.POSITIVE_INFINITY}.
     *
     * @param x the input
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm of {@code x}
     */
    public static double norm(double[] x, double p) {
        return ACTIVE.norm(x, 0, x.length, p);
    }

    /**
     * {@return the ℓp distance between two float arrays of equal length}
     *
     * @param a the first input
     * @param b the second input
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     */
    public static float distance(float[] a, float[] b, double p) {
        Checks.sameLength("a", a.length, "b", b.length);
        return ACTIVE.distance(a, 0, b, 0, a.length, p);
    }

    /**
     * {@return the ℓp distance between two double arrays of equal length}
     *
     * @param a the first input
     * @param b the second input
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     */
    public static double distance(double[] a, double[] b, double p) {
        Checks.sameLength("a", a.length, "b", b.length);
        return ACTIVE.distance(a, 0, b, 0, a.length, p);
    }

    /**
     * {@return the squared ℓ2 distance between two float arrays of equal length, without scaling}
     *
     * @param a the first input
     * @param b the second input
     */
    public static float squaredDistance(float[] a, float[] b) {
        Checks.sameLength("a", a.length, "b", b.length);
        return ACTIVE.squaredDistance(a, 0, b, 0, a.length);
    }

    /**
     * {@return the squared ℓ2 distance between two double arrays of equal length, without scaling}
     *
     * @param a the first input
     * @param b the second input
     */
    public static double squaredDistance(double[] a, double[] b) {
        Checks.sameLength("a", a.length, "b", b.length);
        return ACTIVE.squaredDistance(a, 0, b, 0, a.length);
    }

    /**
     * Replaces {@code x} by its softmax.
     *
     * @param x the input, overwritten with the result
     */
    public static void softmax(float[] x) {
        ACTIVE.softmax(x, 0, x.length);
    }

    /**
     * Replaces {@code x} by its softmax.
     *
     * @param x the input, overwritten with the result
     */
    public static void softmax(double[] x) {
        ACTIVE.softmax(x, 0, x.length);
    }

    /**
     * Returns {@code log Σ exp(xᵢ)}; −∞ for an empty {@code x}.
     *
     * @param x the input
     * @return {@code log Σ exp(xᵢ)}
     */
    public static float logSumExp(float[] x) {
        return ACTIVE.logSumExp(x, 0, x.length);
    }

    /**
     * Returns {@code log Σ exp(xᵢ)}; −∞ for an empty {@code x}.
     *
     * @param x the input
     * @return {@code log Σ exp(xᵢ)}
     */
    public static double logSumExp(double[] x) {
        return ACTIVE.logSumExp(x, 0, x.length);
    }

    /**
     * Replaces every element of {@code x} by its exponential.
     *
     * @param x the input
     */
    public static void exp(float[] x) {
        ACTIVE.exp(x, 0, x, 0, x.length);
    }

    /**
     * Replaces every element of {@code x} by its exponential.
     *
     * @param x the input
     */
    public static void exp(double[] x) {
        ACTIVE.exp(x, 0, x, 0, x.length);
    }

    // ---------------------------------------------------------------------------------------------
    // Every kernel of VectorKernels, with offsets and lengths.

    /**
     * Runs {@link VectorKernels#dot(float[],int,float[],int,int)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the dot product
     */
    public static float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        return ACTIVE.dot(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#axpy(float,float[],int,float[],int,int)} on the active implementation.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param xOffset index of the first element of {@code x}
     * @param y the output, updated in place
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    public static void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n) {
        ACTIVE.axpy(alpha, x, xOffset, y, yOffset, n);
    }

    /**
     * Runs {@link VectorKernels#scale(float,float[],int,int)} on the active implementation.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    public static void scale(float alpha, float[] x, int xOffset, int n) {
        ACTIVE.scale(alpha, x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#sum(float[],int,int)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the sum
     */
    public static float sum(float[] x, int xOffset, int n) {
        return ACTIVE.sum(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#max(float[],int,int)} on the active implementation.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the largest element, or NaN when one is NaN
     */
    public static float max(float[] x, int xOffset, int n) {
        return ACTIVE.max(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#argmax(float[],int,int)} on the active implementation.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the index of the first NaN, else of the first maximum, counted from {@code xOffset}
     */
    public static int argmax(float[] x, int xOffset, int n) {
        return ACTIVE.argmax(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#cosine(float[],int,float[],int,int)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the cosine similarity
     */
    public static float cosine(float[] a, int aOffset, float[] b, int bOffset, int n) {
        return ACTIVE.cosine(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#norm(float[],int,int,double)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm
     */
    public static float norm(float[] x, int xOffset, int n, double p) {
        return ACTIVE.norm(x, xOffset, n, p);
    }

    /**
     * Runs {@link VectorKernels#distance(float[],int,float[],int,int,double)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp distance
     */
    public static float distance(float[] a, int aOffset, float[] b, int bOffset, int n, double p) {
        return ACTIVE.distance(a, aOffset, b, bOffset, n, p);
    }

    /**
     * Runs {@link VectorKernels#squaredDistance(float[],int,float[],int,int)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the squared ℓ2 distance
     */
    public static float squaredDistance(float[] a, int aOffset, float[] b, int bOffset, int n) {
        return ACTIVE.squaredDistance(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#distances(float[],int,float[],int,int,int,int,double,float[],int)} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    public static void distances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n,
            int lda, double p, float[] out, int outOffset) {
        ACTIVE.distances(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    /**
     * Runs {@link VectorKernels#squaredDistances(float[],int,float[],int,int,int,int,float[],int)} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    public static void squaredDistances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m,
            int n, int lda, float[] out, int outOffset) {
        ACTIVE.squaredDistances(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    /**
     * Runs {@link VectorKernels#nearest(float[],int,float[],int,int,int,int,double,int,int[],float[])} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param k the number of nearest rows requested, at least 0
     * @param indices receives the row indices, nearest first; at least {@code min(k, m)} long
     * @param distances receives the distances, nearest first; at least {@code min(k, m)} long
     * @return the number of rows written, {@code min(k, m)}
     */
    public static int nearest(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n,
            int lda, double p, int k, int[] indices, float[] distances) {
        return ACTIVE.nearest(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
    }

    /**
     * Runs {@link VectorKernels#softmax(float[],int,int)} on the active implementation.
     *
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    public static void softmax(float[] x, int xOffset, int n) {
        ACTIVE.softmax(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#logSumExp(float[],int,int)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the log-sum-exp
     */
    public static float logSumExp(float[] x, int xOffset, int n) {
        return ACTIVE.logSumExp(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#exp(float[],int,float[],int,int)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param y the output; may be {@code x} at the same offset
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    public static void exp(float[] x, int xOffset, float[] y, int yOffset, int n) {
        ACTIVE.exp(x, xOffset, y, yOffset, n);
    }

    /**
     * Runs {@link VectorKernels#dot(double[],int,double[],int,int)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the dot product
     */
    public static double dot(double[] a, int aOffset, double[] b, int bOffset, int n) {
        return ACTIVE.dot(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#axpy(double,double[],int,double[],int,int)} on the active implementation.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param xOffset index of the first element of {@code x}
     * @param y the output, updated in place
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    public static void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int n) {
        ACTIVE.axpy(alpha, x, xOffset, y, yOffset, n);
    }

    /**
     * Runs {@link VectorKernels#scale(double,double[],int,int)} on the active implementation.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    public static void scale(double alpha, double[] x, int xOffset, int n) {
        ACTIVE.scale(alpha, x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#sum(double[],int,int)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the sum
     */
    public static double sum(double[] x, int xOffset, int n) {
        return ACTIVE.sum(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#max(double[],int,int)} on the active implementation.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the largest element, or NaN when one is NaN
     */
    public static double max(double[] x, int xOffset, int n) {
        return ACTIVE.max(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#argmax(double[],int,int)} on the active implementation.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the index of the first NaN, else of the first maximum, counted from {@code xOffset}
     */
    public static int argmax(double[] x, int xOffset, int n) {
        return ACTIVE.argmax(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#cosine(double[],int,double[],int,int)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the cosine similarity
     */
    public static double cosine(double[] a, int aOffset, double[] b, int bOffset, int n) {
        return ACTIVE.cosine(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#norm(double[],int,int,double)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm
     */
    public static double norm(double[] x, int xOffset, int n, double p) {
        return ACTIVE.norm(x, xOffset, n, p);
    }

    /**
     * Runs {@link VectorKernels#distance(double[],int,double[],int,int,double)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp distance
     */
    public static double distance(double[] a, int aOffset, double[] b, int bOffset, int n, double p) {
        return ACTIVE.distance(a, aOffset, b, bOffset, n, p);
    }

    /**
     * Runs {@link VectorKernels#squaredDistance(double[],int,double[],int,int)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the squared ℓ2 distance
     */
    public static double squaredDistance(double[] a, int aOffset, double[] b, int bOffset, int n) {
        return ACTIVE.squaredDistance(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#distances(double[],int,double[],int,int,int,int,double,double[],int)} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    public static void distances(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m,
            int n, int lda, double p, double[] out, int outOffset) {
        ACTIVE.distances(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    /**
     * Runs {@link VectorKernels#squaredDistances(double[],int,double[],int,int,int,int,double[],int)} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    public static void squaredDistances(double[] query, int queryOffset, double[] matrix, int matrixOffset,
            int m, int n, int lda, double[] out, int outOffset) {
        ACTIVE.squaredDistances(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    /**
     * Runs {@link VectorKernels#nearest(double[],int,double[],int,int,int,int,double,int,int[],double[])} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param k the number of nearest rows requested, at least 0
     * @param indices receives the row indices, nearest first; at least {@code min(k, m)} long
     * @param distances receives the distances, nearest first; at least {@code min(k, m)} long
     * @return the number of rows written, {@code min(k, m)}
     */
    public static int nearest(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n,
            int lda, double p, int k, int[] indices, double[] distances) {
        return ACTIVE.nearest(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
    }

    /**
     * Runs {@link VectorKernels#softmax(double[],int,int)} on the active implementation.
     *
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    public static void softmax(double[] x, int xOffset, int n) {
        ACTIVE.softmax(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#logSumExp(double[],int,int)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the log-sum-exp
     */
    public static double logSumExp(double[] x, int xOffset, int n) {
        return ACTIVE.logSumExp(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#exp(double[],int,double[],int,int)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param y the output; may be {@code x} at the same offset
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    public static void exp(double[] x, int xOffset, double[] y, int yOffset, int n) {
        ACTIVE.exp(x, xOffset, y, yOffset, n);
    }

    /**
     * Runs {@link VectorKernels#dotFloat(MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the dot product
     */
    public static float dotFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ACTIVE.dotFloat(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#axpyFloat(float,MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param xOffset index of the first element of {@code x}
     * @param y the output, updated in place
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    public static void axpyFloat(float alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset,
            long n) {
        ACTIVE.axpyFloat(alpha, x, xOffset, y, yOffset, n);
    }

    /**
     * Runs {@link VectorKernels#scaleFloat(float,MemorySegment,long,long)} on the active implementation.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    public static void scaleFloat(float alpha, MemorySegment x, long xOffset, long n) {
        ACTIVE.scaleFloat(alpha, x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#sumFloat(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the sum
     */
    public static float sumFloat(MemorySegment x, long xOffset, long n) {
        return ACTIVE.sumFloat(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#maxFloat(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the largest element, or NaN when one is NaN
     */
    public static float maxFloat(MemorySegment x, long xOffset, long n) {
        return ACTIVE.maxFloat(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#argmaxFloat(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the index of the first NaN, else of the first maximum, counted from {@code xOffset}
     */
    public static long argmaxFloat(MemorySegment x, long xOffset, long n) {
        return ACTIVE.argmaxFloat(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#cosineFloat(MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the cosine similarity
     */
    public static float cosineFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ACTIVE.cosineFloat(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#normFloat(MemorySegment,long,long,double)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm
     */
    public static float normFloat(MemorySegment x, long xOffset, long n, double p) {
        return ACTIVE.normFloat(x, xOffset, n, p);
    }

    /**
     * Runs {@link VectorKernels#distanceFloat(MemorySegment,long,MemorySegment,long,long,double)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp distance
     */
    public static float distanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n,
            double p) {
        return ACTIVE.distanceFloat(a, aOffset, b, bOffset, n, p);
    }

    /**
     * Runs {@link VectorKernels#squaredDistanceFloat(MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the squared ℓ2 distance
     */
    public static float squaredDistanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ACTIVE.squaredDistanceFloat(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#distancesFloat(MemorySegment,long,MemorySegment,long,long,long,long,double,MemorySegment,long)} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    public static void distancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        ACTIVE.distancesFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    /**
     * Runs {@link VectorKernels#squaredDistancesFloat(MemorySegment,long,MemorySegment,long,long,long,long,MemorySegment,long)} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    public static void squaredDistancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        ACTIVE.squaredDistancesFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    /**
     * Runs {@link VectorKernels#nearestFloat(MemorySegment,long,MemorySegment,long,long,long,long,double,int,long[],float[])} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param k the number of nearest rows requested, at least 0
     * @param indices receives the row indices, nearest first; at least {@code min(k, m)} long
     * @param distances receives the distances, nearest first; at least {@code min(k, m)} long
     * @return the number of rows written, {@code min(k, m)}
     */
    public static int nearestFloat(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, double p, int k, long[] indices, float[] distances) {
        return ACTIVE.nearestFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
    }

    /**
     * Runs {@link VectorKernels#softmaxFloat(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    public static void softmaxFloat(MemorySegment x, long xOffset, long n) {
        ACTIVE.softmaxFloat(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#logSumExpFloat(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the log-sum-exp
     */
    public static float logSumExpFloat(MemorySegment x, long xOffset, long n) {
        return ACTIVE.logSumExpFloat(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#expFloat(MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param y the output; may be {@code x} at the same offset
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    public static void expFloat(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        ACTIVE.expFloat(x, xOffset, y, yOffset, n);
    }

    /**
     * Runs {@link VectorKernels#dotDouble(MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the dot product
     */
    public static double dotDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ACTIVE.dotDouble(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#axpyDouble(double,MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param xOffset index of the first element of {@code x}
     * @param y the output, updated in place
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    public static void axpyDouble(double alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset,
            long n) {
        ACTIVE.axpyDouble(alpha, x, xOffset, y, yOffset, n);
    }

    /**
     * Runs {@link VectorKernels#scaleDouble(double,MemorySegment,long,long)} on the active implementation.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    public static void scaleDouble(double alpha, MemorySegment x, long xOffset, long n) {
        ACTIVE.scaleDouble(alpha, x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#sumDouble(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the sum
     */
    public static double sumDouble(MemorySegment x, long xOffset, long n) {
        return ACTIVE.sumDouble(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#maxDouble(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the largest element, or NaN when one is NaN
     */
    public static double maxDouble(MemorySegment x, long xOffset, long n) {
        return ACTIVE.maxDouble(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#argmaxDouble(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the index of the first NaN, else of the first maximum, counted from {@code xOffset}
     */
    public static long argmaxDouble(MemorySegment x, long xOffset, long n) {
        return ACTIVE.argmaxDouble(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#cosineDouble(MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the cosine similarity
     */
    public static double cosineDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return ACTIVE.cosineDouble(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#normDouble(MemorySegment,long,long,double)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm
     */
    public static double normDouble(MemorySegment x, long xOffset, long n, double p) {
        return ACTIVE.normDouble(x, xOffset, n, p);
    }

    /**
     * Runs {@link VectorKernels#distanceDouble(MemorySegment,long,MemorySegment,long,long,double)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp distance
     */
    public static double distanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n,
            double p) {
        return ACTIVE.distanceDouble(a, aOffset, b, bOffset, n, p);
    }

    /**
     * Runs {@link VectorKernels#squaredDistanceDouble(MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the squared ℓ2 distance
     */
    public static double squaredDistanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset,
            long n) {
        return ACTIVE.squaredDistanceDouble(a, aOffset, b, bOffset, n);
    }

    /**
     * Runs {@link VectorKernels#distancesDouble(MemorySegment,long,MemorySegment,long,long,long,long,double,MemorySegment,long)} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    public static void distancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        ACTIVE.distancesDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    /**
     * Runs {@link VectorKernels#squaredDistancesDouble(MemorySegment,long,MemorySegment,long,long,long,long,MemorySegment,long)} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    public static void squaredDistancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        ACTIVE.squaredDistancesDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    /**
     * Runs {@link VectorKernels#nearestDouble(MemorySegment,long,MemorySegment,long,long,long,long,double,int,long[],double[])} on the active implementation.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param k the number of nearest rows requested, at least 0
     * @param indices receives the row indices, nearest first; at least {@code min(k, m)} long
     * @param distances receives the distances, nearest first; at least {@code min(k, m)} long
     * @return the number of rows written, {@code min(k, m)}
     */
    public static int nearestDouble(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, double p, int k, long[] indices, double[] distances) {
        return ACTIVE.nearestDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
    }

    /**
     * Runs {@link VectorKernels#softmaxDouble(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    public static void softmaxDouble(MemorySegment x, long xOffset, long n) {
        ACTIVE.softmaxDouble(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#logSumExpDouble(MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the log-sum-exp
     */
    public static double logSumExpDouble(MemorySegment x, long xOffset, long n) {
        return ACTIVE.logSumExpDouble(x, xOffset, n);
    }

    /**
     * Runs {@link VectorKernels#expDouble(MemorySegment,long,MemorySegment,long,long)} on the active implementation.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param y the output; may be {@code x} at the same offset
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    public static void expDouble(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        ACTIVE.expDouble(x, xOffset, y, yOffset, n);
    }

    /** Keeps the SIMD class unloaded unless it is used, so a JVM without the Vector API never touches it. */
    private static final class SimdHolder {
        static final VectorKernels INSTANCE = SimdVectorKernels.INSTANCE;
    }
}
