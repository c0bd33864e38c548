package dev.lanekit.bench.vector;

/** Agreement checks of whole output arrays, for the kernels that write one. */
final class VectorChecks {

    private VectorChecks() {}

    /** Throws unless {@code got} equals {@code expected} bit for bit. */
    static void requireEqual(String what, float[] expected, float[] got) {
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToIntBits(expected[i]) != Float.floatToIntBits(got[i])) {
                throw new IllegalStateException(what + ": element " + i + " is " + got[i] + ", expected " + expected[i]);
            }
        }
    }

    /** Throws unless every element of {@code got} is within {@code relative}·|expected| of {@code expected}. */
    static void requireClose(String what, float[] expected, float[] got, double relative) {
        requireClose(what, expected, got, relative, expected);
    }

    /**
     * Throws unless every element of {@code got} is within {@code relative}·|magnitude[i]| of
     * {@code expected}; the magnitude is the size of the operands, where the result may cancel to near 0.
     */
    static void requireClose(String what, float[] expected, float[] got, double relative, float[] magnitude) {
        for (int i = 0; i < expected.length; i++) {
            double bound = relative * Math.abs(magnitude[i]) + Float.MIN_NORMAL;
            if (!(Math.abs((double) got[i] - expected[i]) <= bound)) {
                throw new IllegalStateException(what + ": element " + i + " is " + got[i] + ", expected "
                        + expected[i] + " within " + bound);
            }
        }
    }
}
