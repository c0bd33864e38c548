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
 * Multi-head and grouped-query prefill at model shapes, no mask, sequence length n for queries and
 * keys. The defaults are BERT-base (12 heads of 64); Llama-style grouped-query prefill is
 * {@code -p n=2048 -p heads=32 -p kvHeads=8 -p d=128}. Baselines run the three-pass algorithm head by
 * head: in plain Java ({@code scalar}), over lanekit's Java {@code sgemm} ({@code sgemm}), or over
 * the native library's {@code cblas_sgemm} ({@code nativeBlas}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MultiHeadAttentionBench {

    /** The sequence length of queries and keys. */
    @Param({"512"})
    public int n;

    /** The number of query heads. */
    @Param({"12"})
    public int heads;

    /** The number of key and value heads, a divisor of {@code heads}. */
    @Param({"12"})
    public int kvHeads;

    /** The head dimension of queries, keys and values. */
    @Param({"64"})
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
     * Counts 4·n²·d flops per query head.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        double n = shape.n();
        double d = shape.dimension("d");
        double heads = shape.dimension("heads");
        double kvHeads = shape.dimension("kvHeads");
        return new Work(4 * heads * n * n * d, Float.BYTES * n * d * (2 * heads + 2 * kvHeads));
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public MultiHeadAttentionBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup(Level.Trial)
    public void setUp() {
        shape = new AttentionShape(1, heads, kvHeads, n, n, d, d);
        q = AttentionData.uniform(shape.queryElements(), AttentionData.SEED);
        k = AttentionData.uniform(shape.keyElements(), AttentionData.SEED + 1);
        v = AttentionData.uniform(shape.valueElements(), AttentionData.SEED + 2);
        o = new float[(int) shape.outputElements()];
        scores = new float[n * n];
        workspace = AttentionWorkspace.forShape(shape, 1);
        twoSlots = AttentionWorkspace.forShape(shape, 2);
        helper = Executors.newSingleThreadExecutor();

        simd();
        checkLastHead("simd");
        simdTwoThreads();
        checkLastHead("simdTwoThreads");
        sgemm();
        checkLastHead("sgemm");
        if (Blas.findNativeBlas().isPresent()) {
            nativeBlas();
            checkLastHead("nativeBlas");
        }
        // The plain-Java baseline needs about a minute per call at Llama prefill size; check it below that.
        if ((double) heads * n * n * d <= 1e9) {
            scalar();
            checkLastHead("scalar");
        }
    }

    private void checkLastHead(String what) {
        int h = heads - 1;
        int g = h / (heads / kvHeads);
        AttentionData.check(what + " head " + h, o, h * n * d, q, h * n * d, k, g * n * d, v, g * n * d, n, n, d, d);
    }

    /** Stops the helper threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        helper.shutdownNow();
    }

    /** {@return the result of the three-pass baseline in plain Java, head by head} */
    @Benchmark
    public float[] scalar() {
        float scale = (float) (1 / Math.sqrt(d));
        for (int h = 0; h < heads; h++) {
            int g = h / (heads / kvHeads);
            ThreePassAttention.scalar(q, h * n * d, k, g * n * d, v, g * n * d, o, h * n * d, n, n, d, d, scale, scores);
        }
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

    /** {@return the result of the three-pass baseline over lanekit's Java sgemm, head by head} */
    @Benchmark
    public float[] sgemm() {
        float scale = (float) (1 / Math.sqrt(d));
        for (int h = 0; h < heads; h++) {
            int g = h / (heads / kvHeads);
            ThreePassAttention.blas(Blas.kernels(), q, h * n * d, k, g * n * d, v, g * n * d, o, h * n * d, n, n, d, d,
                    scale, scores);
        }
        return o;
    }

    /** {@return the result of the three-pass baseline over the native library's cblas_sgemm, head by head} */
    @Benchmark
    public float[] nativeBlas() {
        float scale = (float) (1 / Math.sqrt(d));
        for (int h = 0; h < heads; h++) {
            int g = h / (heads / kvHeads);
            ThreePassAttention.blas(Native.BLAS, q, h * n * d, k, g * n * d, v, g * n * d, o, h * n * d, n, n, d, d,
                    scale, scores);
        }
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
