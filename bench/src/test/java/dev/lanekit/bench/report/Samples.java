package dev.lanekit.bench.report;

import java.util.List;

/** Small result sets for the report tests. */
public final class Samples {

    private Samples() {}

    public static final Machine MACHINE = new Machine("25.0.1+8-LTS", "Test CPU \"quoted\"", 512,
            "SIMD, 512-bit species, FMA, JDK 25.0.1+8-LTS");

    public static BenchResult result(String kernel, long n, String implementation, double nsPerOp) {
        return new BenchResult(kernel, n, "n=" + n, implementation, nsPerOp, Double.NaN,
                2.0 * n / nsPerOp, 8.0 * n / nsPerOp, Double.NaN);
    }

    /** dot and softmax at n = 4096: scalar, simd and a peer. */
    public static List<BenchResult> dotAndSoftmax() {
        return List.of(
                result("dot", 4096, "simd", 130),
                result("dot", 4096, "scalar", 4090),
                result("dot", 4096, "netlib", 190),
                result("softmax", 4096, "scalar", 9000),
                result("softmax", 4096, "simd", 1500));
    }
}
