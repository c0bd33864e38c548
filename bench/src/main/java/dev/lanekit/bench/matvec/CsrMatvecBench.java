package dev.lanekit.bench.matvec;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.matvec.CsrOperator;
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
 * CSR {@code y = A·x} for a square n × n matrix with each entry present with probability 1% (uniform
 * columns): the scalar kernel against the SIMD kernel, which gathers x through the column indices.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CsrMatvecBench {

    private static final MatvecKernels SCALAR = Matvec.scalar();
    private static final double DENSITY = 0.01;

    /** The matrix order: A is n × n. */
    @Param({"16384"})
    public int n;

    private CsrOperator csr;
    private float[] x;
    private float[] y;

    /**
     * Reads about 0.01·n² entries (value and column index) and the rows' pointers, one multiply-add per entry.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        double n = shape.n();
        double nnz = DENSITY * n * n;
        return new Work(2 * nnz, nnz * (Float.BYTES + Integer.BYTES) + Float.BYTES * 2 * n + Integer.BYTES * (n + 1));
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public CsrMatvecBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(MatvecData.SEED);
        int[] rowPointers = new int[n + 1];
        int expected = (int) (DENSITY * n * n * 1.1) + n;
        int[] columns = new int[expected];
        float[] values = new float[expected];
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (random.nextDouble() < DENSITY && nnz < expected) {
                    columns[nnz] = j;
                    values[nnz] = (float) (2 * random.nextDouble() - 1);
                    nnz++;
                }
            }
            rowPointers[i + 1] = nnz;
        }
        csr = new CsrOperator(n, n, rowPointers, java.util.Arrays.copyOf(columns, nnz), java.util.Arrays.copyOf(values, nnz));
        x = MatvecData.uniform(n, random);
        y = new float[n];

        // Checked on the leading 256 rows, whose reference needs n unit-vector products of a 256-row slice.
        int rows = Math.min(n, 256);
        CsrOperator slice = new CsrOperator(rows, n, java.util.Arrays.copyOf(rowPointers, rows + 1), csr.columns(),
                csr.values());
        MatvecData.checkAgainst("scalar csr", java.util.Arrays.copyOf(scalar(), rows), slice, x, n);
        MatvecData.checkAgainst("simd csr", java.util.Arrays.copyOf(simd(), rows), slice, x, n);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        SCALAR.csrmv(n, n, csr.rowPointers(), csr.columns(), csr.values(), x, y);
        return y;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        Simd.KERNELS.csrmv(n, n, csr.rowPointers(), csr.columns(), csr.values(), x, y);
        return y;
    }

    /** Loads the SIMD kernels only in the forks that run them. */
    private static final class Simd {
        static final MatvecKernels KERNELS = Matvec.simd();
    }
}
