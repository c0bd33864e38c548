package dev.lanekit.bench.inversion;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.internal.Species;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The float FMA peak of one core, the roofline that the inversion search's GFLOP/s are compared with.
 * Twelve independent FMA chains run on registers, at the species width of the kernels, with no loads or
 * stores in the loop. That is more chains than FMA latency × FMA pipes on current x86 cores (4 cycles × 2
 * pipes), so the pipes limit the rate, not the chains. One JMH operation is one vector FMA instruction, so FLOP/s is the
 * score × 2 × the lane count (16 floats at 512 bits); run with {@code -t 2} for two cores at once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class FmaPeakBench {

    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int CHAINS = 12;
    private static final int ITERATIONS = 1 << 16;

    private final float multiplier = 0.999_999f;
    private final float addend = 1e-7f;

    /**
     * Declares the work of one operation, a vector FMA: two flops per lane.
     *
     * @param shape the benchmark parameters of the run (none)
     * @return the flops of one vector FMA at the kernels' species width, and no bytes
     */
    public static Work work(Shape shape) {
        return new Work(2.0 * F.length(), 0);
    }

    /** Creates the benchmark state; JMH calls it. */
    public FmaPeakBench() {}

    /** {@return the sum of the chains, so that the JIT cannot drop them} */
    @Benchmark
    @OperationsPerInvocation(CHAINS * ITERATIONS)
    public float simd() {
        // A chain converges to addend / (1 − multiplier) = 0.1, so it never overflows or turns subnormal.
        FloatVector b = FloatVector.broadcast(F, multiplier);
        FloatVector c = FloatVector.broadcast(F, addend);
        FloatVector a0 = FloatVector.broadcast(F, 0.01f);
        FloatVector a1 = FloatVector.broadcast(F, 0.02f);
        FloatVector a2 = FloatVector.broadcast(F, 0.03f);
        FloatVector a3 = FloatVector.broadcast(F, 0.04f);
        FloatVector a4 = FloatVector.broadcast(F, 0.05f);
        FloatVector a5 = FloatVector.broadcast(F, 0.06f);
        FloatVector a6 = FloatVector.broadcast(F, 0.07f);
        FloatVector a7 = FloatVector.broadcast(F, 0.08f);
        FloatVector a8 = FloatVector.broadcast(F, 0.09f);
        FloatVector a9 = FloatVector.broadcast(F, 0.10f);
        FloatVector a10 = FloatVector.broadcast(F, 0.11f);
        FloatVector a11 = FloatVector.broadcast(F, 0.12f);

        for (int i = 0; i < ITERATIONS; i++) {
            a0 = a0.fma(b, c);
            a1 = a1.fma(b, c);
            a2 = a2.fma(b, c);
            a3 = a3.fma(b, c);
            a4 = a4.fma(b, c);
            a5 = a5.fma(b, c);
            a6 = a6.fma(b, c);
            a7 = a7.fma(b, c);
            a8 = a8.fma(b, c);
            a9 = a9.fma(b, c);
            a10 = a10.fma(b, c);
            a11 = a11.fma(b, c);
        }

        FloatVector sum = a0.add(a1).add(a2.add(a3)).add(a4.add(a5).add(a6.add(a7))).add(a8.add(a9).add(a10.add(a11)));
        return sum.reduceLanes(VectorOperators.ADD);
    }
}
