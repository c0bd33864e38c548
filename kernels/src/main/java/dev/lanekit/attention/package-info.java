/**
 * Exact scaled dot-product attention, tiled over keys with an online softmax so that no query × key
 * matrix is built: multi-head and grouped-query layouts, causal and sliding-window masks, key padding,
 * boolean and additive masks, and a key/value cache for decoding. Start with
 * {@link dev.lanekit.attention.Attention} and describe a call with
 * {@link dev.lanekit.attention.AttentionShape} and {@link dev.lanekit.attention.AttentionOptions}; pass an
 * {@link dev.lanekit.attention.AttentionWorkspace} to avoid allocation, and use
 * {@link dev.lanekit.attention.KvCache} for token-by-token decoding.
 * {@link dev.lanekit.attention.AttentionKernels} states the cost, accuracy and special values.
 */
package dev.lanekit.attention;
