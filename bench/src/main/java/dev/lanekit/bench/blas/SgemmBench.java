package dev.lanekit.bench.blas;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.blas.Blas;
import dev.lanekit.blas.Trans;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Square sgemm, C = A·B (n×n, row-major, beta = 0): lanekit's scalar and SIMD kernels, the native
 * library through lanekit's FFM binding from Java arrays ({@code nativeBlas}, which copies operands
 * above the critical-call limit) and from off-heap segments ({@code nativeSegments}, the library's
 * own speed), and netlib's VectorBLAS. The scalar kernel is meant for n ≤ 1024 (select it with
 * {@code -p n=...}); at 2048 one call takes minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SgemmBench {

    /** The matrix order: A, B and C are n × n. */
    @Param({"128", "256", "512", "1024", "2048"})
    public int n;

    private float[] a;
    private float[] b;
    private float[] c;
    private Arena arena;
    private MemorySegment aSegment;
    private MemorySegment bSegment;
    private MemorySegment cSegment;

    /**
     * 2n³ flops; reads A and B and writes C once at the least.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        double n = shape.n();
        return new Work(2 * n * n * n, 3 * n * n * Float.BYTES);
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public SgemmBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup(Level.Trial)
    public void setUp() {
        a = BlasData.uniform(n * n, BlasData.SEED);
        b = BlasData.uniform(n * n, BlasData.SEED + 1);
        c = new float[n * n];
        arena = Arena.ofShared();
        aSegment = BlasData.offHeap(arena, a);
        bSegment = BlasData.offHeap(arena, b);
        cSegment = BlasData.offHeap(arena, c);

        // Every variant must agree with the SIMD kernel within twice the float bound of a length-n dot
        // product of values in [-1, 1), before any of them is timed.
        simd();
        float[] expected = c.clone();
        double bound = 2 * n * 0x1p-24 / (1 - n * 0x1p-24) * n;
        Blas.findNativeBlas().ifPresent(nativeBlas -> {
            nativeBlas();
            BlasData.requireClose("nativeBlas sgemm", expected, c, bound);
            nativeSegments();
            BlasData.requireClose("nativeSegments sgemm", expected,
                    cSegment.toArray(java.lang.foreign.ValueLayout.JAVA_FLOAT), bound);
        });
        netlib();
        BlasData.requireClose("netlib sgemm", expected, c, bound);
        if (n <= 256) {
            scalar();
            BlasData.requireClose("scalar sgemm", expected, c, bound);
        }
    }

    /** Closes the arena of the off-heap inputs. */
    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        BlasData.Kernels.SCALAR.sgemm(Trans.NO_TRANS, Trans.NO_TRANS, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        return c;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        BlasData.Kernels.SIMD.sgemm(Trans.NO_TRANS, Trans.NO_TRANS, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        return c;
    }

    /** {@return the result of the native cblas library on heap arrays} */
    @Benchmark
    public float[] nativeBlas() {
        BlasData.NativeHolder.BLAS.sgemm(Trans.NO_TRANS, Trans.NO_TRANS, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        return c;
    }

    /** {@return the result of the native cblas library on off-heap segments} */
    @Benchmark
    public MemorySegment nativeSegments() {
        BlasData.NativeHolder.BLAS.sgemm(Trans.NO_TRANS, Trans.NO_TRANS, (long) n, n, n, 1f, aSegment, 0L, n, bSegment, 0L, n,
                0f, cSegment, 0L, n);
        return cSegment;
    }

    /**
     * netlib is column-major: row-major C = A·B is column-major Cᵀ = Bᵀ·Aᵀ, the same arrays swapped.
     *
     * @return the result of netlib's VectorBLAS
     */
    @Benchmark
    public float[] netlib() {
        BlasData.NetlibHolder.BLAS.sgemm("N", "N", n, n, n, 1f, b, n, a, n, 0f, c, n);
        return c;
    }
}
