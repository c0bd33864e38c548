package dev.lanekit.blas;

/**
 * Service through which {@link Blas} finds a native BLAS binding with {@link java.util.ServiceLoader}.
 * The {@code dev.lanekit.nativeblas} module provides one; without it, everything runs in Java.
 */
public interface NativeBlasProvider {

    /**
     * Loads the native library and binds every routine, or fails as a whole.
     *
     * @return the bound library
     * @throws IllegalStateException when no usable library is found; the message lists every candidate
     *     tried and why each was rejected
     * @throws IllegalArgumentException when a system property of the provider is invalid; the message
     *     names the property, its value and the allowed values
     */
    NativeBlas load();
}
