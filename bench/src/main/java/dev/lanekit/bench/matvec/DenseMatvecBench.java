package dev.lanekit.bench.matvec;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
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
 * Dense row-major {@code y = A·x} for a square n × n float matrix: the scalar matvec kernel against the
 * SIMD one (the Vector API sgemv of dev.lanekit.blas). At n = 4096, A is 64 MiB, so the product streams A
 * from memory once and is bandwidth-bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DenseMatvecBench {

    private static final MatvecKernels SCALAR = Matvec.scalar();

    /** The matrix order: A is n × n. */
    @Param({"4096"})
    public int n;

    private float[] a;
    private float[] x;
    private float[] y;

    /**
     * Reads n² + n floats, writes n, and does n² multiply-adds.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        double n = shape.n();
        return new Work(2 * n * n, Float.BYTES * (n * n + 2 * n));
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public DenseMatvecBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(MatvecData.SEED);
        a = MatvecData.uniform(n * n, random);
        x = MatvecData.uniform(n, random);
        y = new float[n];
        // The reference needs n products of its own; a 512 × n slice of the rows keeps the setup short.
        int rows = Math.min(n, 512);
        DenseOperator slice = DenseOperator.of(rows, n, java.util.Arrays.copyOf(a, rows * n));
        MatvecData.checkAgainst("scalar dense", java.util.Arrays.copyOf(scalar(), rows), slice, x, n);
        MatvecData.checkAgainst("simd dense", java.util.Arrays.copyOf(simd(), rows), slice, x, n);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        SCALAR.gemv(n, n, a, n, x, y);
        return y;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        Simd.KERNELS.gemv(n, n, a, n, x, y);
        return y;
    }

    /** Loads the SIMD kernels only in the forks that run them. */
    private static final class Simd {
        static final MatvecKernels KERNELS = Matvec.simd();
    }
}
