package dev.lanekit.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.bench.report.BenchResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One real JMH run of the dot benchmarks at n = 16, in this JVM and with 20 ms iterations. */
class BenchRunnerSmokeTest {

    @Test
    void dotRunsEveryImplementation() throws Exception {
        // JMH refuses to start while another JMH run holds /tmp/jmh.lock; this run measures nothing, so it
        // may share the machine with a real benchmark.
        System.setProperty("jmh.ignoreLock", "true");
        Kernel dot = KernelCatalog.load().get("dot");
        BenchPlan plan = new BenchPlan(List.of(dot), List.of(), List.of("16"), 0, 0, 20, 1, 20, List.of(), List.of());
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        BenchRunner.Outcome outcome = BenchRunner.run(plan, new PrintStream(progress, true, StandardCharsets.UTF_8));

        String log = progress.toString(StandardCharsets.UTF_8);
        assertEquals(0, outcome.failed(), log);
        assertEquals(dot.implementations().size(), outcome.results().size(), log);
        for (BenchResult result : outcome.results()) {
            assertEquals("dot", result.kernel());
            assertEquals("n=16", result.shape());
            assertTrue(result.gflops() > 0, result.toString());
        }
    }
}
