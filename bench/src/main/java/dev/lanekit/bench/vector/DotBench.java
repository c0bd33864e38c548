package dev.lanekit.bench.vector;

import dev.lanekit.bench.Agreement;
import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.apache.lucene.util.VectorUtil;
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
 * Float dot product: lanekit's scalar and SIMD kernels, netlib's VectorBLAS {@code sdot}, Lucene's
 * {@code VectorUtil.dotProduct}, and {@code sumBoth}, a Vector API sum of both arrays that reads the same
 * bytes as a dot product and so is the floor a memory-bound dot product cannot beat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DotBench {

    private static final VectorKernels SCALAR = Vectors.scalar();
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    /** The vector length. */
    @Param({"16", "1024", "4096", "65536", "16777216"})
    public int n;

    private float[] a;
    private float[] b;

    /**
     * {@return the work per call: reads 2n floats and does n multiply-adds}
     *
     * @param shape the benchmark parameters of the run
     */
    public static Work work(Shape shape) {
        return new Work(2.0 * shape.n(), 2.0 * Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public DotBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        a = VectorData.uniform(n, VectorData.SEED);
        b = VectorData.uniform(n, VectorData.SEED + 1);

        double reference = 0;
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            reference += (double) a[i] * b[i];
            magnitude += Math.abs((double) a[i] * b[i]);
        }
        // Each float kernel is within γₙ·Σ|aᵢbᵢ| of the exact dot product, which the double sum approximates
        // far more closely than that.
        double bound = Agreement.gamma(n, Agreement.FLOAT_UNIT_ROUNDOFF) * magnitude;
        Agreement.check("scalar dot", scalar(), reference, bound);
        Agreement.check("simd dot", simd(), reference, bound);
        Agreement.check("netlib sdot", netlib(), reference, bound);
        Peers.requireLucenePanama();
        Agreement.check("lucene dotProduct", lucene(), reference, bound);
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float scalar() {
        return SCALAR.dot(a, 0, b, 0, n);
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float simd() {
        return SimdKernels.INSTANCE.dot(a, 0, b, 0, n);
    }

    /** {@return the result of netlib's VectorBLAS} */
    @Benchmark
    public float netlib() {
        return Peers.Netlib.BLAS.sdot(n, a, 1, b, 1);
    }

    /** {@return the result of Lucene's VectorUtil} */
    @Benchmark
    public float lucene() {
        return VectorUtil.dotProduct(a, b);
    }

    /**
     * Σ(aᵢ + bᵢ): the same bytes read as a dot product, with four accumulators so that it is never compute-bound.
     *
     * @return the sum of both arrays
     */
    @Benchmark
    public float sumBoth() {
        int lanes = SPECIES.length();
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = FloatVector.zero(SPECIES);
        FloatVector acc2 = FloatVector.zero(SPECIES);
        FloatVector acc3 = FloatVector.zero(SPECIES);
        int i = 0;
        for (int bound = n - 4 * lanes; i <= bound; i += 4 * lanes) {
            acc0 = acc0.add(FloatVector.fromArray(SPECIES, a, i)).add(FloatVector.fromArray(SPECIES, b, i));
            acc1 = acc1.add(FloatVector.fromArray(SPECIES, a, i + lanes)).add(FloatVector.fromArray(SPECIES, b, i + lanes));
            acc2 = acc2.add(FloatVector.fromArray(SPECIES, a, i + 2 * lanes))
                    .add(FloatVector.fromArray(SPECIES, b, i + 2 * lanes));
            acc3 = acc3.add(FloatVector.fromArray(SPECIES, a, i + 3 * lanes))
                    .add(FloatVector.fromArray(SPECIES, b, i + 3 * lanes));
        }
        float sum = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum += a[i] + b[i];
        }
        return sum;
    }
}
