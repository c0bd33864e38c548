package dev.lanekit.bench.attention;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionKernels;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.blas.Blas;
import dev.lanekit.blas.BlasKernels;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Single-head softmax attention, Q = n × d, K = n × d, V = n × d, no mask: the three-pass baseline in
 * plain Java ({@code scalar}), over lanekit's Java {@code sgemm} ({@code sgemm}) and over the native
 * library's {@code cblas_sgemm} ({@code nativeBlas}), and lanekit's tiled
 * kernel, scalar ({@code scalarTiled}), SIMD on one thread ({@code simd}) and on two
 * ({@code simdTwoThreads}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AttentionBench {

    /** The sequence length of queries and keys. */
    @Param({"2048", "4096"})
    public int n;

    /** The head dimension of queries, keys and values. */
    @Param({"64", "128"})
    public int d;

    private float[] q;
    private float[] k;
    private float[] v;
    private float[] o;
    private float[] scores;
    private AttentionShape shape;
    private AttentionWorkspace workspace;
    private AttentionWorkspace twoSlots;
    private ExecutorService helper;

    /**
     * Counts 4·n²·d flops: two n × n × d products.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        double n = shape.n();
        double d = shape.dimension("d");
        return new Work(4 * n * n * d, 4.0 * Float.BYTES * n * d);
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public AttentionBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup(Level.Trial)
    public void setUp() {
        q = AttentionData.uniform((long) n * d, AttentionData.SEED);
        k = AttentionData.uniform((long) n * d, AttentionData.SEED + 1);
        v = AttentionData.uniform((long) n * d, AttentionData.SEED + 2);
        o = new float[n * d];
        scores = new float[n * n];
        shape = AttentionShape.single(n, n, d, d);
        workspace = AttentionWorkspace.forShape(shape, 1);
        twoSlots = AttentionWorkspace.forShape(shape, 2);
        helper = Executors.newSingleThreadExecutor();

        simd();
        AttentionData.check("simd", o, 0, q, 0, k, 0, v, 0, n, n, d, d);
        simdTwoThreads();
        AttentionData.check("simdTwoThreads", o, 0, q, 0, k, 0, v, 0, n, n, d, d);
        sgemm();
        AttentionData.check("sgemm", o, 0, q, 0, k, 0, v, 0, n, n, d, d);
        if (Blas.findNativeBlas().isPresent()) {
            nativeBlas();
            AttentionData.check("nativeBlas", o, 0, q, 0, k, 0, v, 0, n, n, d, d);
        }
        // The scalar variants take seconds per call at the larger sizes, so they are checked at the smallest.
        if (n * (long) d <= 2048 * 64) {
            scalar();
            AttentionData.check("scalar", o, 0, q, 0, k, 0, v, 0, n, n, d, d);
            scalarTiled();
            AttentionData.check("scalarTiled", o, 0, q, 0, k, 0, v, 0, n, n, d, d);
        }
    }

    /** Stops the helper threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        helper.shutdownNow();
    }

    /** {@return the result of the three-pass baseline in plain Java} */
    @Benchmark
    public float[] scalar() {
        ThreePassAttention.scalar(q, 0, k, 0, v, 0, o, 0, n, n, d, d, (float) (1 / Math.sqrt(d)), scores);
        return o;
    }

    /** {@return the result of lanekit's scalar tiled attention} */
    @Benchmark
    public float[] scalarTiled() {
        Attention.scalar().attention(shape, AttentionOptions.DEFAULT, q, 0, k, 0, v, 0, o, 0, null, 0, workspace, null);
        return o;
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float[] simd() {
        Simd.KERNELS.attention(shape, AttentionOptions.DEFAULT, q, 0, k, 0, v, 0, o, 0, null, 0, workspace, null);
        return o;
    }

    /** {@return the result of lanekit's SIMD kernel on two threads (the calling thread and one helper)} */
    @Benchmark
    public float[] simdTwoThreads() {
        Simd.KERNELS.attention(shape, AttentionOptions.DEFAULT, q, 0, k, 0, v, 0, o, 0, null, 0, twoSlots, helper);
        return o;
    }

    /** {@return the result of the three-pass baseline over lanekit's Java sgemm} */
    @Benchmark
    public float[] sgemm() {
        ThreePassAttention.blas(Blas.kernels(), q, 0, k, 0, v, 0, o, 0, n, n, d, d, (float) (1 / Math.sqrt(d)), scores);
        return o;
    }

    /** {@return the result of the three-pass baseline over the native library's cblas_sgemm} */
    @Benchmark
    public float[] nativeBlas() {
        ThreePassAttention.blas(Native.BLAS, q, 0, k, 0, v, 0, o, 0, n, n, d, d, (float) (1 / Math.sqrt(d)), scores);
        return o;
    }

    /** Loads the native library only in the forks that run it; fails there when none is installed. */
    private static final class Native {
        static final BlasKernels BLAS = Blas.nativeBlas();
    }

    /** Loads the SIMD kernels only in the forks that run them. */
    private static final class Simd {
        static final AttentionKernels KERNELS = Attention.simd();
    }
}
