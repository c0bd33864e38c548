package dev.lanekit.proofs.vector;

import static dev.lanekit.proofs.Theories.qt;

import dev.lanekit.proofs.Property;
import dev.lanekit.proofs.PropertySuite;
import dev.lanekit.proofs.kit.Bounds;
import dev.lanekit.proofs.kit.Lengths;
import dev.lanekit.proofs.kit.References;
import dev.lanekit.proofs.kit.Slices;
import dev.lanekit.proofs.kit.Slices.DoubleSlice;
import dev.lanekit.proofs.kit.Slices.FloatSlice;
import dev.lanekit.proofs.kit.Values;
import dev.lanekit.provider.Providers;
import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Properties of every vector primitive, in float and double, each checked against an extended-precision
 * reference with a tolerance from its error bound. Every property runs on three targets: the dispatching
 * static methods of {@link Vectors}, {@link Vectors#scalar()}, and {@link Vectors#simd()} when the Vector
 * API can load. Inputs are slices between NaN sentinels with lengths on every lane boundary, and most
 * generators mix in NaN, ±∞, −0.0, denormals and ±MAX_VALUE.
 */
public final class VectorProperties implements PropertySuite {

    /** Longest generated vector: past the four-vector block of the widest species, with a tail. */
    static final int MAX_LENGTH = 4099;

    /** The SIMD exp is within this many ulps of Math.exp (measured: 0.76 for float, 1.0 for double). */
    static final double EXP_ULPS = 1.0;

    private static final Bounds.Format F = Bounds.FLOAT;
    private static final Bounds.Format D = Bounds.DOUBLE;
    private static final double[] ORDERS = {1.0, 2.0, 3.0, 4.0, 2.5, 17.0, Double.POSITIVE_INFINITY};

    /** Creates the suite; {@code ServiceLoader} calls this constructor. */
    public VectorProperties() {}

    @Override
    public String capability() {
        return "vector";
    }

    @Override
    public List<Property> properties() {
        List<Property> properties = new ArrayList<>();
        for (Target target : targets()) {
            add(properties, target);
        }
        return properties;
    }

    /** A named implementation under test. */
    record Target(String name, VectorKernels kernels) {}

    /** Returns the facade, the scalar implementation, and the SIMD one when it can load. */
    static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("facade", FacadeKernels.INSTANCE));
        targets.add(new Target("scalar", Vectors.scalar()));
        if (Providers.simdLoadable()) {
            targets.add(new Target("simd", Vectors.simd()));
        }
        return targets;
    }

    private static void add(List<Property> properties, Target target) {
        VectorKernels k = target.kernels();
        String on = " [" + target.name() + "]";
        properties.add(new Property("dot", "float within gamma_n bound" + on, tries -> floatDot(k, tries)));
        properties.add(new Property("dot", "double within gamma_n bound" + on, tries -> doubleDot(k, tries)));
        properties.add(new Property("sum", "float within gamma_n bound" + on, tries -> floatSum(k, tries)));
        properties.add(new Property("sum", "double within gamma_n bound" + on, tries -> doubleSum(k, tries)));
        properties.add(new Property("axpy", "float is one fma per element" + on, tries -> floatAxpy(k, tries)));
        properties.add(new Property("axpy", "double is one fma per element" + on, tries -> doubleAxpy(k, tries)));
        properties.add(new Property("scale", "float is one product per element" + on, tries -> floatScale(k, tries)));
        properties.add(new Property("scale", "double is one product per element" + on, tries -> doubleScale(k, tries)));
        properties.add(new Property("max", "float equals Math.max fold" + on, tries -> floatMax(k, tries)));
        properties.add(new Property("max", "double equals Math.max fold" + on, tries -> doubleMax(k, tries)));
        properties.add(new Property("cosine", "float within bound" + on, tries -> floatCosine(k, tries)));
        properties.add(new Property("cosine", "double within bound" + on, tries -> doubleCosine(k, tries)));
        properties.add(new Property("norm", "float within bound for every p" + on, tries -> floatNorm(k, tries)));
        properties.add(new Property("norm", "double within bound for every p" + on, tries -> doubleNorm(k, tries)));
        properties.add(new Property("distance", "float within bound for every p" + on,
                tries -> floatDistance(k, tries)));
        properties.add(new Property("distance", "double within bound for every p" + on,
                tries -> doubleDistance(k, tries)));
        properties.add(new Property("squaredDistance", "float within gamma_n bound" + on,
                tries -> floatSquaredDistance(k, tries)));
        properties.add(new Property("squaredDistance", "double within gamma_n bound" + on,
                tries -> doubleSquaredDistance(k, tries)));
        properties.add(new Property("distances", "float rows equal distance" + on, tries -> floatBatches(k, tries)));
        properties.add(new Property("distances", "double rows equal distance" + on,
                tries -> doubleBatches(k, tries)));
        properties.add(new Property("nearest", "float is a stable sort prefix" + on, tries -> floatNearest(k, tries)));
        properties.add(new Property("nearest", "double is a stable sort prefix" + on,
                tries -> doubleNearest(k, tries)));
        properties.add(new Property("softmax", "float within bound" + on, tries -> floatSoftmax(k, tries)));
        properties.add(new Property("softmax", "double within bound" + on, tries -> doubleSoftmax(k, tries)));
        properties.add(new Property("logSumExp", "float within bound" + on, tries -> floatLogSumExp(k, tries)));
        properties.add(new Property("logSumExp", "double within bound" + on, tries -> doubleLogSumExp(k, tries)));
        properties.add(new Property("exp", "float within 1 ulp of Math.exp" + on, tries -> floatExp(k, tries)));
        properties.add(new Property("exp", "double within 1 ulp of Math.exp" + on, tries -> doubleExp(k, tries)));
        properties.add(new Property("segments", "float segments match arrays" + on,
                tries -> SegmentProperties.floats(k, tries)));
        properties.add(new Property("segments", "double segments match arrays" + on,
                tries -> SegmentProperties.doubles(k, tries)));
    }

    // ---------------------------------------------------------------------------------------------
    // generators

    static Gen<FloatSlice> floatSlices(Gen<Float> values) {
        return Slices.floats(Values.floatArrays(Lengths.lengths(MAX_LENGTH), values));
    }

    static Gen<DoubleSlice> doubleSlices(Gen<Double> values) {
        return Slices.doubles(Values.doubleArrays(Lengths.lengths(MAX_LENGTH), values));
    }

    /** Two float slices of the same length, each at its own offset. */
    static Gen<FloatSlice[]> floatPairs(Gen<Float> values) {
        Gen<Integer> lengths = Lengths.lengths(MAX_LENGTH);
        Gen<FloatSlice[]> pairs = in -> {
            int n = lengths.generate(in);
            Gen<Integer> fixed = ignored -> n;
            Gen<FloatSlice> slices = Slices.floats(Values.floatArrays(fixed, values));
            return new FloatSlice[] {slices.generate(in), slices.generate(in)};
        };
        return pairs.describedAs(pair -> pair[0] + " and " + pair[1]);
    }

    /** Two double slices of the same length, each at its own offset. */
    static Gen<DoubleSlice[]> doublePairs(Gen<Double> values) {
        Gen<Integer> lengths = Lengths.lengths(MAX_LENGTH);
        Gen<DoubleSlice[]> pairs = in -> {
            int n = lengths.generate(in);
            Gen<Integer> fixed = ignored -> n;
            Gen<DoubleSlice> slices = Slices.doubles(Values.doubleArrays(fixed, values));
            return new DoubleSlice[] {slices.generate(in), slices.generate(in)};
        };
        return pairs.describedAs(pair -> pair[0] + " and " + pair[1]);
    }

    private static void assertSentinels(FloatSlice slice, String what) {
        if (!slice.sentinelsIntact()) {
            throw new AssertionError(what + " wrote outside its slice: " + slice);
        }
    }

    private static void assertSentinels(DoubleSlice slice, String what) {
        if (!slice.sentinelsIntact()) {
            throw new AssertionError(what + " wrote outside its slice: " + slice);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // dot, sum, axpy, scale, max

    private static void floatDot(VectorKernels k, int tries) {
        qt(tries).forAll(floatPairs(Values.floats())).checkAssert(pair -> {
            FloatSlice a = pair[0];
            FloatSlice b = pair[1];
            float got = k.dot(a.backing(), a.offset(), b.backing(), b.offset(), a.n());
            References.Sum exact = References.dot(References.widen(a.values()), References.widen(b.values()));
            Bounds.assertSum("dot of " + a + " and " + b, got, exact, a.n(), F);
        });
    }

    private static void doubleDot(VectorKernels k, int tries) {
        qt(tries).forAll(doublePairs(Values.doubles())).checkAssert(pair -> {
            DoubleSlice a = pair[0];
            DoubleSlice b = pair[1];
            double got = k.dot(a.backing(), a.offset(), b.backing(), b.offset(), a.n());
            References.Sum exact = References.dot(a.values(), b.values());
            Bounds.assertSum("dot of " + a + " and " + b, got, exact, a.n(), D);
        });
    }

    private static void floatSum(VectorKernels k, int tries) {
        qt(tries).forAll(floatSlices(Values.floats())).checkAssert(x -> {
            float got = k.sum(x.backing(), x.offset(), x.n());
            Bounds.assertSum("sum of " + x, got, References.sum(References.widen(x.values())), x.n(), F);
        });
    }

    private static void doubleSum(VectorKernels k, int tries) {
        qt(tries).forAll(doubleSlices(Values.doubles())).checkAssert(x -> {
            double got = k.sum(x.backing(), x.offset(), x.n());
            Bounds.assertSum("sum of " + x, got, References.sum(x.values()), x.n(), D);
        });
    }

    private static void floatAxpy(VectorKernels k, int tries) {
        qt(tries).forAll(floatPairs(Values.floats()), Values.floats()).checkAssert((pair, alpha) -> {
            FloatSlice x = pair[0];
            FloatSlice y = pair[1];
            float[] before = y.values();
            k.axpy(alpha, x.backing(), x.offset(), y.backing(), y.offset(), x.n());
            float[] xs = x.values();
            for (int i = 0; i < x.n(); i++) {
                Bounds.assertSame("axpy element " + i, y.backing()[y.offset() + i], Math.fma(alpha, xs[i], before[i]));
            }
            assertSentinels(y, "axpy");
        });
    }

    private static void doubleAxpy(VectorKernels k, int tries) {
        qt(tries).forAll(doublePairs(Values.doubles()), Values.doubles()).checkAssert((pair, alpha) -> {
            DoubleSlice x = pair[0];
            DoubleSlice y = pair[1];
            double[] before = y.values();
            k.axpy(alpha, x.backing(), x.offset(), y.backing(), y.offset(), x.n());
            double[] xs = x.values();
            for (int i = 0; i < x.n(); i++) {
                Bounds.assertSame("axpy element " + i, y.backing()[y.offset() + i], Math.fma(alpha, xs[i], before[i]));
            }
            assertSentinels(y, "axpy");
        });
    }

    private static void floatScale(VectorKernels k, int tries) {
        qt(tries).forAll(floatSlices(Values.floats()), Values.floats()).checkAssert((x, alpha) -> {
            float[] before = x.values();
            k.scale(alpha, x.backing(), x.offset(), x.n());
            for (int i = 0; i < x.n(); i++) {
                Bounds.assertSame("scale element " + i, x.backing()[x.offset() + i], before[i] * alpha);
            }
            assertSentinels(x, "scale");
        });
    }

    private static void doubleScale(VectorKernels k, int tries) {
        qt(tries).forAll(doubleSlices(Values.doubles()), Values.doubles()).checkAssert((x, alpha) -> {
            double[] before = x.values();
            k.scale(alpha, x.backing(), x.offset(), x.n());
            for (int i = 0; i < x.n(); i++) {
                Bounds.assertSame("scale element " + i, x.backing()[x.offset() + i], before[i] * alpha);
            }
            assertSentinels(x, "scale");
        });
    }

    /** max equals the Math.max fold and argmax the first NaN or first maximum, on all values and on all-negative ones. */
    private static void floatMax(VectorKernels k, int tries) {
        Gen<Float> negative = Values.finiteFloats(127).map(v -> -Math.abs(v) - Float.MIN_VALUE);
        Gen<Float> values = Values.floats().mix(negative, 50);
        Gen<FloatSlice> slices = Slices.floats(Values.floatArrays(Lengths.lengths(MAX_LENGTH).map(n -> Math.max(1, n)),
                values));
        qt(tries).forAll(slices).checkAssert(x -> {
            float[] xs = x.values();
            float expected = Float.NEGATIVE_INFINITY;
            int index = 0;
            boolean nan = false;
            for (int i = 0; i < xs.length; i++) {
                expected = Math.max(expected, xs[i]);
                if (!nan && (Float.isNaN(xs[i]) || xs[i] > xs[index])) {
                    index = i;
                    nan = Float.isNaN(xs[i]);
                }
            }
            Bounds.assertSame("max of " + x, k.max(x.backing(), x.offset(), x.n()), expected);
            Bounds.assertSame("argmax of " + x, k.argmax(x.backing(), x.offset(), x.n()), index);
        });
    }

    private static void doubleMax(VectorKernels k, int tries) {
        Gen<Double> negative = Values.finiteDoubles(1023).map(v -> -Math.abs(v) - Double.MIN_VALUE);
        Gen<Double> values = Values.doubles().mix(negative, 50);
        Gen<DoubleSlice> slices = Slices.doubles(Values.doubleArrays(Lengths.lengths(MAX_LENGTH).map(n -> Math.max(1, n)),
                values));
        qt(tries).forAll(slices).checkAssert(x -> {
            double[] xs = x.values();
            double expected = Double.NEGATIVE_INFINITY;
            int index = 0;
            boolean nan = false;
            for (int i = 0; i < xs.length; i++) {
                expected = Math.max(expected, xs[i]);
                if (!nan && (Double.isNaN(xs[i]) || xs[i] > xs[index])) {
                    index = i;
                    nan = Double.isNaN(xs[i]);
                }
            }
            Bounds.assertSame("max of " + x, k.max(x.backing(), x.offset(), x.n()), expected);
            Bounds.assertSame("argmax of " + x, k.argmax(x.backing(), x.offset(), x.n()), index);
        });
    }

    // ---------------------------------------------------------------------------------------------
    // cosine, norms, distances

    /**
     * Cosine: each of the three sums is within γₙ of its magnitude, and Σ|aᵢbᵢ| ≤ ‖a‖‖b‖, so the result is
     * within 2γₙ + 4u of the exact cosine (γₙ from ab, γₙ·|cos| from the norms, rounding of the final
     * formula). Elements stay below 2^40 so that no sum of squares overflows float.
     */
    private static void floatCosine(VectorKernels k, int tries) {
        qt(tries).forAll(floatPairs(Values.finiteFloats(40))).checkAssert(pair -> {
            FloatSlice a = pair[0];
            FloatSlice b = pair[1];
            double[] wa = References.widen(a.values());
            double[] wb = References.widen(b.values());
            double aa = References.dot(wa, wa).value();
            double bb = References.dot(wb, wb).value();
            if (aa < 0x1p-100 || bb < 0x1p-100) {
                return;
            }
            double exact = References.dot(wa, wb).value() / Math.sqrt(aa * bb);
            float got = k.cosine(a.backing(), a.offset(), b.backing(), b.offset(), a.n());
            double bound = 2 * Bounds.gamma(a.n(), F.u()) + 4 * F.u();
            Bounds.assertRelative("cosine of " + a + " and " + b, got, exact, 0, bound);
        });
    }

    private static void doubleCosine(VectorKernels k, int tries) {
        qt(tries).forAll(doublePairs(Values.finiteDoubles(300))).checkAssert(pair -> {
            DoubleSlice a = pair[0];
            DoubleSlice b = pair[1];
            double aa = References.norm(a.values(), 2);
            double bb = References.norm(b.values(), 2);
            if (aa < 0x1p-400 || bb < 0x1p-400) {
                return;
            }
            double exact = References.dot(a.values(), b.values()).value() / aa / bb;
            double got = k.cosine(a.backing(), a.offset(), b.backing(), b.offset(), a.n());
            double bound = 2 * Bounds.gamma(a.n(), D.u()) + 6 * D.u();
            Bounds.assertRelative("cosine of " + a + " and " + b, got, exact, 0, bound);
        });
    }

    /**
     * Relative error bound of a float norm: γ_{n+2} covers the float sum of n non-negative terms (p = 1 and
     * Blue's sums for p = 2, where the square root halves it) plus the final roundings; p = ∞ is exact and
     * other p run in double. {@code extra} adds the rounding of differences for distances.
     */
    static double floatNormBound(int n, double extra) {
        return Bounds.gamma(n + 2, F.u()) + extra;
    }

    /**
     * Relative error bound of a double norm against the double reference: the kernel's γ_{n+2} plus, for p
     * other than 1, 2 and ∞, the Math.pow and repeated-multiplication errors of the kernel and reference,
     * each at most (4 + 2·log₂(p + 1))·u.
     */
    static double doubleNormBound(int n, double p) {
        double bound = Bounds.gamma(n + 2, D.u()) + 4 * D.u();
        if (p != 1.0 && p != 2.0 && p != Double.POSITIVE_INFINITY) {
            bound += 2 * (4 + 2 * Math.log(p + 1) / Math.log(2)) * D.u();
        }
        return bound;
    }

    private static void floatNorm(VectorKernels k, int tries) {
        Gen<Float> values = Values.finiteFloats(127).mix(Values.floats(), 30);
        qt(tries).forAll(floatSlices(values)).checkAssert(x -> {
            double[] wide = References.widen(x.values());
            for (double p : ORDERS) {
                float got = k.norm(x.backing(), x.offset(), x.n(), p);
                Bounds.assertRelativeIn(F, "norm p=" + p + " of " + x, got, References.norm(wide, p),
                        floatNormBound(x.n(), 0), F.minValue());
            }
        });
    }

    private static void doubleNorm(VectorKernels k, int tries) {
        Gen<Double> values = Values.finiteDoubles(1023).mix(Values.doubles(), 30);
        qt(tries).forAll(doubleSlices(values)).checkAssert(x -> {
            for (double p : ORDERS) {
                double got = k.norm(x.backing(), x.offset(), x.n(), p);
                Bounds.assertRelativeIn(D, "norm p=" + p + " of " + x, got, References.norm(x.values(), p),
                        doubleNormBound(x.n(), p), D.minValue());
            }
        });
    }

    /** Distances: the float difference of two floats is within u of the exact one, which adds u to the bound. */
    private static void floatDistance(VectorKernels k, int tries) {
        Gen<Float> values = Values.finiteFloats(126).mix(Values.floats(), 30);
        qt(tries).forAll(floatPairs(values)).checkAssert(pair -> {
            FloatSlice a = pair[0];
            FloatSlice b = pair[1];
            double[] exactDifference = References.difference(References.widen(a.values()),
                    References.widen(b.values()));
            for (double p : ORDERS) {
                float got = k.distance(a.backing(), a.offset(), b.backing(), b.offset(), a.n(), p);
                double expected = References.norm(exactDifference, p);
                Bounds.assertRelativeIn(F, "distance p=" + p + " of " + a + " and " + b, got, expected,
                        floatNormBound(a.n(), F.u()), F.minValue());
            }
        });
    }

    private static void doubleDistance(VectorKernels k, int tries) {
        Gen<Double> values = Values.finiteDoubles(1022).mix(Values.doubles(), 30);
        qt(tries).forAll(doublePairs(values)).checkAssert(pair -> {
            DoubleSlice a = pair[0];
            DoubleSlice b = pair[1];
            double[] difference = References.difference(a.values(), b.values());
            for (double p : ORDERS) {
                double got = k.distance(a.backing(), a.offset(), b.backing(), b.offset(), a.n(), p);
                Bounds.assertRelativeIn(D, "distance p=" + p + " of " + a + " and " + b, got,
                        References.norm(difference, p), doubleNormBound(a.n(), p), D.minValue());
            }
        });
    }

    /** Squared distance: a sum of the squares of the float-rounded differences, so the sum bound applies. */
    private static void floatSquaredDistance(VectorKernels k, int tries) {
        qt(tries).forAll(floatPairs(Values.floats())).checkAssert(pair -> {
            FloatSlice a = pair[0];
            FloatSlice b = pair[1];
            float[] as = a.values();
            float[] bs = b.values();
            double[] difference = new double[a.n()];
            for (int i = 0; i < a.n(); i++) {
                difference[i] = as[i] - bs[i];
            }
            float got = k.squaredDistance(a.backing(), a.offset(), b.backing(), b.offset(), a.n());
            Bounds.assertSum("squared distance of " + a + " and " + b, got,
                    References.dot(difference, difference), a.n(), F);
        });
    }

    private static void doubleSquaredDistance(VectorKernels k, int tries) {
        qt(tries).forAll(doublePairs(Values.doubles())).checkAssert(pair -> {
            DoubleSlice a = pair[0];
            DoubleSlice b = pair[1];
            double[] difference = References.difference(a.values(), b.values());
            double got = k.squaredDistance(a.backing(), a.offset(), b.backing(), b.offset(), a.n());
            Bounds.assertSum("squared distance of " + a + " and " + b, got,
                    References.dot(difference, difference), a.n(), D);
        });
    }

    // ---------------------------------------------------------------------------------------------
    // batched distances and nearest rows

    /** A query, a row-major matrix with a row stride past n, and the shape. */
    record FloatBatch(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n, int lda) {}

    /** The double counterpart of {@link FloatBatch}. */
    record DoubleBatch(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n, int lda) {}

    static Gen<FloatBatch> floatBatches(Gen<Float> values) {
        Gen<Integer> lengths = Lengths.lengths(70);
        return in -> {
            int n = lengths.generate(in);
            int m = (int) in.next(org.quicktheories.impl.Constraint.between(0, 40));
            int lda = n + (int) in.next(org.quicktheories.impl.Constraint.between(0, 3));
            FloatSlice query = Slices.floats(Values.floatArrays(ignored -> n, values)).generate(in);
            FloatSlice matrix = Slices.floats(Values.floatArrays(ignored -> m * lda, values)).generate(in);
            return new FloatBatch(query.backing(), query.offset(), matrix.backing(), matrix.offset(), m, n, lda);
        };
    }

    static Gen<DoubleBatch> doubleBatches(Gen<Double> values) {
        Gen<Integer> lengths = Lengths.lengths(70);
        return in -> {
            int n = lengths.generate(in);
            int m = (int) in.next(org.quicktheories.impl.Constraint.between(0, 40));
            int lda = n + (int) in.next(org.quicktheories.impl.Constraint.between(0, 3));
            DoubleSlice query = Slices.doubles(Values.doubleArrays(ignored -> n, values)).generate(in);
            DoubleSlice matrix = Slices.doubles(Values.doubleArrays(ignored -> m * lda, values)).generate(in);
            return new DoubleBatch(query.backing(), query.offset(), matrix.backing(), matrix.offset(), m, n, lda);
        };
    }

    /** Each batched distance equals the single-pair kernel of the same implementation on that row, bit for bit. */
    private static void floatBatches(VectorKernels k, int tries) {
        Gen<Float> values = Values.finiteFloats(20).mix(Values.floats(), 20);
        qt(tries).forAll(floatBatches(values)).checkAssert(batch -> {
            for (double p : ORDERS) {
                float[] out = new float[batch.m() + 2];
                k.distances(batch.query(), batch.queryOffset(), batch.matrix(), batch.matrixOffset(), batch.m(),
                        batch.n(), batch.lda(), p, out, 1);
                float[] squared = new float[batch.m()];
                k.squaredDistances(batch.query(), batch.queryOffset(), batch.matrix(), batch.matrixOffset(),
                        batch.m(), batch.n(), batch.lda(), squared, 0);
                for (int r = 0; r < batch.m(); r++) {
                    int row = batch.matrixOffset() + r * batch.lda();
                    float single = k.distance(batch.matrix(), row, batch.query(), batch.queryOffset(), batch.n(), p);
                    Bounds.assertSame("distances row " + r + " p=" + p, out[r + 1], single);
                    float squaredSingle = k.squaredDistance(batch.matrix(), row, batch.query(), batch.queryOffset(),
                            batch.n());
                    Bounds.assertSame("squaredDistances row " + r, squared[r], squaredSingle);
                }
                Bounds.assertSame("distances leaves out[0]", out[0], 0f);
                Bounds.assertSame("distances leaves out[m + 1]", out[batch.m() + 1], 0f);
            }
        });
    }

    private static void doubleBatches(VectorKernels k, int tries) {
        Gen<Double> values = Values.finiteDoubles(20).mix(Values.doubles(), 20);
        qt(tries).forAll(doubleBatches(values)).checkAssert(batch -> {
            for (double p : ORDERS) {
                double[] out = new double[batch.m() + 2];
                k.distances(batch.query(), batch.queryOffset(), batch.matrix(), batch.matrixOffset(), batch.m(),
                        batch.n(), batch.lda(), p, out, 1);
                double[] squared = new double[batch.m()];
                k.squaredDistances(batch.query(), batch.queryOffset(), batch.matrix(), batch.matrixOffset(),
                        batch.m(), batch.n(), batch.lda(), squared, 0);
                for (int r = 0; r < batch.m(); r++) {
                    int row = batch.matrixOffset() + r * batch.lda();
                    double single = k.distance(batch.matrix(), row, batch.query(), batch.queryOffset(), batch.n(), p);
                    Bounds.assertSame("distances row " + r + " p=" + p, out[r + 1], single);
                    double squaredSingle = k.squaredDistance(batch.matrix(), row, batch.query(), batch.queryOffset(),
                            batch.n());
                    Bounds.assertSame("squaredDistances row " + r, squared[r], squaredSingle);
                }
                Bounds.assertSame("distances leaves out[0]", out[0], 0.0);
                Bounds.assertSame("distances leaves out[m + 1]", out[batch.m() + 1], 0.0);
            }
        });
    }

    /**
     * nearest returns the first min(k, m) entries of the distances sorted by (distance, row) with NaN last:
     * the order of a stable sort under {@link Float#compare}.
     */
    private static void floatNearest(VectorKernels k, int tries) {
        Gen<Float> values = Values.finiteFloats(3).mix(Values.floats(), 10)
                .mix(in -> (float) in.next(org.quicktheories.impl.Constraint.between(-2, 2)), 30);
        Gen<Integer> ks = in -> (int) in.next(org.quicktheories.impl.Constraint.between(0, 45));
        qt(tries).forAll(floatBatches(values), ks).checkAssert((batch, count) -> {
            for (double p : new double[] {1.0, 2.0, 3.0}) {
                float[] all = new float[batch.m()];
                k.distances(batch.query(), batch.queryOffset(), batch.matrix(), batch.matrixOffset(), batch.m(),
                        batch.n(), batch.lda(), p, all, 0);
                Integer[] order = new Integer[batch.m()];
                for (int r = 0; r < order.length; r++) {
                    order[r] = r;
                }
                java.util.Arrays.sort(order, (r1, r2) -> Float.compare(all[r1], all[r2]));
                int[] rows = new int[count];
                float[] distances = new float[count];
                int found = k.nearest(batch.query(), batch.queryOffset(), batch.matrix(), batch.matrixOffset(),
                        batch.m(), batch.n(), batch.lda(), p, count, rows, distances);
                Bounds.assertSame("nearest count", found, Math.min(count, batch.m()));
                for (int i = 0; i < found; i++) {
                    Bounds.assertSame("nearest row " + i + " p=" + p, rows[i], order[i]);
                    Bounds.assertSame("nearest distance " + i + " p=" + p, distances[i], all[order[i]]);
                }
            }
        });
    }

    private static void doubleNearest(VectorKernels k, int tries) {
        Gen<Double> values = Values.finiteDoubles(3).mix(Values.doubles(), 10)
                .mix(in -> (double) in.next(org.quicktheories.impl.Constraint.between(-2, 2)), 30);
        Gen<Integer> ks = in -> (int) in.next(org.quicktheories.impl.Constraint.between(0, 45));
        qt(tries).forAll(doubleBatches(values), ks).checkAssert((batch, count) -> {
            for (double p : new double[] {1.0, 2.0, 3.0}) {
                double[] all = new double[batch.m()];
                k.distances(batch.query(), batch.queryOffset(), batch.matrix(), batch.matrixOffset(), batch.m(),
                        batch.n(), batch.lda(), p, all, 0);
                Integer[] order = new Integer[batch.m()];
                for (int r = 0; r < order.length; r++) {
                    order[r] = r;
                }
                java.util.Arrays.sort(order, (r1, r2) -> Double.compare(all[r1], all[r2]));
                int[] rows = new int[count];
                double[] distances = new double[count];
                int found = k.nearest(batch.query(), batch.queryOffset(), batch.matrix(), batch.matrixOffset(),
                        batch.m(), batch.n(), batch.lda(), p, count, rows, distances);
                Bounds.assertSame("nearest count", found, Math.min(count, batch.m()));
                for (int i = 0; i < found; i++) {
                    Bounds.assertSame("nearest row " + i + " p=" + p, rows[i], order[i]);
                    Bounds.assertSame("nearest distance " + i + " p=" + p, distances[i], all[order[i]]);
                }
            }
        });
    }

    // ---------------------------------------------------------------------------------------------
    // softmax, log-sum-exp, exp

    /**
     * Returns the relative error of Σ exp(xᵢ − max) caused by rounding each difference xᵢ − max. A rounding of
     * at most u·|xᵢ − max| in the argument changes exp by that much relative, weighted by the term.
     */
    static double differenceError(double[] x, double[] exps, double total, double u) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : x) {
            max = Math.max(max, value);
        }
        double weighted = 0;
        for (int i = 0; i < x.length; i++) {
            if (exps[i] > 0) {
                weighted += exps[i] * u * Math.abs(x[i] - max);
            }
        }
        return weighted / total;
    }

    /**
     * Softmax: entry i is exp(xᵢ − max)/S. Its relative error is at most the argument rounding
     * u·|xᵢ − max|, the exp error (EXP_ULPS ulps, at most 2u each), the error of S (γₙ plus the weighted
     * argument roundings) and the division (u); below the normal range the error is absolute, at most
     * (EXP_ULPS + 1) denormals.
     */
    private static void floatSoftmax(VectorKernels k, int tries) {
        Gen<Float> values = Values.finiteFloats(10).mix(Values.floats(), 15);
        qt(tries).forAll(floatSlices(values)).checkAssert(x -> {
            double[] wide = References.widen(x.values());
            double[] expected = References.softmax(wide);
            k.softmax(x.backing(), x.offset(), x.n());
            double[] exps = new double[x.n()];
            double max = Double.NEGATIVE_INFINITY;
            for (double value : wide) {
                max = Math.max(max, value);
            }
            for (int i = 0; i < x.n(); i++) {
                exps[i] = Math.exp(wide[i] - max);
            }
            assertSentinels(x, "softmax");
            if (!Double.isFinite(max)) {
                // Every entry follows the limit policy exactly: 1/count for +∞ entries, 1/n, 0 or NaN.
                for (int i = 0; i < x.n(); i++) {
                    Bounds.assertSame("softmax element " + i, x.backing()[x.offset() + i], (float) expected[i]);
                }
                return;
            }
            double total = References.sum(exps).value();
            double common = differenceError(wide, exps, total, F.u()) + 2 * EXP_ULPS * F.u()
                    + Bounds.gamma(x.n() + 1, F.u()) + F.u();
            for (int i = 0; i < x.n(); i++) {
                if (wide[i] == Double.NEGATIVE_INFINITY) {
                    Bounds.assertSame("softmax element " + i + " of -inf", x.backing()[x.offset() + i], 0f);
                    continue;
                }
                double relative = common + F.u() * Math.abs(wide[i] - max) + 2 * EXP_ULPS * F.u();
                Bounds.assertRelative("softmax element " + i + " of " + x, x.backing()[x.offset() + i], expected[i],
                        relative, (EXP_ULPS + 1) * F.minValue());
            }
            assertSentinels(x, "softmax");
        });
    }

    private static void doubleSoftmax(VectorKernels k, int tries) {
        Gen<Double> values = Values.finiteDoubles(12).mix(Values.doubles(), 15);
        qt(tries).forAll(doubleSlices(values)).checkAssert(x -> {
            double[] xs = x.values();
            double[] expected = References.softmax(xs);
            k.softmax(x.backing(), x.offset(), x.n());
            double[] exps = new double[x.n()];
            double max = Double.NEGATIVE_INFINITY;
            for (double value : xs) {
                max = Math.max(max, value);
            }
            for (int i = 0; i < x.n(); i++) {
                exps[i] = Math.exp(xs[i] - max);
            }
            assertSentinels(x, "softmax");
            if (!Double.isFinite(max)) {
                for (int i = 0; i < x.n(); i++) {
                    Bounds.assertSame("softmax element " + i, x.backing()[x.offset() + i], expected[i]);
                }
                return;
            }
            double total = References.sum(exps).value();
            // The reference's own exp is within one ulp too, so the exp term counts twice.
            double common = differenceError(xs, exps, total, D.u()) + 4 * EXP_ULPS * D.u()
                    + Bounds.gamma(x.n() + 1, D.u()) + 2 * D.u();
            for (int i = 0; i < x.n(); i++) {
                if (!Double.isFinite(xs[i] - max)) {
                    Bounds.assertSame("softmax element " + i + " of -inf", x.backing()[x.offset() + i], 0.0);
                    continue;
                }
                double relative = common + D.u() * Math.abs(xs[i] - max) + 4 * EXP_ULPS * D.u();
                Bounds.assertRelative("softmax element " + i + " of " + x, x.backing()[x.offset() + i], expected[i],
                        relative, (2 * EXP_ULPS + 1) * D.minValue());
            }
            assertSentinels(x, "softmax");
        });
    }

    /**
     * Log-sum-exp: max + log S. A relative error e of S moves log S by at most about e, so the absolute
     * error is the error of S plus the rounding of the result, u·|result| and u·|max|.
     */
    private static void floatLogSumExp(VectorKernels k, int tries) {
        Gen<Float> values = Values.finiteFloats(10).mix(Values.floats(), 15);
        qt(tries).forAll(floatSlices(values)).checkAssert(x -> {
            double[] wide = References.widen(x.values());
            double expected = References.logSumExp(wide);
            float got = k.logSumExp(x.backing(), x.offset(), x.n());
            double absolute = 0;
            if (Double.isFinite(expected)) {
                double max = Double.NEGATIVE_INFINITY;
                for (double value : wide) {
                    max = Math.max(max, value);
                }
                double[] exps = new double[x.n()];
                for (int i = 0; i < x.n(); i++) {
                    exps[i] = Math.exp(wide[i] - max);
                }
                double total = References.sum(exps).value();
                double sumError = differenceError(wide, exps, total, F.u()) + 2 * EXP_ULPS * F.u()
                        + Bounds.gamma(x.n() + 1, F.u());
                absolute = 1.01 * sumError + F.u() * (Math.abs(expected) + Math.abs(max));
            }
            Bounds.assertRelative("logSumExp of " + x, got, expected, 0, absolute);
        });
    }

    private static void doubleLogSumExp(VectorKernels k, int tries) {
        Gen<Double> values = Values.finiteDoubles(12).mix(Values.doubles(), 15);
        qt(tries).forAll(doubleSlices(values)).checkAssert(x -> {
            double[] xs = x.values();
            double expected = References.logSumExp(xs);
            double got = k.logSumExp(x.backing(), x.offset(), x.n());
            double absolute = 0;
            if (Double.isFinite(expected)) {
                double max = Double.NEGATIVE_INFINITY;
                for (double value : xs) {
                    max = Math.max(max, value);
                }
                double[] exps = new double[x.n()];
                for (int i = 0; i < x.n(); i++) {
                    exps[i] = Math.exp(xs[i] - max);
                }
                double total = References.sum(exps).value();
                double sumError = differenceError(xs, exps, total, D.u()) + 4 * EXP_ULPS * D.u()
                        + Bounds.gamma(x.n() + 1, D.u());
                absolute = 1.01 * sumError + 2 * D.u() * (Math.abs(expected) + Math.abs(max));
            }
            Bounds.assertRelative("logSumExp of " + x, got, expected, 0, absolute);
        });
    }

    /** exp within EXP_ULPS float ulps of Math.exp, which is itself within one double ulp of the exact value. */
    private static void floatExp(VectorKernels k, int tries) {
        Gen<Float> arguments = in -> (float) (in.next(org.quicktheories.impl.Constraint.between(-1_050_000, 900_000))
                / 10_000.0);
        qt(tries).forAll(floatSlices(arguments.mix(Values.floats(), 10))).checkAssert(x -> {
            float[] xs = x.values();
            float[] y = new float[x.n() + 1];
            k.exp(x.backing(), x.offset(), y, 1, x.n());
            for (int i = 0; i < x.n(); i++) {
                double exact = Math.exp(xs[i]);
                float got = y[i + 1];
                if (Float.isInfinite((float) exact)) {
                    Bounds.assertSame("exp(" + xs[i] + ") overflows", got, Float.POSITIVE_INFINITY);
                    continue;
                }
                double ulps = Bounds.floatUlps(got, exact);
                if (!(ulps <= EXP_ULPS)) {
                    throw new AssertionError("exp(" + xs[i] + ") = " + got + " is " + ulps + " ulps from " + exact);
                }
            }
            Bounds.assertSame("exp leaves y[0]", y[0], 0f);
        });
    }

    private static void doubleExp(VectorKernels k, int tries) {
        Gen<Double> arguments = in -> in.next(org.quicktheories.impl.Constraint.between(-7_460_000, 7_100_000))
                / 10_000.0;
        qt(tries).forAll(doubleSlices(arguments.mix(Values.doubles(), 10))).checkAssert(x -> {
            double[] xs = x.values();
            double[] y = new double[x.n() + 1];
            k.exp(x.backing(), x.offset(), y, 1, x.n());
            for (int i = 0; i < x.n(); i++) {
                double reference = Math.exp(xs[i]);
                double ulps = Bounds.doubleUlps(y[i + 1], reference);
                if (!(ulps <= EXP_ULPS) && !(reference < Double.MIN_NORMAL && Math.abs(y[i + 1] - reference)
                        <= EXP_ULPS * Double.MIN_VALUE)) {
                    throw new AssertionError("exp(" + xs[i] + ") = " + y[i + 1] + " is " + ulps + " ulps from "
                            + reference);
                }
            }
            Bounds.assertSame("exp leaves y[0]", y[0], 0.0);
        });
    }
}
