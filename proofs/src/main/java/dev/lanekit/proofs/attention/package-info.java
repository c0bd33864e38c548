/**
 * The properties of exact attention in {@code dev.lanekit.attention}, against a double reference, and
 * the orthogonal-vectors reduction, in which the attention kernel's output decides the instance. Start with
 * {@link dev.lanekit.proofs.attention.AttentionProperties}.
 */
package dev.lanekit.proofs.attention;
