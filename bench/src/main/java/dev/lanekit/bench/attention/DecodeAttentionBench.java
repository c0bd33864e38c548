package dev.lanekit.bench.attention;

import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.attention.KvCache;
import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
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
 * One decoding step of Llama-style grouped-query attention: one new query row per head against a
 * key/value cache of n rows (32 query heads sharing 8 key/value heads of 128 by default). {@code simd}
 * and {@code simdTwoThreads} run lanekit's {@link KvCache}; {@code scalar} the three-pass baseline head
 * by head over the same rows. The step is bound by reading the cache once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecodeAttentionBench {

    /** The number of cached key and value rows. */
    @Param({"4096"})
    public int n;

    /** The number of query heads. */
    @Param({"32"})
    public int heads;

    /** The number of key and value heads, a divisor of {@code heads}. */
    @Param({"8"})
    public int kvHeads;

    /** The head dimension of queries, keys and values. */
    @Param({"128"})
    public int d;

    private float[] q;
    private float[] k;
    private float[] v;
    private float[] o;
    private float[] scores;
    private KvCache cache;
    private AttentionWorkspace workspace;
    private AttentionWorkspace twoSlots;
    private ExecutorService helper;

    /**
     * Counts 4·n·d flops per query head and the bytes of the whole cache.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        double n = shape.n();
        double d = shape.dimension("d");
        return new Work(4 * shape.dimension("heads") * n * d, 2.0 * Float.BYTES * shape.dimension("kvHeads") * n * d);
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public DecodeAttentionBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup(Level.Trial)
    public void setUp() {
        q = AttentionData.uniform((long) heads * d, AttentionData.SEED);
        k = AttentionData.uniform((long) kvHeads * n * d, AttentionData.SEED + 1);
        v = AttentionData.uniform((long) kvHeads * n * d, AttentionData.SEED + 2);
        o = new float[heads * d];
        scores = new float[n];
        cache = new KvCache(kvHeads, d, d, n);
        cache.append(k, 0, v, 0, n);
        workspace = new AttentionWorkspace(d, d, 1);
        twoSlots = new AttentionWorkspace(d, d, 2);
        helper = Executors.newSingleThreadExecutor();

        int group = heads / kvHeads;
        for (Runnable variant : new Runnable[] {this::simd, this::simdTwoThreads, this::scalar}) {
            variant.run();
            for (int h : new int[] {0, heads - 1}) {
                int g = h / group;
                double[] want = ThreePassAttention.referenceRow(q, h * d, k, g * n * d, v, g * n * d, 0, n, d, d,
                        1 / Math.sqrt(d));
                for (int c = 0; c < d; c++) {
                    dev.lanekit.bench.Agreement.check("decode head " + h + " column " + c, o[h * d + c], want[c], 1e-4);
                }
            }
        }
    }

    /** Stops the helper threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        helper.shutdownNow();
    }

    /** {@return the result of lanekit's KvCache on the calling thread} */
    @Benchmark
    public float[] simd() {
        cache.attend(heads, q, 0, 1, o, 0, null, 0, AttentionOptions.DEFAULT, workspace, null);
        return o;
    }

    /** {@return the result of lanekit's KvCache on two threads} */
    @Benchmark
    public float[] simdTwoThreads() {
        cache.attend(heads, q, 0, 1, o, 0, null, 0, AttentionOptions.DEFAULT, twoSlots, helper);
        return o;
    }

    /** {@return the result of the three-pass baseline head by head} */
    @Benchmark
    public float[] scalar() {
        float scale = (float) (1 / Math.sqrt(d));
        int group = heads / kvHeads;
        for (int h = 0; h < heads; h++) {
            int g = h / group;
            ThreePassAttention.scalar(q, h * d, k, g * n * d, v, g * n * d, o, h * d, 1, n, d, d, scale, scores);
        }
        return o;
    }
}
