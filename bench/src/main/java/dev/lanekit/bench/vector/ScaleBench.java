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
 * Float scale in place, {@code x = alpha·x}: lanekit's scalar and SIMD kernels and netlib's VectorBLAS
 * {@code sscal}. alpha = −1 keeps the magnitudes fixed across calls, so the data never drifts into
 * subnormals (which would slow every implementation) or overflow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScaleBench {

    private static final VectorKernels SCALAR = Vectors.scalar();
    private static final float ALPHA = -1f;

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private float[] x;

    /**
     * Returns the work per call: n multiplications; reads and writes x.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: n multiplications
     */
    public static Work work(Shape shape) {
        return new Work(shape.n(), 2.0 * Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public ScaleBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        float[] start = VectorData.uniform(n, VectorData.SEED);
        float[] expected = start.clone();
        SCALAR.scale(ALPHA, expected, 0, n);

        x = start.clone();
        simd();
        VectorChecks.requireEqual("simd scale", expected, x);
        x = start.clone();
        netlib();
        VectorChecks.requireEqual("netlib sscal", expected, x);
        x = start;
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        SCALAR.scale(ALPHA, x, 0, n);
        return x;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        SimdKernels.INSTANCE.scale(ALPHA, x, 0, n);
        return x;
    }

    /** {@return the result of netlib's VectorBLAS} */
    @Benchmark
    public float[] netlib() {
        Peers.Netlib.BLAS.sscal(n, ALPHA, x, 1);
        return x;
    }
}
