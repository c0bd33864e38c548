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

/** Double dot product: lanekit's scalar and SIMD kernels and netlib's VectorBLAS {@code ddot}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DotDoubleBench {

    private static final VectorKernels SCALAR = Vectors.scalar();

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private double[] a;
    private double[] b;

    /**
     * {@return the work per call: reads 2n doubles and does n multiply-adds}
     *
     * @param shape the benchmark parameters of the run
     */
    public static Work work(Shape shape) {
        return new Work(2.0 * shape.n(), 2.0 * Double.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public DotDoubleBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        a = VectorData.uniformDouble(n, VectorData.SEED);
        b = VectorData.uniformDouble(n, VectorData.SEED + 1);

        // Σ|aᵢbᵢ| bounds the error of every double kernel with γₙ in double; the reference is a compensated sum.
        double reference = VectorData.compensatedDot(a, b);
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            magnitude += Math.abs(a[i] * b[i]);
        }
        double bound = Agreement.gamma(n, Agreement.DOUBLE_UNIT_ROUNDOFF) * magnitude;
        Agreement.check("scalar ddot", scalar(), reference, bound);
        Agreement.check("simd ddot", simd(), reference, bound);
        Agreement.check("netlib ddot", netlib(), reference, bound);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public double scalar() {
        return SCALAR.dot(a, 0, b, 0, n);
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public double simd() {
        return SimdKernels.INSTANCE.dot(a, 0, b, 0, n);
    }

    /** {@return the result of netlib's VectorBLAS} */
    @Benchmark
    public double netlib() {
        return Peers.Netlib.BLAS.ddot(n, a, 1, b, 1);
    }
}
