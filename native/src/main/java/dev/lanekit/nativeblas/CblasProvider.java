package dev.lanekit.nativeblas;

import dev.lanekit.blas.NativeBlas;
import dev.lanekit.blas.NativeBlasProvider;

/** The service that {@link dev.lanekit.blas.Blas} finds through {@link java.util.ServiceLoader}. */
public final class CblasProvider implements NativeBlasProvider {

    /** Creates the provider; nothing is loaded until {@link #load()}. */
    public CblasProvider() {}

    @Override
    public NativeBlas load() {
        // Checked before CblasBlas initializes, because its static initializer applies the count.
        CblasLibrary.requestedThreads();
        CblasLibrary.Discovery discovery = CblasLibrary.DISCOVERY;
        if (discovery.library() == null) {
            throw new IllegalStateException(discovery.failure());
        }
        return CblasBlas.INSTANCE;
    }
}
