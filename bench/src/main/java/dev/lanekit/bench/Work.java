package dev.lanekit.bench;

/**
 * The work one call of a benchmarked kernel does, from which {@code lanekit bench} derives GFLOP/s and
 * GB/s.
 *
 * <p>Every benchmark class declares it with a public static method that takes the benchmark's
 * parameters:
 *
 * <pre>{@code
 * public static Work work(Shape shape) {
 *     return new Work(2.0 * shape.n(), 2.0 * Float.BYTES * shape.n());
 * }
 * }</pre>
 *
 * The figures are the kernel's nominal work, the same for every implementation of it: a fused
 * multiply-add counts as two flops, and bytes are those read plus those written, once per pass the
 * kernel makes over an operand (softmax reads its input three times).
 *
 * @param flops floating-point operations per call, or 0 when the kernel is not measured in flops
 * @param bytes bytes of the operands read and written per call, or 0 when not meaningful
 */
public record Work(double flops, double bytes) {

    /** The method name {@code lanekit bench} looks up on a benchmark class. */
    public static final String METHOD = "work";

    /** Validates the counts. */
    public Work {
        if (!(flops >= 0) || !(bytes >= 0)) {
            throw new IllegalArgumentException("flops = " + flops + " and bytes = " + bytes
                    + " must both be >= 0");
        }
    }
}
