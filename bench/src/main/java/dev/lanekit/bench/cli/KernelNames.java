package dev.lanekit.bench.cli;

import dev.lanekit.bench.harness.KernelCatalog;
import java.util.Iterator;

/** The kernel names for picocli's help and completion, read from the benchmark list at run time. */
public final class KernelNames implements Iterable<String> {

    /** Creates the name list; picocli instantiates it for help and completion. */
    public KernelNames() {}

    @Override
    public Iterator<String> iterator() {
        return KernelCatalog.load().names().iterator();
    }
}
