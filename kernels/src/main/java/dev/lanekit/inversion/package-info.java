/**
 * Exhaustive inversion of generative models: over every integer latent z in a box, find the z that
 * minimise ‖G(z) − x‖_p for a ReLU network G, or decide whether one lies within a radius. Start with
 * {@link dev.lanekit.inversion.InversionSearch}: build an {@link dev.lanekit.inversion.InversionProblem}
 * from a {@link dev.lanekit.inversion.ReluNetwork} (or read one with
 * {@link dev.lanekit.inversion.ModelFiles}), a target, a {@link dev.lanekit.inversion.LatentBox} and a
 * {@link dev.lanekit.inversion.Norm}, and choose the mode with {@link dev.lanekit.inversion.SearchOptions}.
 */
package dev.lanekit.inversion;
