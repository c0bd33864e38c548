package dev.lanekit.bench.taylor;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionKernels;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.proofs.taylor.AttentionCase;
import dev.lanekit.proofs.taylor.TaylorReference;
import dev.lanekit.provider.Implementation;
import dev.lanekit.taylor.TaylorAttention;
import java.util.Random;
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
 * Taylor attention of order p against exact softmax attention, one head, d = dv, on one thread.
 * {@code taylor} is the linear-time kernel with the SIMD implementation; {@code exact} is the SIMD tiled
 * softmax attention of {@code dev.lanekit.attention}, on one thread with a reused workspace. The crossover n of a (d, p) pair is where the two times meet.
 *
 * <p>Inputs: q, k, v uniform in [−1, 1] with q and k scaled so that max|q·k|/√d is about 1, fixed seed.
 * The full parameter grid is large (exact attention at n = 65536 takes minutes), so runs pick subsets
 * with {@code -p}; bench/RESULTS.md gives the commands.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TaylorBench {

    @Param({"256", "1024", "4096", "16384", "65536"})
    int n;

    @Param({"16", "32", "64"})
    int d;

    @Param({"1", "2", "3"})
    int p;

    @Param({"false", "true"})
    boolean causal;

    private float[] q;
    private float[] k;
    private float[] v;
    private float[] out;
    private TaylorAttention taylor;
    private AttentionKernels exact;
    private AttentionShape shape;
    private AttentionOptions options;
    private AttentionWorkspace workspace;

    /**
     * Returns the nominal work of one call: the flops of exact attention, 2·n²·(d + dv) with dv = d, half
     * of that when causal, so the GFLOP/s shown for {@code taylor} is an effective rate. Bytes: q, k and v
     * read and the output written, once each.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        double n = shape.n();
        double d = shape.dimension("d");
        boolean causal = Boolean.parseBoolean(shape.params().get("causal"));
        double flops = 2 * n * n * (2 * d) * (causal ? 0.5 : 1);
        return new Work(flops, 4.0 * Float.BYTES * n * d);
    }

    /** Creates the state; JMH sets the parameters before {@link #setup()}. */
    public TaylorBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setup() {
        Random random = new Random(20261204L + 31L * n + d + 7L * p);
        int sample = Math.min(n, 4096);
        AttentionCase data = AttentionCase.random(random, sample, 1, d, d, 1.0, 0);
        q = repeat(data.q(), sample, d, n);
        k = repeat(data.k(), sample, d, n);
        v = repeat(data.v(), sample, d, n);
        out = new float[n * d];
        taylor = TaylorAttention.create(1, d, d, p, TaylorAttention.DEFAULT_CHUNK, 1L << 30, Implementation.SIMD);
        exact = Attention.simd();
        shape = AttentionShape.single(n, n, d, d);
        options = AttentionOptions.DEFAULT.withCausal(causal);
        workspace = new AttentionWorkspace(d, d, 1);
        checkAgreement(random);
    }

    /**
     * Fails the run when the kernels disagree with the double references on a small case of the same shape:
     * SIMD Taylor against the truncated kernel, exact against softmax.
     */
    private void checkAgreement(Random random) {
        int small = 200;
        AttentionCase c = AttentionCase.random(random, small, 1, d, d, 1.0, 0);
        TaylorReference.Rows rows = TaylorReference.truncated(c, p, causal);
        double[] softmax = TaylorReference.softmax(c, causal);
        float[] got = new float[small * d];
        // Only the SIMD implementation runs in this JVM: one that runs both through TaylorAttention can leave
        // its call sites bimorphic, which was measured to cost allocation on the SIMD path.
        taylor.attention(c.q(), c.k(), c.v(), null, small, causal, got);
        for (int i = 0; i < small; i++) {
            for (int col = 0; col < d; col++) {
                double expected = rows.out()[i * d + col];
                double tolerance = TaylorReference.tolerance(rows, i, expected, taylor.dimension(), small, d, p);
                if (Math.abs(got[i * d + col] - expected) > tolerance) {
                    throw new IllegalStateException("Taylor attention disagrees with the truncated reference at row "
                            + i + ": " + got[i * d + col] + " vs " + expected);
                }
            }
        }
        Attention.simd().attention(AttentionShape.single(small, small, d, d), AttentionOptions.DEFAULT.withCausal(causal),
                c.q(), 0, c.k(), 0, c.v(), 0, got, 0, null, 0, null, null);
        for (int i = 0; i < small * d; i++) {
            if (Math.abs(got[i] - softmax[i]) > 1e-4) {
                throw new IllegalStateException("exact attention disagrees with softmax in double at element " + i
                        + ": " + got[i] + " vs " + softmax[i]);
            }
        }
    }

    private static float[] repeat(float[] x, int rows, int width, int n) {
        float[] result = new float[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, (i % rows) * width, result, i * width, width);
        }
        return result;
    }

    /** {@return the result of lanekit's Taylor attention} */
    @Benchmark
    public float[] taylor() {
        taylor.attention(q, k, v, null, n, causal, out);
        return out;
    }

    /** {@return the result of lanekit's exact SIMD attention} */
    @Benchmark
    public float[] exact() {
        exact.attention(shape, options, q, 0, k, 0, v, 0, out, 0, null, 0, workspace, null);
        return out;
    }
}
