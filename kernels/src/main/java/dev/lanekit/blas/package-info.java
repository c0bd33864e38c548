/**
 * BLAS routines in CBLAS argument order on row-major arrays: sdot, saxpy, snrm2, sgemv and sgemm and
 * their double twins, in plain Java, with the Vector API, or through an optional native cblas library.
 * Start with {@link dev.lanekit.blas.Blas}, whose static methods run the implementation chosen for this
 * JVM (the {@code lanekit.blas} property overrides it); {@link dev.lanekit.blas.BlasKernels} states the
 * contract, cost and accuracy that every implementation keeps. {@link dev.lanekit.blas.NativeBlasProvider}
 * is the service interface that the {@code lanekit-native} module implements.
 */
package dev.lanekit.blas;
