package dev.lanekit.bench.vector;

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

/** The k = 10 rows nearest to a query in ℓ2 distance (top-k search over m rows): lanekit's scalar and SIMD kernels. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NearestBench {

    private static final VectorKernels SCALAR = Vectors.scalar();

    // n is the row length; the matrix has m rows, so n = 4096 is a 16 MiB matrix.
    /** The vector length: the columns of the matrix. */
    @Param({"16", "1024", "4096"})
    public int n;

    /** The number of matrix rows. */
    @Param({"1024"})
    public int m;

    private float[] query;
    private float[] matrix;
    /** The number of nearest rows returned. */
    @Param({"10"})
    public int k;

    private int[] indices;
    private float[] distances;

    /**
     * {@return the work per call: every row's distance, as {@link DistancesBench}, plus a heap of k entries}
     *
     * @param shape the benchmark parameters of the run
     */
    public static Work work(Shape shape) {
        double elements = (double) shape.dimension("m") * shape.n();
        return new Work(3 * elements, Float.BYTES * elements);
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public NearestBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        query = VectorData.uniform(n, VectorData.SEED);
        matrix = VectorData.uniform(m * n, VectorData.SEED + 1);
        indices = new int[k];
        distances = new float[k];
        SCALAR.nearest(query, 0, matrix, 0, m, n, n, 2, k, indices, distances);
        int[] expected = indices.clone();
        simd();
        // Random rows have well separated distances, so both must find the same rows in the same order.
        for (int i = 0; i < k; i++) {
            if (indices[i] != expected[i]) {
                throw new IllegalStateException("simd nearest: position " + i + " is row " + indices[i]
                        + ", scalar found row " + expected[i]);
            }
        }
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public int[] scalar() {
        SCALAR.nearest(query, 0, matrix, 0, m, n, n, 2, k, indices, distances);
        return indices;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public int[] simd() {
        SimdKernels.INSTANCE.nearest(query, 0, matrix, 0, m, n, n, 2, k, indices, distances);
        return indices;
    }
}
