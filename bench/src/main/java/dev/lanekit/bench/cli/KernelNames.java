package dev.lanekit.bench.cli;

import dev.lanekit.bench.harness.KernelCatalog;
import java.util.Iterator;

/** The kernel names for picocli's help and completion, read from the benchmark list at run time. */
public final class KernelNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return KernelCatalog.load().names().iterator();
    }
}
