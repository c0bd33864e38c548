package dev.lanekit.bench.vector;

import dev.lanekit.bench.Agreement;
import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import org.apache.lucene.util.VectorUtil;
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

/** Float squared Euclidean distance: lanekit's scalar and SIMD kernels and Lucene's {@code VectorUtil.squareDistance}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SquaredDistanceBench {

    private static final VectorKernels SCALAR = Vectors.scalar();

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private float[] a;
    private float[] b;

    /**
     * Returns the work per call: n subtractions and n multiply-adds; reads a and b.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: n subtractions and n multiply-adds
     */
    public static Work work(Shape shape) {
        return new Work(3.0 * shape.n(), 2.0 * Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public SquaredDistanceBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        a = VectorData.uniform(n, VectorData.SEED);
        b = VectorData.uniform(n, VectorData.SEED + 1);
        double reference = 0;
        for (int i = 0; i < n; i++) {
            double difference = (double) a[i] - b[i];
            reference += difference * difference;
        }
        // Terms are non-negative, so γₙ₊₁ relative to the sum bounds the float result (the +1 is the difference).
        double bound = Agreement.gamma(n + 1L, Agreement.FLOAT_UNIT_ROUNDOFF) * reference;
        Agreement.check("scalar squaredDistance", scalar(), reference, bound);
        Agreement.check("simd squaredDistance", simd(), reference, bound);
        Peers.requireLucenePanama();
        Agreement.check("lucene squareDistance", lucene(), reference, bound);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float scalar() {
        return SCALAR.squaredDistance(a, 0, b, 0, n);
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float simd() {
        return SimdKernels.INSTANCE.squaredDistance(a, 0, b, 0, n);
    }

    /** {@return the result of Lucene's VectorUtil} */
    @Benchmark
    public float lucene() {
        return VectorUtil.squareDistance(a, b);
    }
}
