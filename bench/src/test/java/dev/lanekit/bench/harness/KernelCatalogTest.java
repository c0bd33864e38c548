package dev.lanekit.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelCatalogTest {

    @Test
    void dotBenchIsKernelDot() {
        Kernel dot = KernelCatalog.load().get("dot");

        assertEquals("dev.lanekit.bench.vector.DotBench", dot.className());
        assertEquals("vector", dot.capability());
        assertTrue(dot.implementations().containsAll(List.of("scalar", "simd", "netlib", "lucene")));
        assertEquals(List.of("16", "1024", "4096", "65536", "16777216"), dot.defaultSizes());
    }

    @Test
    void unknownKernelListsKnownOnes() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> KernelCatalog.load().get("nope"));

        assertTrue(error.getMessage().contains("dot"), error.getMessage());
    }

    @Test
    void nativeBlasShowsAsNative() {
        assertEquals("native", KernelCatalog.implementationName("nativeBlas"));
        assertEquals("lucene", KernelCatalog.implementationName("lucene"));
    }

    @Test
    void everyKernelDeclaresItsWork() {
        for (Kernel kernel : KernelCatalog.load().all()) {
            Map<String, String> params = new java.util.LinkedHashMap<>();
            kernel.params().forEach((name, values) -> params.put(name, values.get(0)));

            Work work = WorkModel.of(kernel.className(), new Shape(params)).orElse(null);

            assertTrue(work != null, kernel.className() + " has no public static Work work(Shape)");
        }
    }

    @Test
    void forkArgumentsCarryVectorModule() {
        List<String> args = BenchRunner.forkArguments(List.of("-Xmx1g"));

        assertTrue(args.containsAll(BenchRunner.FORK_FLAGS), args.toString());
        assertEquals("-Xmx1g", args.get(args.size() - 1));
    }
}
