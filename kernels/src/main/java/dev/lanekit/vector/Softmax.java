package dev.lanekit.vector;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The softmax outputs for a maximum that is not finite, shared by both implementations. Softmax follows
 * its limits. When some logits are +∞, each of them gets 1/(number of +∞ logits) and every other entry 0.
 * When all logits are −∞, every entry gets 1/n, the limit of n equal logits. A NaN maximum (a NaN logit)
 * makes every output NaN.
 */
final class Softmax {

    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private Softmax() {}

    /** Writes the limit outputs and returns true when {@code max} is not finite; returns false otherwise. */
    static boolean special(float[] x, int xOffset, int n, float max) {
        if (max != max) {
            java.util.Arrays.fill(x, xOffset, xOffset + n, Float.NaN);
            return true;
        }
        if (max == Float.NEGATIVE_INFINITY) {
            java.util.Arrays.fill(x, xOffset, xOffset + n, 1f / n);
            return true;
        }
        if (max != Float.POSITIVE_INFINITY) {
            return false;
        }
        int infinities = 0;
        for (int i = 0; i < n; i++) {
            if (x[xOffset + i] == Float.POSITIVE_INFINITY) {
                infinities++;
            }
        }
        float share = 1f / infinities;
        for (int i = 0; i < n; i++) {
            x[xOffset + i] = x[xOffset + i] == Float.POSITIVE_INFINITY ? share : 0f;
        }
        return true;
    }

    static boolean special(double[] x, int xOffset, int n, double max) {
        if (max != max) {
            java.util.Arrays.fill(x, xOffset, xOffset + n, Double.NaN);
            return true;
        }
        if (max == Double.NEGATIVE_INFINITY) {
            java.util.Arrays.fill(x, xOffset, xOffset + n, 1.0 / n);
            return true;
        }
        if (max != Double.POSITIVE_INFINITY) {
            return false;
        }
        int infinities = 0;
        for (int i = 0; i < n; i++) {
            if (x[xOffset + i] == Double.POSITIVE_INFINITY) {
                infinities++;
            }
        }
        double share = 1.0 / infinities;
        for (int i = 0; i < n; i++) {
            x[xOffset + i] = x[xOffset + i] == Double.POSITIVE_INFINITY ? share : 0.0;
        }
        return true;
    }

    static boolean specialFloat(MemorySegment x, long xOffset, long n, float max) {
        if (max == max && max != Float.NEGATIVE_INFINITY && max != Float.POSITIVE_INFINITY) {
            return false;
        }
        long infinities = 0;
        for (long i = 0; i < n; i++) {
            if (x.getAtIndex(FLOAT, xOffset + i) == Float.POSITIVE_INFINITY) {
                infinities++;
            }
        }
        float share = 1f / infinities;
        for (long i = 0; i < n; i++) {
            float value;
            if (max != max) {
                value = Float.NaN;
            } else if (max == Float.NEGATIVE_INFINITY) {
                value = 1f / n;
            } else {
                value = x.getAtIndex(FLOAT, xOffset + i) == Float.POSITIVE_INFINITY ? share : 0f;
            }
            x.setAtIndex(FLOAT, xOffset + i, value);
        }
        return true;
    }

    static boolean specialDouble(MemorySegment x, long xOffset, long n, double max) {
        if (max == max && max != Double.NEGATIVE_INFINITY && max != Double.POSITIVE_INFINITY) {
            return false;
        }
        long infinities = 0;
        for (long i = 0; i < n; i++) {
            if (x.getAtIndex(DOUBLE, xOffset + i) == Double.POSITIVE_INFINITY) {
                infinities++;
            }
        }
        double share = 1.0 / infinities;
        for (long i = 0; i < n; i++) {
            double value;
            if (max != max) {
                value = Double.NaN;
            } else if (max == Double.NEGATIVE_INFINITY) {
                value = 1.0 / n;
            } else {
                value = x.getAtIndex(DOUBLE, xOffset + i) == Double.POSITIVE_INFINITY ? share : 0.0;
            }
            x.setAtIndex(DOUBLE, xOffset + i, value);
        }
        return true;
    }
}
