package dev.lanekit.proofs.vector;

import dev.lanekit.vector.VectorKernels;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** The implementations every example test runs on: the dispatching facade, scalar, and SIMD when it loads. */
final class Targets {

    private Targets() {}

    static Stream<Named<VectorKernels>> all() {
        return VectorProperties.targets().stream().map(t -> Named.of(t.name(), t.kernels()));
    }
}
