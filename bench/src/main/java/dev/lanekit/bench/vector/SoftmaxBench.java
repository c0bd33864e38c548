package dev.lanekit.bench.vector;

import dev.lanekit.bench.Agreement;
import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Float softmax in place: lanekit's scalar and SIMD kernels. Each call replaces the vector by its softmax,
 * so after the first call the input is a probability vector with entries in [0, 1]. The kernels make the
 * same three passes (max, exp and sum, scale) whatever the values, so the work per call stays the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SoftmaxBench {

    private static final VectorKernels SCALAR = Vectors.scalar();

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private float[] x;

    /**
     * Returns the work per call: reads x three times and writes it twice (max, exp and sum, scale); exp has no standard flop count.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: reads x three times and writes it twice (max, exp and sum, scale)
     */
    public static Work work(Shape shape) {
        return new Work(0, 5.0 * Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public SoftmaxBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        float[] start = VectorData.uniform(n, VectorData.SEED);
        float[] expected = start.clone();
        SCALAR.softmax(expected, 0, n);
        x = start.clone();
        simd();
        // Each output is exp(xᵢ − max)/Σ: a few ulps from exp and the division, plus the sum's γₙ.
        VectorChecks.requireClose("simd softmax", expected, x,
                Agreement.gamma(n, Agreement.FLOAT_UNIT_ROUNDOFF) + 8 * Agreement.FLOAT_UNIT_ROUNDOFF);
        x = start;
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        SCALAR.softmax(x, 0, n);
        return x;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        SimdKernels.INSTANCE.softmax(x, 0, n);
        return x;
    }
}
