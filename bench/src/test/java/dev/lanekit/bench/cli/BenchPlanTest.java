package dev.lanekit.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.bench.harness.BenchPlan;
import dev.lanekit.bench.harness.Kernel;
import dev.lanekit.bench.harness.KernelCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchPlanTest {

    private static BenchPlan plan(String... args) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(args);
        return command.plan(KernelCatalog.load());
    }

    @Test
    void quickRunsDotAtDefaultSize() {
        BenchPlan plan = plan("--quick");

        assertTrue(plan.kernels().stream().map(Kernel::name).toList().contains("dot"));
        assertEquals(List.of("4096"), plan.sizes());
        assertEquals(1, plan.forks());
        assertTrue(plan.warmupIterations() * plan.warmupMillis() >= 1000, "at least one second of warm-up");
    }

    @Test
    void quickKeepsNamedKernelsAndSizes() {
        BenchPlan plan = plan("--quick", "--kernel", "dot", "--size", "16", "--size", "65536");

        assertEquals(List.of("dot"), plan.kernels().stream().map(Kernel::name).toList());
        assertEquals(List.of("16", "65536"), plan.sizes());
    }

    @Test
    void defaultRunsEveryKernelAtItsSizes() {
        BenchPlan plan = plan();

        assertEquals(KernelCatalog.load().names().size(), plan.kernels().size());
        assertTrue(plan.sizes().isEmpty());
        assertEquals(5, plan.iterations());
    }

    @Test
    void timingOptionsApply() {
        BenchPlan plan = plan("-k", "dot", "--forks", "2", "-wi", "1", "-i", "4", "--time", "250", "--prof", "gc");

        assertEquals(2, plan.forks());
        assertEquals(1, plan.warmupIterations());
        assertEquals(4, plan.iterations());
        assertEquals(250, plan.iterationMillis());
        assertEquals(List.of("gc"), plan.profilers());
    }

    @Test
    void implementationFilterApplies() {
        assertEquals(List.of("simd", "sumBoth"), plan("-k", "dot", "-m", "simd", "-m", "sumBoth").implementations());
    }

    @Test
    void kernelNameIgnoresCase() {
        assertEquals("dot", plan("-k", "DOT").kernels().get(0).name());
    }
}
