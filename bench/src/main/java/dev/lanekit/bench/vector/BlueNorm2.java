package dev.lanekit.bench.vector;

/**
 * A plain scalar ℓ2 norm with Blue's scaled sums, the algorithm of LAPACK 3.10's {@code snrm2} (Anderson,
 * "Algorithm 978: Safe Scaling in the Level 1 BLAS", ACM TOMS 44(1), 2017): the reference the SIMD norm is
 * timed against. Squares of tiny magnitudes are scaled up, squares of huge ones scaled down, and the
 * three sums are combined at the end, so the result neither overflows nor underflows when it is
 * representable. A NaN propagates through the medium sum.
 */
final class BlueNorm2 {

    // Thresholds and scale factors for float (radix 2, 24 digits, exponents -125..128), as LAPACK derives
    // them from the format's parameters: tsml = 2^ceil((minexp-1)/2), tbig = 2^floor((maxexp-digits+1)/2),
    // ssml = 2^-floor((minexp-digits)/2), sbig = 2^-ceil((maxexp+digits-1)/2).
    private static final float T_SMALL = 0x1p-63f;
    private static final float T_BIG = 0x1p52f;
    private static final float S_SMALL = 0x1p75f;
    private static final float S_BIG = 0x1p-76f;

    private BlueNorm2() {}

    /** Returns ‖x[offset .. offset + n)‖₂. */
    static float norm2(float[] x, int offset, int n) {
        float small = 0;
        float medium = 0;
        float big = 0;
        boolean noBig = true;
        for (int i = offset; i < offset + n; i++) {
            float ax = Math.abs(x[i]);
            if (ax > T_BIG) {
                float scaled = ax * S_BIG;
                big += scaled * scaled;
                noBig = false;
            } else if (ax < T_SMALL) {
                // Once a big value is seen, tiny ones cannot change the result and are skipped.
                if (noBig) {
                    float scaled = ax * S_SMALL;
                    small += scaled * scaled;
                }
            } else {
                medium += ax * ax;
            }
        }

        float scale;
        float sumsq;
        boolean mediumPresent = medium > 0 || Float.isNaN(medium);
        if (big > 0) {
            // The medium sum matters only at the scale of the big one.
            if (mediumPresent) {
                big += (medium * S_BIG) * S_BIG;
            }
            scale = 1 / S_BIG;
            sumsq = big;
        } else if (small > 0) {
            if (mediumPresent) {
                // Combine the two as sqrt(ymax² (1 + (ymin/ymax)²)), which cannot overflow.
                float mediumRoot = (float) Math.sqrt(medium);
                float smallRoot = (float) Math.sqrt(small) / S_SMALL;
                float yMin = Math.min(mediumRoot, smallRoot);
                float yMax = Math.max(mediumRoot, smallRoot);
                scale = 1;
                sumsq = yMax * yMax * (1 + (yMin / yMax) * (yMin / yMax));
            } else {
                scale = 1 / S_SMALL;
                sumsq = small;
            }
        } else {
            scale = 1;
            sumsq = medium;
        }
        return scale * (float) Math.sqrt(sumsq);
    }
}
