/**
 * A property kit for testing numerical kernels, the one lanekit's own suites use.
 *
 * <p>Five pieces, each usable alone:
 * <ul>
 *   <li>{@link dev.lanekit.proofs.kit.Lengths}: lengths on every lane boundary of 2, 4, 8 and 16 lanes,
 *       primes and large sizes, as a list or a QuickTheories generator.</li>
 *   <li>{@link dev.lanekit.proofs.kit.Values}: float and double generators that mix in NaN, ±∞, −0.0,
 *       denormals, MIN_NORMAL and ±MAX_VALUE, and finite generators for accuracy properties.</li>
 *   <li>{@link dev.lanekit.proofs.kit.Slices}: places generated arrays at an offset inside a larger array
 *       filled with NaN sentinels, so reads and writes outside the slice show.</li>
 *   <li>{@link dev.lanekit.proofs.kit.References}: compensated sums and dot products (Sum2, Dot2), scaled
 *       ℓp norms, softmax and log-sum-exp, accurate to about one double rounding.</li>
 *   <li>{@link dev.lanekit.proofs.kit.Bounds}: γₙ and the sum bound γₙ·Σ|terms| plus a denormal floor, and
 *       assertions that apply them with the special-value rules.</li>
 * </ul>
 *
 * <p>A property for a user's own float dot product, run inside a JUnit test. Both slices share one drawn
 * length, each at its own offset:
 *
 * <pre>{@code
 * Gen<Integer> lengths = Lengths.lengths(4099);
 * Gen<FloatSlice[]> pairs = in -> {
 *     int n = lengths.generate(in);
 *     Gen<FloatSlice> slices = Slices.floats(Values.floatArrays(ignored -> n, Values.floats()));
 *     return new FloatSlice[] {slices.generate(in), slices.generate(in)};
 * };
 * QuickTheory.qt().withExamples(200).forAll(pairs).checkAssert(pair -> {
 *     FloatSlice a = pair[0];
 *     FloatSlice b = pair[1];
 *     float got = myDot(a.backing(), a.offset(), b.backing(), b.offset(), a.n());
 *     References.Sum exact = References.dot(References.widen(a.values()), References.widen(b.values()));
 *     Bounds.assertSum("myDot", got, exact, a.n(), Bounds.FLOAT);
 * });
 * }</pre>
 */
package dev.lanekit.proofs.kit;
