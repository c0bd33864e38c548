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

/** Float cosine similarity: lanekit's scalar and SIMD kernels and Lucene's {@code VectorUtil.cosine}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CosineBench {

    private static final VectorKernels SCALAR = Vectors.scalar();

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private float[] a;
    private float[] b;

    /**
     * Returns the work per call: three dot products (ab, aa, bb): 3n multiply-adds; reads a and b.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: three dot products (ab, aa, bb): 3n multiply-adds
     */
    public static Work work(Shape shape) {
        return new Work(6.0 * shape.n(), 2.0 * Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public CosineBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        a = VectorData.uniform(n, VectorData.SEED);
        b = VectorData.uniform(n, VectorData.SEED + 1);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            ab += (double) a[i] * b[i];
            magnitude += Math.abs((double) a[i] * b[i]);
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        double norms = Math.sqrt(aa * bb);
        double reference = ab / norms;
        // The dot product's error γₙ·Σ|aᵢbᵢ| dominates; the norms' relative error γₙ adds at most 2γₙ·|cos|.
        double gamma = Agreement.gamma(n, Agreement.FLOAT_UNIT_ROUNDOFF);
        double bound = gamma * (magnitude / norms + 2 * Math.abs(reference)) + Agreement.FLOAT_UNIT_ROUNDOFF;
        Agreement.check("scalar cosine", scalar(), reference, bound);
        Agreement.check("simd cosine", simd(), reference, bound);
        Peers.requireLucenePanama();
        Agreement.check("lucene cosine", lucene(), reference, bound);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float scalar() {
        return SCALAR.cosine(a, 0, b, 0, n);
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float simd() {
        return SimdKernels.INSTANCE.cosine(a, 0, b, 0, n);
    }

    /** {@return the result of Lucene's VectorUtil} */
    @Benchmark
    public float lucene() {
        return VectorUtil.cosine(a, b);
    }
}
