/**
 * JMH benchmarks of Taylor attention against exact attention, and the tools that find and chart where
 * their run times cross.
 */
package dev.lanekit.bench.taylor;
