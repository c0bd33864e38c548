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
 * Float ℓ2 norm: lanekit's scalar and SIMD kernels ({@code norm(x, 2)}, both overflow-safe), netlib's
 * VectorBLAS {@code snrm2}, and {@code blue}, a plain scalar Java port of the overflow-safe algorithm
 * of LAPACK 3.10's {@code snrm2} (Blue's scaled sums): the reference the SIMD norm is held to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class L2NormBench {

    private static final VectorKernels SCALAR = Vectors.scalar();
    private static final double P = 2;

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private float[] x;

    /**
     * Returns the work per call: n multiply-adds; reads x.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: n multiply-adds
     */
    public static Work work(Shape shape) {
        return new Work(2.0 * shape.n(), (double) Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public L2NormBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        x = VectorData.uniform(n, VectorData.SEED);
        double sumOfSquares = 0;
        for (float value : x) {
            sumOfSquares += (double) value * value;
        }
        double reference = Math.sqrt(sumOfSquares);
        // The sum of squares has relative error at most γₙ, so its square root at most about γₙ/2; the
        // extra unit roundoff covers the final rounding to float.
        double bound = (Agreement.gamma(n, Agreement.FLOAT_UNIT_ROUNDOFF) + Agreement.FLOAT_UNIT_ROUNDOFF) * reference;
        Agreement.check("scalar norm", scalar(), reference, bound);
        Agreement.check("simd norm", simd(), reference, bound);
        Agreement.check("netlib snrm2", netlib(), reference, bound);
        Agreement.check("blue norm", blue(), reference, bound);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float scalar() {
        return SCALAR.norm(x, 0, n, P);
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float simd() {
        return SimdKernels.INSTANCE.norm(x, 0, n, P);
    }

    /** {@return the result of netlib's VectorBLAS} */
    @Benchmark
    public float netlib() {
        return Peers.Netlib.BLAS.snrm2(n, x, 1);
    }

    /** {@return the result of the scalar Blue-scaled reference} */
    @Benchmark
    public float blue() {
        return BlueNorm2.norm2(x, 0, n);
    }
}
