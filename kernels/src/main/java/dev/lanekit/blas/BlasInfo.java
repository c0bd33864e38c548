package dev.lanekit.blas;

import java.util.Optional;

/**
 * The facts behind the BLAS choice, for applications and {@code lanekit info} to display.
 *
 * @param mode the value of {@code -Dlanekit.blas}: {@code auto}, {@code native} or {@code java}
 * @param active a short description of what {@link Blas}'s static methods run
 * @param nativeBlas the loaded native library, when one was loaded
 * @param nativeStatus why no native library is in use, or how it is used; one sentence
 */
public record BlasInfo(String mode, String active, Optional<NativeBlas> nativeBlas, String nativeStatus) {}
