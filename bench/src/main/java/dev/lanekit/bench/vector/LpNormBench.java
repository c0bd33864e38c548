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

/** Float ℓp norm for p other than 2 (1, 3, a non-integer order and ∞): lanekit's scalar and SIMD kernels. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LpNormBench {

    private static final VectorKernels SCALAR = Vectors.scalar();

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    /** The norm order. */
    @Param({"1", "3", "2.5", "Infinity"})
    public double p;

    private float[] x;

    /**
     * Returns the work per call: reads x; the operations per element depend on p, so no flop count is declared.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: reads x
     */
    public static Work work(Shape shape) {
        return new Work(0, (double) Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public LpNormBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        x = VectorData.uniform(n, VectorData.SEED);
        double largest = 0;
        for (float value : x) {
            largest = Math.max(largest, Math.abs(value));
        }
        double sum = 0;
        for (float value : x) {
            sum += Math.pow(Math.abs(value) / largest, p);
        }
        double reference = Double.isInfinite(p) ? largest : largest * Math.pow(sum, 1 / p);
        // Each |x|ᵖ term carries a few roundings and the sum γₙ; 8 units per term is a generous bound here.
        double bound = (Agreement.gamma(n, Agreement.FLOAT_UNIT_ROUNDOFF) + 8 * Agreement.FLOAT_UNIT_ROUNDOFF)
                * reference;
        Agreement.check("scalar norm p=" + p, scalar(), reference, bound);
        Agreement.check("simd norm p=" + p, simd(), reference, bound);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float scalar() {
        return SCALAR.norm(x, 0, n, p);
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float simd() {
        return SimdKernels.INSTANCE.norm(x, 0, n, p);
    }
}
