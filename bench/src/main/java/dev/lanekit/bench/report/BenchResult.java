package dev.lanekit.bench.report;

import java.util.Objects;

/**
 * One measured benchmark: one implementation of one kernel at one shape.
 *
 * <p>Optional figures are {@link Double#NaN} when absent: rates when the benchmark class declares no
 * work of that kind, the error when the run had too few iterations to estimate it, and the allocation
 * when the run had no GC profiler.
 *
 * @param kernel the kernel name, for example {@code dot}
 * @param size the leading dimension {@code n}
 * @param shape every dimension, for example {@code n=4096} or {@code m=n=k=1024}
 * @param implementation {@code scalar}, {@code simd}, {@code native}, or a peer library's name
 * @param nsPerOp the mean time per call in nanoseconds
 * @param nsPerOpError the half-width of JMH's 99.9% confidence interval of {@code nsPerOp}, or NaN
 * @param gflops billions of floating-point operations per second, or NaN
 * @param gbPerSecond billions of bytes read and written per second, or NaN
 * @param allocBytesPerOp bytes allocated per call as JMH's GC profiler measured them, or NaN
 */
public record BenchResult(
        String kernel,
        long size,
        String shape,
        String implementation,
        double nsPerOp,
        double nsPerOpError,
        double gflops,
        double gbPerSecond,
        double allocBytesPerOp) {

    /** The implementation every speedup is relative to. */
    public static final String SCALAR = "scalar";

    /** Validates the result. */
    public BenchResult {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(implementation, "implementation");
        if (!(nsPerOp > 0)) {
            throw new IllegalArgumentException("nsPerOp = " + nsPerOp + " must be > 0 (" + kernel + " "
                    + implementation + " " + shape + ")");
        }
    }

    /** {@return the key that identifies a measurement across runs: kernel, shape and implementation} */
    public String key() {
        return kernel + " " + shape + " " + implementation;
    }

    /** {@return the key of the group this result's speedup is taken in: kernel and shape} */
    public String groupKey() {
        return kernel + " " + shape;
    }
}
