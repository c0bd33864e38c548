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

/** Float exp of every element into a second array: lanekit's scalar ({@code Math.exp}) and SIMD kernels. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExpBench {

    private static final VectorKernels SCALAR = Vectors.scalar();

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private float[] x;
    private float[] y;

    /**
     * Returns the work per call: reads x and writes y; exp has no standard flop count.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: reads x and writes y
     */
    public static Work work(Shape shape) {
        return new Work(0, 2.0 * Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public ExpBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        x = VectorData.uniform(n, VectorData.SEED);
        for (int i = 0; i < n; i++) {
            x[i] *= 80;
        }
        float[] expected = new float[n];
        SCALAR.exp(x, 0, expected, 0, n);
        y = new float[n];
        simd();
        // The SIMD exp is documented within 1 ulp of Math.exp, so 2 units of roundoff relative is enough.
        VectorChecks.requireClose("simd exp", expected, y, 2 * Agreement.FLOAT_UNIT_ROUNDOFF);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        SCALAR.exp(x, 0, y, 0, n);
        return y;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        SimdKernels.INSTANCE.exp(x, 0, y, 0, n);
        return y;
    }
}
