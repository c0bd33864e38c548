package dev.lanekit.bench.blas;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.blas.Blas;
import dev.lanekit.blas.Trans;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
 * Square sgemv, y = op(A)·x (n×n, row-major, beta = 0), without ({@code trans = N}) and with
 * ({@code trans = T}) a transpose: lanekit's scalar and SIMD kernels, the native library through the
 * FFM binding from arrays ({@code nativeBlas}, which copies A above the critical-call limit) and from
 * off-heap segments ({@code nativeSegments}), and netlib's VectorBLAS.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SgemvBench {

    /** The matrix order: A is n × n. */
    @Param({"256", "1024", "4096"})
    public int n;

    /** {@code N} for y = A·x, {@code T} for y = Aᵀ·x. */
    @Param({"N", "T"})
    public String trans;

    private Trans op;
    private float[] a;
    private float[] x;
    private float[] y;
    private Arena arena;
    private MemorySegment aSegment;
    private MemorySegment xSegment;
    private MemorySegment ySegment;

    /**
     * 2n² flops; reads A once.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        double n = shape.n();
        return new Work(2 * n * n, (n * n + 2 * n) * Float.BYTES);
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public SgemvBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup(Level.Trial)
    public void setUp() {
        op = trans.equals("T") ? Trans.TRANS : Trans.NO_TRANS;
        a = BlasData.uniform(n * n, BlasData.SEED);
        x = BlasData.uniform(n, BlasData.SEED + 1);
        y = new float[n];
        arena = Arena.ofShared();
        aSegment = BlasData.offHeap(arena, a);
        xSegment = BlasData.offHeap(arena, x);
        ySegment = BlasData.offHeap(arena, y);

        scalar();
        float[] expected = y.clone();
        double bound = n * 0x1p-24 / (1 - n * 0x1p-24) * n;
        simd();
        BlasData.requireClose("simd sgemv", expected, y, bound);
        Blas.findNativeBlas().ifPresent(nativeBlas -> {
            nativeBlas();
            BlasData.requireClose("nativeBlas sgemv", expected, y, bound);
            nativeSegments();
            BlasData.requireClose("nativeSegments sgemv", expected, ySegment.toArray(ValueLayout.JAVA_FLOAT), bound);
        });
        netlib();
        BlasData.requireClose("netlib sgemv", expected, y, bound);
    }

    /** Closes the arena of the off-heap inputs. */
    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float[] scalar() {
        BlasData.Kernels.SCALAR.sgemv(op, n, n, 1f, a, 0, n, x, 0, 1, 0f, y, 0, 1);
        return y;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        BlasData.Kernels.SIMD.sgemv(op, n, n, 1f, a, 0, n, x, 0, 1, 0f, y, 0, 1);
        return y;
    }

    /** {@return the result of the native cblas library on heap arrays} */
    @Benchmark
    public float[] nativeBlas() {
        BlasData.NativeHolder.BLAS.sgemv(op, n, n, 1f, a, 0, n, x, 0, 1, 0f, y, 0, 1);
        return y;
    }

    /** {@return the result of the native cblas library on off-heap segments} */
    @Benchmark
    public MemorySegment nativeSegments() {
        BlasData.NativeHolder.BLAS.sgemv(op, (long) n, n, 1f, aSegment, 0L, n, xSegment, 0L, 1L, 0f, ySegment, 0L, 1L);
        return ySegment;
    }

    /**
     * netlib is column-major, where the row-major A is Aᵀ: the transpose flag flips.
     *
     * @return the result of netlib's VectorBLAS
     */
    @Benchmark
    public float[] netlib() {
        BlasData.NetlibHolder.BLAS.sgemv(op == Trans.NO_TRANS ? "T" : "N", n, n, 1f, a, n, x, 1, 0f, y, 1);
        return y;
    }
}
