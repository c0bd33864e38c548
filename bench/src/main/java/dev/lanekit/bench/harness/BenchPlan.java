package dev.lanekit.bench.harness;

import java.util.List;

/**
 * A benchmark run for {@link BenchRunner}: the kernels, sizes and timing.
 *
 * @param kernels the kernels to run
 * @param implementations implementation names to run; empty runs every implementation of each kernel
 * @param sizes values of the {@code n} parameter; empty runs each kernel's default sizes
 * @param forks JVM forks per benchmark; 0 runs in this JVM (for tests only: results are less reliable)
 * @param warmupIterations warm-up iterations per fork
 * @param warmupMillis length of one warm-up iteration in milliseconds
 * @param iterations measured iterations per fork
 * @param iterationMillis length of one measured iteration in milliseconds
 * @param profilers JMH profiler names, for example {@code gc}
 * @param jvmArgs extra arguments for the forked JVMs
 */
public record BenchPlan(
        List<Kernel> kernels,
        List<String> implementations,
        List<String> sizes,
        int forks,
        int warmupIterations,
        long warmupMillis,
        int iterations,
        long iterationMillis,
        List<String> profilers,
        List<String> jvmArgs) {

    /** Copies the lists and validates the counts. */
    public BenchPlan {
        kernels = List.copyOf(kernels);
        implementations = List.copyOf(implementations);
        sizes = List.copyOf(sizes);
        profilers = List.copyOf(profilers);
        jvmArgs = List.copyOf(jvmArgs);
        if (kernels.isEmpty()) {
            throw new IllegalArgumentException("no kernel to run");
        }
        if (forks < 0 || warmupIterations < 0 || iterations < 1 || warmupMillis < 1 || iterationMillis < 1) {
            throw new IllegalArgumentException("forks = " + forks + ", warm-up iterations = " + warmupIterations
                    + ", iterations = " + iterations + ", warm-up ms = " + warmupMillis + ", iteration ms = "
                    + iterationMillis + ": forks and warm-up iterations must be >= 0, the rest >= 1");
        }
    }
}
