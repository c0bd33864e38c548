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

/** Float squared ℓ2 distances from one query to every row of an m × n row-major matrix: lanekit's scalar and SIMD kernels. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SquaredDistancesBench {

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
    private float[] out;

    /**
     * Returns the work per call: per row n subtractions and n multiply-adds; reads the matrix once.
     *
     * @param shape the benchmark parameters of the run
     * @return the work per call: per row n subtractions and n multiply-adds
     */
    public static Work work(Shape shape) {
        double elements = (double) shape.dimension("m") * shape.n();
        return new Work(3 * elements, Float.BYTES * elements);
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public SquaredDistancesBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        query = VectorData.uniform(n, VectorData.SEED);
        matrix = VectorData.uniform(m * n, VectorData.SEED + 1);
        out = new float[m];
        float[] expected = new float[m];
        for (int row = 0; row < m; row++) {
            expected[row] = SCALAR.squaredDistance(query, 0, matrix, row * n, n);
        }
        scalar();
        VectorChecks.requireEqual("scalar squaredDistances", expected, out);
        simd();
        // Each row is a sum of n non-negative squared differences: relative error within γₙ₊₁.
        VectorChecks.requireClose("simd squaredDistances", expected, out,
                2 * Agreement.gamma(n + 1L, Agreement.FLOAT_UNIT_ROUNDOFF));
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        SCALAR.squaredDistances(query, 0, matrix, 0, m, n, n, out, 0);
        return out;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        SimdKernels.INSTANCE.squaredDistances(query, 0, matrix, 0, m, n, n, out, 0);
        return out;
    }
}
