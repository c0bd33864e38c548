package dev.lanekit.bench.blas;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.blas.Blas;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
 * {@code Blas.sdot}: lanekit's scalar and SIMD kernels on Java arrays, and the native library through
 * the FFM binding on Java arrays and on off-heap memory. At n = 16 the native figures are mostly the
 * cost of one downcall and of OpenBLAS's entry path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SdotBench {

    /** The vector length. */
    @Param({"16", "1024"})
    public int n;

    private float[] x;
    private float[] y;
    private MemorySegment offHeapX;
    private MemorySegment offHeapY;

    /**
     * n multiply-adds over 2n floats.
     *
     * @param shape the benchmark parameters of the run
     * @return the flops and bytes of one call
     */
    public static Work work(Shape shape) {
        return new Work(2.0 * shape.n(), 2.0 * Float.BYTES * shape.n());
    }

    /** Creates the state; JMH sets the parameters before {@link #setUp()}. */
    public SdotBench() {}

    /** Builds the inputs from a fixed seed and checks that the variants agree. */
    @Setup
    public void setUp() {
        x = BlasData.uniform(n, BlasData.SEED);
        y = BlasData.uniform(n, BlasData.SEED + 1);
        offHeapX = Arena.ofAuto().allocate((long) Float.BYTES * n, 64);
        offHeapY = Arena.ofAuto().allocate((long) Float.BYTES * n, 64);
        MemorySegment.copy(x, 0, offHeapX, ValueLayout.JAVA_FLOAT, 0, n);
        MemorySegment.copy(y, 0, offHeapY, ValueLayout.JAVA_FLOAT, 0, n);
        float expected = scalar();
        double bound = 2 * n * 0x1p-24 / (1 - n * 0x1p-24) * n;
        BlasData.requireClose("simd sdot", new float[] {expected}, new float[] {simd()}, bound);
        if (Blas.findNativeBlas().isPresent()) {
            BlasData.requireClose("nativeBlas sdot", new float[] {expected}, new float[] {nativeBlas()}, bound);
            BlasData.requireClose("nativeSegments sdot", new float[] {expected}, new float[] {nativeSegments()},
                    bound);
        }
    }

    /** {@return the result of lanekit's scalar kernel} */
    @Benchmark
    public float scalar() {
        return BlasData.Kernels.SCALAR.sdot(n, x, 0, 1, y, 0, 1);
    }

    /** {@return the result of lanekit's SIMD kernel} */
    @Benchmark
    public float simd() {
        return BlasData.Kernels.SIMD.sdot(n, x, 0, 1, y, 0, 1);
    }

    /** {@return the result of the native cblas library on heap arrays} */
    @Benchmark
    public float nativeBlas() {
        return BlasData.NativeHolder.BLAS.sdot(n, x, 0, 1, y, 0, 1);
    }

    /**
     * Calls the native library on off-heap memory, which needs no heap access in the downcall.
     *
     * @return the result of the native cblas library on off-heap segments
     */
    @Benchmark
    public float nativeSegments() {
        return BlasData.NativeHolder.BLAS.sdot(n, offHeapX, 0, 1, offHeapY, 0, 1);
    }
}
