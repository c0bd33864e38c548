/**
 * Small dense linear algebra in double that the learners of {@code dev.lanekit.matvec.learn} build on:
 * {@link dev.lanekit.matvec.linalg.Matrix} holds their sketches, factors and approximations, which are
 * small next to the operators they query, and {@link dev.lanekit.matvec.linalg.HouseholderQr},
 * {@link dev.lanekit.matvec.linalg.JacobiSvd} and {@link dev.lanekit.matvec.linalg.PrincipalComponents}
 * factor them. The code is plain Java without blocking or SIMD.
 */
package dev.lanekit.matvec.linalg;
