package dev.lanekit.proofs.vector;

import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import java.lang.foreign.MemorySegment;

/**
 * The static dispatching methods of {@link Vectors} seen as a {@link VectorKernels}, so that the
 * properties run through exactly the entry points applications call.
 */
final class FacadeKernels implements VectorKernels {

    static final FacadeKernels INSTANCE = new FacadeKernels();

    private FacadeKernels() {}

    @Override
    public float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        return Vectors.dot(a, aOffset, b, bOffset, n);
    }

    @Override
    public void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n) {
        Vectors.axpy(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scale(float alpha, float[] x, int xOffset, int n) {
        Vectors.scale(alpha, x, xOffset, n);
    }

    @Override
    public float sum(float[] x, int xOffset, int n) {
        return Vectors.sum(x, xOffset, n);
    }

    @Override
    public float max(float[] x, int xOffset, int n) {
        return Vectors.max(x, xOffset, n);
    }

    @Override
    public int argmax(float[] x, int xOffset, int n) {
        return Vectors.argmax(x, xOffset, n);
    }

    @Override
    public float cosine(float[] a, int aOffset, float[] b, int bOffset, int n) {
        return Vectors.cosine(a, aOffset, b, bOffset, n);
    }

    @Override
    public float norm(float[] x, int xOffset, int n, double p) {
        return Vectors.norm(x, xOffset, n, p);
    }

    @Override
    public float distance(float[] a, int aOffset, float[] b, int bOffset, int n, double p) {
        return Vectors.distance(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public float squaredDistance(float[] a, int aOffset, float[] b, int bOffset, int n) {
        return Vectors.squaredDistance(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n,
            int lda, double p, float[] out, int outOffset) {
        Vectors.distances(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    @Override
    public void squaredDistances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n,
            int lda, float[] out, int outOffset) {
        Vectors.squaredDistances(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    @Override
    public int nearest(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n, int lda,
            double p, int k, int[] indices, float[] distances) {
        return Vectors.nearest(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
    }

    @Override
    public void softmax(float[] x, int xOffset, int n) {
        Vectors.softmax(x, xOffset, n);
    }

    @Override
    public float logSumExp(float[] x, int xOffset, int n) {
        return Vectors.logSumExp(x, xOffset, n);
    }

    @Override
    public void exp(float[] x, int xOffset, float[] y, int yOffset, int n) {
        Vectors.exp(x, xOffset, y, yOffset, n);
    }

    @Override
    public double dot(double[] a, int aOffset, double[] b, int bOffset, int n) {
        return Vectors.dot(a, aOffset, b, bOffset, n);
    }

    @Override
    public void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int n) {
        Vectors.axpy(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scale(double alpha, double[] x, int xOffset, int n) {
        Vectors.scale(alpha, x, xOffset, n);
    }

    @Override
    public double sum(double[] x, int xOffset, int n) {
        return Vectors.sum(x, xOffset, n);
    }

    @Override
    public double max(double[] x, int xOffset, int n) {
        return Vectors.max(x, xOffset, n);
    }

    @Override
    public int argmax(double[] x, int xOffset, int n) {
        return Vectors.argmax(x, xOffset, n);
    }

    @Override
    public double cosine(double[] a, int aOffset, double[] b, int bOffset, int n) {
        return Vectors.cosine(a, aOffset, b, bOffset, n);
    }

    @Override
    public double norm(double[] x, int xOffset, int n, double p) {
        return Vectors.norm(x, xOffset, n, p);
    }

    @Override
    public double distance(double[] a, int aOffset, double[] b, int bOffset, int n, double p) {
        return Vectors.distance(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public double squaredDistance(double[] a, int aOffset, double[] b, int bOffset, int n) {
        return Vectors.squaredDistance(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distances(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n,
            int lda, double p, double[] out, int outOffset) {
        Vectors.distances(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    @Override
    public void squaredDistances(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m,
            int n, int lda, double[] out, int outOffset) {
        Vectors.squaredDistances(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    @Override
    public int nearest(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n,
            int lda, double p, int k, int[] indices, double[] distances) {
        return Vectors.nearest(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
    }

    @Override
    public void softmax(double[] x, int xOffset, int n) {
        Vectors.softmax(x, xOffset, n);
    }

    @Override
    public double logSumExp(double[] x, int xOffset, int n) {
        return Vectors.logSumExp(x, xOffset, n);
    }

    @Override
    public void exp(double[] x, int xOffset, double[] y, int yOffset, int n) {
        Vectors.exp(x, xOffset, y, yOffset, n);
    }

    @Override
    public float dotFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return Vectors.dotFloat(a, aOffset, b, bOffset, n);
    }

    @Override
    public void axpyFloat(float alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Vectors.axpyFloat(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scaleFloat(float alpha, MemorySegment x, long xOffset, long n) {
        Vectors.scaleFloat(alpha, x, xOffset, n);
    }

    @Override
    public float sumFloat(MemorySegment x, long xOffset, long n) {
        return Vectors.sumFloat(x, xOffset, n);
    }

    @Override
    public float maxFloat(MemorySegment x, long xOffset, long n) {
        return Vectors.maxFloat(x, xOffset, n);
    }

    @Override
    public long argmaxFloat(MemorySegment x, long xOffset, long n) {
        return Vectors.argmaxFloat(x, xOffset, n);
    }

    @Override
    public float cosineFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return Vectors.cosineFloat(a, aOffset, b, bOffset, n);
    }

    @Override
    public float normFloat(MemorySegment x, long xOffset, long n, double p) {
        return Vectors.normFloat(x, xOffset, n, p);
    }

    @Override
    public float distanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        return Vectors.distanceFloat(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public float squaredDistanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return Vectors.squaredDistanceFloat(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        Vectors.distancesFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    @Override
    public void squaredDistancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        Vectors.squaredDistancesFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    @Override
    public int nearestFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, int k, long[] indices, float[] distances) {
        return Vectors.nearestFloat(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
    }

    @Override
    public void softmaxFloat(MemorySegment x, long xOffset, long n) {
        Vectors.softmaxFloat(x, xOffset, n);
    }

    @Override
    public float logSumExpFloat(MemorySegment x, long xOffset, long n) {
        return Vectors.logSumExpFloat(x, xOffset, n);
    }

    @Override
    public void expFloat(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Vectors.expFloat(x, xOffset, y, yOffset, n);
    }

    @Override
    public double dotDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return Vectors.dotDouble(a, aOffset, b, bOffset, n);
    }

    @Override
    public void axpyDouble(double alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Vectors.axpyDouble(alpha, x, xOffset, y, yOffset, n);
    }

    @Override
    public void scaleDouble(double alpha, MemorySegment x, long xOffset, long n) {
        Vectors.scaleDouble(alpha, x, xOffset, n);
    }

    @Override
    public double sumDouble(MemorySegment x, long xOffset, long n) {
        return Vectors.sumDouble(x, xOffset, n);
    }

    @Override
    public double maxDouble(MemorySegment x, long xOffset, long n) {
        return Vectors.maxDouble(x, xOffset, n);
    }

    @Override
    public long argmaxDouble(MemorySegment x, long xOffset, long n) {
        return Vectors.argmaxDouble(x, xOffset, n);
    }

    @Override
    public double cosineDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return Vectors.cosineDouble(a, aOffset, b, bOffset, n);
    }

    @Override
    public double normDouble(MemorySegment x, long xOffset, long n, double p) {
        return Vectors.normDouble(x, xOffset, n, p);
    }

    @Override
    public double distanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p) {
        return Vectors.distanceDouble(a, aOffset, b, bOffset, n, p);
    }

    @Override
    public double squaredDistanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n) {
        return Vectors.squaredDistanceDouble(a, aOffset, b, bOffset, n);
    }

    @Override
    public void distancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, MemorySegment out, long outOffset) {
        Vectors.distancesDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, p, out, outOffset);
    }

    @Override
    public void squaredDistancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix,
            long matrixOffset, long m, long n, long lda, MemorySegment out, long outOffset) {
        Vectors.squaredDistancesDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, out, outOffset);
    }

    @Override
    public int nearestDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, double p, int k, long[] indices, double[] distances) {
        return Vectors.nearestDouble(query, queryOffset, matrix, matrixOffset, m, n, lda, p, k, indices, distances);
    }

    @Override
    public void softmaxDouble(MemorySegment x, long xOffset, long n) {
        Vectors.softmaxDouble(x, xOffset, n);
    }

    @Override
    public double logSumExpDouble(MemorySegment x, long xOffset, long n) {
        return Vectors.logSumExpDouble(x, xOffset, n);
    }

    @Override
    public void expDouble(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n) {
        Vectors.expDouble(x, xOffset, y, yOffset, n);
    }
}
