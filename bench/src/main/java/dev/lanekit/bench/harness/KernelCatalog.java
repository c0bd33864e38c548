package dev.lanekit.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * The kernels that can be benchmarked, read from the list JMH's annotation processor writes
 * ({@code META-INF/BenchmarkList}). A class named {@code <Kernel>Bench} is the kernel {@code <kernel>};
 * its method names are the implementations, except {@code nativeBlas}, which is shown as {@code native}.
 */
public final class KernelCatalog {

    private static final String SUFFIX = "Bench";
    /** The resource JMH's annotation processor writes, one line per benchmark method. */
    private static final String BENCHMARK_LIST = "/META-INF/BenchmarkList";

    private final Map<String, Kernel> kernels;

    KernelCatalog(Collection<BenchmarkListEntry> entries) {
        Map<String, String> classByName = new TreeMap<>();
        Map<String, List<String>> implementationsByClass = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> paramsByClass = new LinkedHashMap<>();
        for (BenchmarkListEntry entry : entries) {
            String className = entry.getUserClassQName();
            String simpleName = className.substring(className.lastIndexOf('.') + 1);
            if (!simpleName.endsWith(SUFFIX) || simpleName.length() == SUFFIX.length()) {
                continue;
            }
            String kernel = simpleName.substring(0, simpleName.length() - SUFFIX.length()).toLowerCase(Locale.ROOT);
            String previous = classByName.putIfAbsent(kernel, className);
            if (previous != null && !previous.equals(className)) {
                throw new IllegalStateException("two benchmark classes share the kernel name '" + kernel + "': "
                        + previous + " and " + className + "; rename one of them");
            }
            String method = entry.getUsername().substring(className.length() + 1);
            List<String> implementations = implementationsByClass.computeIfAbsent(className, c -> new ArrayList<>());
            String implementation = implementationName(method);
            if (!implementations.contains(implementation)) {
                implementations.add(implementation);
            }
            Map<String, List<String>> params = new LinkedHashMap<>();
            if (entry.getParams().hasValue()) {
                entry.getParams().get().forEach((name, values) -> params.put(name, Arrays.asList(values)));
            }
            paramsByClass.putIfAbsent(className, params);
        }
        Map<String, Kernel> byName = new LinkedHashMap<>();
        classByName.forEach((name, className) -> byName.put(name,
                new Kernel(name, className, implementationsByClass.get(className), paramsByClass.get(className))));
        this.kernels = byName;
    }

    /** {@return the catalog of the benchmarks compiled into this class path} */
    public static KernelCatalog load() {
        try (InputStream list = KernelCatalog.class.getResourceAsStream(BENCHMARK_LIST)) {
            if (list == null) {
                return new KernelCatalog(List.of());
            }
            return new KernelCatalog(BenchmarkList.readBenchmarkList(list));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BENCHMARK_LIST, e);
        }
    }

    /**
     * {@return the implementation name of a benchmark method: its name, or {@code native} for {@code nativeBlas}}
     *
     * @param method the benchmark method name
     */
    public static String implementationName(String method) {
        return method.equals("nativeBlas") ? "native" : method;
    }

    /**
     * {@return the benchmark method name of an implementation: {@code nativeBlas} for {@code native}, else the name}
     *
     * @param implementation the implementation name
     */
    public static String methodName(String implementation) {
        return implementation.equals("native") ? "nativeBlas" : implementation;
    }

    /** {@return every kernel, sorted by name} */
    public Collection<Kernel> all() {
        return kernels.values();
    }

    /** {@return the kernel names, sorted} */
    public List<String> names() {
        return List.copyOf(kernels.keySet());
    }

    /**
     * {@return the kernel called {@code name}}
     *
     * @param name the kernel name, as {@code lanekit bench --kernel} takes it
     * @throws IllegalArgumentException when there is no such kernel, listing the known names
     */
    public Kernel get(String name) {
        Kernel kernel = kernels.get(name.toLowerCase(Locale.ROOT));
        if (kernel == null) {
            throw new IllegalArgumentException("unknown kernel '" + name + "'; known kernels: "
                    + String.join(", ", kernels.keySet()));
        }
        return kernel;
    }
}
