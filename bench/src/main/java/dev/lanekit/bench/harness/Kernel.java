package dev.lanekit.bench.harness;

import java.util.List;
import java.util.Map;

/**
 * One benchmark class, described by the names {@code lanekit bench} uses.
 *
 * @param name the kernel name: the class name without {@code Bench}, in lower case ({@code DotBench} is {@code dot})
 * @param className the fully qualified benchmark class name
 * @param implementations the implementation names of its benchmark methods
 * @param params each {@code @Param} with its default values, in declaration order
 */
public record Kernel(String name, String className, List<String> implementations, Map<String, List<String>> params) {

    /** Copies the implementations and parameters. */
    public Kernel {
        implementations = List.copyOf(implementations);
        params = Map.copyOf(params);
    }

    /** {@return the default sizes: the values of the {@code n} parameter} */
    public List<String> defaultSizes() {
        return params.getOrDefault("n", List.of());
    }

    /**
     * {@return the capability: the last package segment of the class ({@code vector} for dev.lanekit.bench.vector)}
     *
     */
    public String capability() {
        String pkg = className.substring(0, className.lastIndexOf('.'));
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }
}
