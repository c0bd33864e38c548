/**
 * The properties of the vector primitives of {@code dev.lanekit.vector}, on arrays and on segments.
 * Start with {@link dev.lanekit.proofs.vector.VectorProperties}.
 */
package dev.lanekit.proofs.vector;
