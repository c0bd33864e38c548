package dev.lanekit.proofs.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lanekit.vector.VectorKernels;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The k nearest rows: ties by row index, NaN distances last, k past the number of rows. */
class NearestTest {

    static java.util.stream.Stream<Named<VectorKernels>> targets() {
        return Targets.all();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void tiesAndNaN(VectorKernels k) {
        float[] query = {0f, 0f};
        // Distances: 5, √2, NaN, 0, √2, 5.
        float[] matrix = {3f, 4f, 1f, 1f, Float.NaN, 0f, 0f, 0f, -1f, 1f, 4f, 3f};
        int[] rows = new int[6];
        float[] distances = new float[6];
        int found = k.nearest(query, 0, matrix, 0, 6, 2, 2, 2.0, 6, rows, distances);
        assertEquals(6, found);
        assertArrayEquals(new int[] {3, 1, 4, 0, 5, 2}, rows);
        assertEquals(0f, distances[0]);
        assertEquals((float) Math.sqrt(2), distances[1]);
        assertEquals(Float.NaN, distances[5]);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void fewerRowsThanK(VectorKernels k) {
        float[] query = new float[40];
        float[] matrix = new float[80];
        matrix[45] = 2f;
        int[] rows = new int[5];
        float[] distances = new float[5];
        assertEquals(2, k.nearest(query, 0, matrix, 0, 2, 40, 40, 1.0, 5, rows, distances));
        assertEquals(0, rows[0]);
        assertEquals(1, rows[1]);
        assertEquals(2f, distances[1]);
        assertEquals(0, k.nearest(query, 0, matrix, 0, 2, 40, 40, 1.0, 0, rows, distances));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void doubleTiesByIndex(VectorKernels k) {
        double[] query = {0.0};
        double[] matrix = {2.0, -1.0, 1.0, -2.0, 0.5};
        int[] rows = new int[3];
        double[] distances = new double[3];
        assertEquals(3, k.nearest(query, 0, matrix, 0, 5, 1, 1, 2.0, 3, rows, distances));
        assertArrayEquals(new int[] {4, 1, 2}, rows);
    }
}
