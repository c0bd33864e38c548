package dev.lanekit.proofs.blas;

import java.util.Random;

/**
 * A row-major test matrix inside a larger backing array, with a random offset before it, a leading
 * dimension that may exceed its column count, and a tail after it. Everything outside the matrix is
 * NaN, so a kernel that reads there produces NaN and one that writes there is caught. A strided vector
 * is an n×1 matrix whose leading dimension is the increment.
 */
final class Matrix {

    final int rows;
    final int cols;
    final int offset;
    final int ld;
    /** The backing array, in double. A float matrix contains only values that are exact in float. */
    final double[] values;

    private Matrix(int rows, int cols, int offset, int ld, double[] values) {
        this.rows = rows;
        this.cols = cols;
        this.offset = offset;
        this.ld = ld;
        this.values = values;
    }

    /** Returns a rows×cols matrix of random values, or of NaN when {@code allNaN}, with random padding. */
    static Matrix random(Random random, int rows, int cols, boolean isDouble, boolean allNaN) {
        int ld = Math.max(1, cols) + (random.nextBoolean() ? 0 : random.nextInt(4));
        return filled(random, rows, cols, ld, isDouble, allNaN);
    }

    /** Returns a vector of n random values read with increment {@code inc}, NaN between them. */
    static Matrix strided(Random random, int n, int inc, boolean isDouble, boolean allNaN) {
        return filled(random, n, 1, inc, isDouble, allNaN);
    }

    private static Matrix filled(Random random, int rows, int cols, int ld, boolean isDouble, boolean allNaN) {
        int offset = random.nextInt(3);
        int tail = random.nextInt(3);
        int length = offset + (rows == 0 || cols == 0 ? 0 : (rows - 1) * ld + cols) + tail;
        double[] values = new double[length];
        java.util.Arrays.fill(values, Double.NaN);
        if (!allNaN) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    values[offset + i * ld + j] = value(random, isDouble);
                }
            }
        }
        return new Matrix(rows, cols, offset, ld, values);
    }

    /** Returns a value in [-1, 1), with zeros, negative zeros and subnormals mixed in on purpose. */
    private static double value(Random random, boolean isDouble) {
        int kind = random.nextInt(50);
        double subnormal = isDouble ? Double.MIN_VALUE : Float.MIN_VALUE;
        return switch (kind) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            case 2 -> subnormal * (1 + random.nextInt(1000));
            default -> isDouble ? 2 * random.nextDouble() - 1 : 2 * random.nextFloat() - 1;
        };
    }

    /** Returns a float copy of the backing array. */
    float[] floats() {
        float[] copy = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = (float) values[i];
        }
        return copy;
    }

    /** Returns a double copy of the backing array. */
    double[] doubles() {
        return values.clone();
    }

    static double[] widen(float[] array) {
        double[] wide = new double[array.length];
        for (int i = 0; i < array.length; i++) {
            wide[i] = array[i];
        }
        return wide;
    }

    /**
     * Checks an output array that started as a copy of this matrix: every element of the matrix within
     * {@link BlasReference#bound} of the reference for {@code terms} roundings, and every element outside
     * it unchanged.
     */
    void check(String label, double[] got, BlasReference.Result expected, int terms, boolean resultIsDouble) {
        boolean[] inside = new boolean[values.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int index = offset + i * ld + j;
                inside[index] = true;
                double want = expected.value()[i * cols + j];
                double bound = BlasReference.bound(terms, expected.magnitude()[i * cols + j], resultIsDouble);
                if (!(Math.abs(got[index] - want) <= bound)) {
                    throw new AssertionError(label + ": element (" + i + ", " + j + ") = " + got[index]
                            + ", reference " + want + ", bound " + bound);
                }
            }
        }
        for (int index = 0; index < values.length; index++) {
            if (inside[index]) {
                continue;
            }
            boolean same = Double.isNaN(values[index]) ? Double.isNaN(got[index]) : got[index] == values[index];
            if (!same) {
                throw new AssertionError(label + ": index " + index + " outside the output changed from "
                        + values[index] + " to " + got[index]);
            }
        }
    }

}
