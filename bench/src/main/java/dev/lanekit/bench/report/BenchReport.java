package dev.lanekit.bench.report;

import java.util.List;
import java.util.Objects;

/**
 * A result file of {@code lanekit bench --json}, which {@code --compare} reads back: the machine and its results.
 */
public record BenchReport(Machine machine, List<BenchResult> results) {

    public BenchReport {
        Objects.requireNonNull(machine, "machine");
        results = List.copyOf(results);
    }
}
