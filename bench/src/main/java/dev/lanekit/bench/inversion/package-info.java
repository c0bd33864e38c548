/**
 * JMH benchmarks of the exhaustive inversion search: candidates per second of each evaluation strategy,
 * on dense networks and on networks built from random 3-SAT formulas.
 */
package dev.lanekit.bench.inversion;
