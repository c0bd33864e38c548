/**
 * The properties of Taylor attention in {@code dev.lanekit.taylor}: the feature maps, the linear-time
 * evaluation against the quadratic form in double, and the error against softmax attention within its
 * bound. Start with {@link dev.lanekit.proofs.taylor.TaylorProperties}.
 */
package dev.lanekit.proofs.taylor;
