/**
 * The properties of the BLAS routines of {@code dev.lanekit.blas}, the native binding included when a
 * library loads. Start with {@link dev.lanekit.proofs.blas.BlasProperties}.
 */
package dev.lanekit.proofs.blas;
