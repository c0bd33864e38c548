import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Splits the cost of a short cblas_sdot call through FFM into the downcall itself and the time spent
 * inside OpenBLAS. It times, in one JVM, libc's abs as the bare downcall (plain and critical), and
 * cblas_sdot on Java arrays (critical) and on off-heap memory (plain and critical).
 *
 * <p>Run with JDK 25 (single-file source launcher):
 * {@code java --enable-native-access=ALL-UNNAMED bench/scripts/NativeCallProbe.java [library]},
 * default library {@code libopenblas.so.0}. A nanoTime loop, not JMH: read the last rounds, after warm-up.
 */
public class NativeCallProbe {

    private static final int N = 16;
    private static final int CALLS = 20_000_000;

    public static void main(String[] args) throws Throwable {
        String library = args.length > 0 ? args[0] : "libopenblas.so.0";
        Linker linker = Linker.nativeLinker();
        SymbolLookup blas = SymbolLookup.libraryLookup(library, Arena.global());
        FunctionDescriptor sdotDescriptor = FunctionDescriptor.of(ValueLayout.JAVA_FLOAT, ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT);
        MethodHandle sdotCritical = linker.downcallHandle(blas.find("cblas_sdot").orElseThrow(), sdotDescriptor,
                Linker.Option.critical(true));
        MethodHandle sdot = linker.downcallHandle(blas.find("cblas_sdot").orElseThrow(), sdotDescriptor);
        MethodHandle abs = linker.downcallHandle(linker.defaultLookup().find("abs").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        MethodHandle absCritical = linker.downcallHandle(linker.defaultLookup().find("abs").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), Linker.Option.critical(false));

        float[] x = new float[N];
        float[] y = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = i;
            y[i] = N - i;
        }
        MemorySegment offHeapX = Arena.global().allocate(4L * N, 64);
        MemorySegment offHeapY = Arena.global().allocate(4L * N, 64);
        MemorySegment.copy(x, 0, offHeapX, ValueLayout.JAVA_FLOAT, 0, N);
        MemorySegment.copy(y, 0, offHeapY, ValueLayout.JAVA_FLOAT, 0, N);

        for (int round = 1; round <= 5; round++) {
            float sink = 0;
            long start = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += (float) sdotCritical.invokeExact(N, MemorySegment.ofArray(x), 1, MemorySegment.ofArray(y), 1);
            }
            long heapDone = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += (float) sdot.invokeExact(N, offHeapX, 1, offHeapY, 1);
            }
            long offHeapDone = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += (float) sdotCritical.invokeExact(N, offHeapX, 1, offHeapY, 1);
            }
            long criticalOffHeapDone = System.nanoTime();
            int intSink = 0;
            for (int i = 0; i < CALLS; i++) {
                intSink += (int) abs.invokeExact(i);
            }
            long absDone = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                intSink += (int) absCritical.invokeExact(i);
            }
            long absCriticalDone = System.nanoTime();
            System.out.printf("round %d, n = %d: cblas_sdot critical on arrays %.1f ns, plain on off-heap %.1f ns,"
                    + " critical on off-heap %.1f ns; abs() plain %.1f ns, critical %.1f ns (sinks %s %d)%n", round, N,
                    (heapDone - start) / (double) CALLS, (offHeapDone - heapDone) / (double) CALLS,
                    (criticalOffHeapDone - offHeapDone) / (double) CALLS,
                    (absDone - criticalOffHeapDone) / (double) CALLS, (absCriticalDone - absDone) / (double) CALLS,
                    sink, intSink);
        }
    }
}
