package dev.lanekit.bench.blas;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import dev.lanekit.blas.Blas;
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
 * {@code Blas.sdot} on Java arrays: lanekit's scalar and SIMD kernels and the native library through the
 * FFM binding. At n = 16 the native figure is mostly the cost of one critical downcall.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SdotBench {

    @Param({"16", "1024"})
    public int n;

    private float[] x;
    private float[] y;

    /** n multiply-adds over 2n floats. */
    public static Work work(Shape shape) {
        return new Work(2.0 * shape.n(), 2.0 * Float.BYTES * shape.n());
    }

    @Setup
    public void setUp() {
        x = BlasData.uniform(n, BlasData.SEED);
        y = BlasData.uniform(n, BlasData.SEED + 1);
        float expected = scalar();
        double bound = 2 * n * 0x1p-24 / (1 - n * 0x1p-24) * n;
        BlasData.requireClose("simd sdot", new float[] {expected}, new float[] {simd()}, bound);
        if (Blas.findNativeBlas().isPresent()) {
            BlasData.requireClose("nativeBlas sdot", new float[] {expected}, new float[] {nativeBlas()}, bound);
        }
    }

    @Benchmark
    public float scalar() {
        return BlasData.Kernels.SCALAR.sdot(n, x, 0, 1, y, 0, 1);
    }

    @Benchmark
    public float simd() {
        return BlasData.Kernels.SIMD.sdot(n, x, 0, 1, y, 0, 1);
    }

    @Benchmark
    public float nativeBlas() {
        return BlasData.NativeHolder.BLAS.sdot(n, x, 0, 1, y, 0, 1);
    }
}
