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

/** Float log-sum-exp: lanekit's scalar and SIMD kernels. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LogSumExpBench {

    private static final VectorKernels SCALAR = Vectors.scalar();

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private float[] x;

    /**
     * Returns the work per call: reads x twice (max, then exp-and-sum); exp has no standard flop count.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: reads x twice (max, then exp-and-sum)
     */
    public static Work work(Shape shape) {
        return new Work(0, 2.0 * Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public LogSumExpBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        x = VectorData.uniform(n, VectorData.SEED);
        double max = Double.NEGATIVE_INFINITY;
        for (float value : x) {
            max = Math.max(max, value);
        }
        double sum = 0;
        for (float value : x) {
            sum += Math.exp(value - max);
        }
        double reference = max + Math.log(sum);
        // The sum of positive terms has relative error about γₙ plus a few ulps of exp; its log turns that
        // into an absolute error of the same size, and the final float rounding adds u·|result|.
        double bound = Agreement.gamma(n, Agreement.FLOAT_UNIT_ROUNDOFF) + 8 * Agreement.FLOAT_UNIT_ROUNDOFF
                + Agreement.FLOAT_UNIT_ROUNDOFF * Math.abs(reference);
        Agreement.check("scalar logSumExp", scalar(), reference, bound);
        Agreement.check("simd logSumExp", simd(), reference, bound);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float scalar() {
        return SCALAR.logSumExp(x, 0, n);
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float simd() {
        return SimdKernels.INSTANCE.logSumExp(x, 0, n);
    }
}
