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
 * Float axpy, {@code y = alpha·x + y} in place: lanekit's scalar and SIMD kernels and netlib's VectorBLAS
 * {@code saxpy}. Every call updates {@code y}; with alpha = 2⁻²⁰ and |x| &lt; 1 it grows by less than 2⁻²⁰ a
 * call, so it stays far from overflow in any run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AxpyBench {

    private static final VectorKernels SCALAR = Vectors.scalar();
    private static final float ALPHA = 0x1p-20f;

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private float[] x;
    private float[] y;

    /**
     * Returns the work per call: n multiply-adds; reads x and y, writes y.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: n multiply-adds
     */
    public static Work work(Shape shape) {
        return new Work(2.0 * shape.n(), 3.0 * Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public AxpyBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        x = VectorData.uniform(n, VectorData.SEED);
        float[] start = VectorData.uniform(n, VectorData.SEED + 1);

        // Every implementation rounds each element once (a fused multiply-add), so all must agree exactly.
        float[] expected = start.clone();
        SCALAR.axpy(ALPHA, x, 0, expected, 0, n);
        y = start.clone();
        simd();
        VectorChecks.requireEqual("simd axpy", expected, y);
        // netlib may round the product and the sum separately: two roundings of at most |αx| + |y| each.
        float[] magnitude = new float[n];
        for (int i = 0; i < n; i++) {
            magnitude[i] = Math.abs(ALPHA * x[i]) + Math.abs(start[i]);
        }
        y = start.clone();
        netlib();
        VectorChecks.requireClose("netlib saxpy", expected, y, 2 * Agreement.FLOAT_UNIT_ROUNDOFF, magnitude);
        y = start;
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        SCALAR.axpy(ALPHA, x, 0, y, 0, n);
        return y;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        SimdKernels.INSTANCE.axpy(ALPHA, x, 0, y, 0, n);
        return y;
    }

    /** {@return the result of netlib's VectorBLAS} */
    @Benchmark
    public float[] netlib() {
        Peers.Netlib.BLAS.saxpy(n, ALPHA, x, 1, y, 1);
        return y;
    }
}
