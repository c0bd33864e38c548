package dev.lanekit.bench.matvec;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.matvec.BandedOperator;
import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.Matvec;
import dev.lanekit.matvec.MatvecKernels;
import java.util.SplittableRandom;
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
 * Band {@code y = A·x} for a square n × n matrix with kl = ku = bandwidth: the scalar kernel (a dot
 * product of 2·bandwidth + 1 terms per row) against the SIMD kernel (one multiply-add pass per diagonal).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BandedMatvecBench {

    private static final MatvecKernels SCALAR = Matvec.scalar();

    /** The matrix order: A is n × n. */
    @Param({"100000"})
    public int n;

    /** The number of subdiagonals, which equals the number of superdiagonals. */
    @Param({"8"})
    public int bandwidth;

    private BandedOperator band;
    private float[] x;
    private float[] y;

    /**
     * Reads (2·bandwidth + 1)·n stored entries and n floats of x, writes n, one multiply-add per entry.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        double n = shape.n();
        double width = 2.0 * shape.dimension("bandwidth") + 1;
        return new Work(2 * width * n, Float.BYTES * (width * n + 2 * n));
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public BandedMatvecBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(MatvecData.SEED);
        int width = 2 * bandwidth + 1;
        band = BandedOperator.fromRowMajor(n, n, bandwidth, bandwidth, MatvecData.uniform(width * n, random));
        x = MatvecData.uniform(n, random);
        y = new float[n];

        // The band kernels add the same terms in the same order, so the two must agree bit for bit. The scalar
        // one is checked against a double reference on the first 600 rows, which use only the first
        // 600 + bandwidth columns.
        float[] scalarY = scalar().clone();
        float[] simdY = simd().clone();
        if (!java.util.Arrays.equals(scalarY, simdY)) {
            throw new IllegalStateException("the simd band product differs from the scalar one");
        }
        int rows = Math.min(n, 600);
        int cols = Math.min(n, rows + bandwidth);
        float[] leading = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = Math.max(0, i - bandwidth); j <= Math.min(cols - 1, i + bandwidth); j++) {
                leading[i * cols + j] = band.get(i, j);
            }
        }
        MatvecData.checkAgainst("scalar band", java.util.Arrays.copyOf(scalarY, rows),
                DenseOperator.of(rows, cols, leading), java.util.Arrays.copyOf(x, cols), width);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        SCALAR.gbmv(n, n, band.kl(), band.ku(), band.diagonals(), x, y);
        return y;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        Simd.KERNELS.gbmv(n, n, band.kl(), band.ku(), band.diagonals(), x, y);
        return y;
    }

    /** Loads the SIMD kernels only in the forks that run them. */
    private static final class Simd {
        static final MatvecKernels KERNELS = Matvec.simd();
    }
}
