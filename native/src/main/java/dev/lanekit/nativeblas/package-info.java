/**
 * Panama FFM bindings from lanekit's BLAS interface to a system cblas library, found at run time.
 * The package is {@code nativeblas} because {@code native} is a Java keyword.
 *
 * <p>Applications do not call this package: with {@code lanekit-native} on the class or module path,
 * {@link dev.lanekit.blas.Blas} finds {@link dev.lanekit.nativeblas.CblasProvider} through
 * {@link java.util.ServiceLoader} and routes calls to the library as its {@code lanekit.blas} property
 * chooses.
 * {@link dev.lanekit.blas.Blas#nativeBlas()} returns the binding itself.
 */
package dev.lanekit.nativeblas;
