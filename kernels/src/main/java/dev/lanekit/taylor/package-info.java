/**
 * Taylor attention: softmax attention with exp replaced by its Taylor polynomial of order p, which
 * factors through C(d + p, p) monomial features and so runs in time linear in the number of tokens.
 * Start with {@link dev.lanekit.taylor.TaylorAttention} (reusable, with its own workspace) or the one-call
 * {@link dev.lanekit.taylor.Taylor#attention}; {@link dev.lanekit.taylor.TaylorBounds} bounds the error
 * against exact attention and picks the order for a target error.
 */
package dev.lanekit.taylor;
