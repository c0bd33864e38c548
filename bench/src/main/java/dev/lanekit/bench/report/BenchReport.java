package dev.lanekit.bench.report;

import java.util.List;
import java.util.Objects;

/**
 * A result file of {@code lanekit bench --json}, which {@code --compare} reads back: the machine and its results.
 *
 * @param machine the machine the results were measured on
 * @param results the results, one per kernel, shape and implementation
 */
public record BenchReport(Machine machine, List<BenchResult> results) {

    /** Copies the results. */
    public BenchReport {
        Objects.requireNonNull(machine, "machine");
        results = List.copyOf(results);
    }
}
