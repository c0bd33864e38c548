package dev.lanekit.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Speedups over the scalar implementation, and the order results are shown in. */
public final class Speedups {

    private Speedups() {}

    /**
     * Returns, for each result, the scalar time of its kernel and shape divided by its own time, or NaN
     * when that group has no scalar result. Only results of the same run should be compared this way.
     *
     * @param results the results of one run
     * @return the speedup of each result over scalar, or NaN
     */
    public static Map<BenchResult, Double> overScalar(List<BenchResult> results) {
        Map<String, Double> scalarNs = new HashMap<>();
        for (BenchResult result : results) {
            if (result.implementation().equals(BenchResult.SCALAR)) {
                scalarNs.put(result.groupKey(), result.nsPerOp());
            }
        }
        Map<BenchResult, Double> speedups = new LinkedHashMap<>();
        for (BenchResult result : results) {
            Double scalar = scalarNs.get(result.groupKey());
            speedups.put(result, scalar == null ? Double.NaN : scalar / result.nsPerOp());
        }
        return speedups;
    }

    /**
     * {@return the results sorted for display: kernels in order of first appearance, then by size and
     * shape, then {@code scalar}, {@code simd}, {@code native} and the peers in alphabetical order}
     *
     * @param results the results of one run
     */
    public static List<BenchResult> displayOrder(List<BenchResult> results) {
        Map<String, Integer> kernelOrder = new HashMap<>();
        for (BenchResult result : results) {
            kernelOrder.putIfAbsent(result.kernel(), kernelOrder.size());
        }
        List<BenchResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.<BenchResult>comparingInt(r -> kernelOrder.get(r.kernel()))
                .thenComparingLong(BenchResult::size)
                .thenComparing(BenchResult::shape)
                .thenComparingInt(r -> implementationRank(r.implementation()))
                .thenComparing(BenchResult::implementation));
        return sorted;
    }

    private static int implementationRank(String implementation) {
        return switch (implementation) {
            case BenchResult.SCALAR -> 0;
            case "simd" -> 1;
            case "native" -> 2;
            default -> 3;
        };
    }
}
