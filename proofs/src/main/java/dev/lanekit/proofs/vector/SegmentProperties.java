package dev.lanekit.proofs.vector;

import static dev.lanekit.proofs.Theories.qt;

import dev.lanekit.proofs.kit.Bounds;
import dev.lanekit.proofs.kit.Slices.DoubleSlice;
import dev.lanekit.proofs.kit.Slices.FloatSlice;
import dev.lanekit.proofs.kit.Values;
import dev.lanekit.vector.VectorKernels;
import dev.lanekit.vector.Vectors;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The segment kernels against the array kernels. Every kernel runs on segments through the implementation
 * under test and on the same data as arrays, and the results must agree bit for bit.
 *
 * <p>A heap segment over an array of the element type must give what the same implementation gives on the
 * array. An off-heap segment is served either by vector loops with the array kernels' summation order or
 * by the scalar segment loops, which mirror the scalar array kernels, so it must give what the same
 * implementation or {@link Vectors#scalar()} gives on the array. Results that go through exp (exp, softmax,
 * log-sum-exp) may differ in the last bits between two calls of the SIMD implementation, because the
 * interpreted and the compiled lanewise exp round differently, so those are compared within twice the
 * exp error instead.
 */
final class SegmentProperties {

    private static final double[] ORDERS = {1.0, 2.0, 3.0, Double.POSITIVE_INFINITY};

    private SegmentProperties() {}

    /** One named result; {@code viaExp} marks results computed through exp. */
    private record Result(String name, double value, boolean viaExp) {}

    static void floats(VectorKernels k, int tries) {
        qt(tries).forAll(VectorProperties.floatPairs(Values.finiteFloats(20).mix(Values.floats(), 20)))
                .checkAssert(pair -> {
                    List<Result> own = floatResults(k, pair[0], pair[1], null, null);
                    List<Result> scalar = floatResults(Vectors.scalar(), pair[0], pair[1], null, null);
                    try (Arena arena = Arena.ofConfined()) {
                        List<Result> heap = floatResults(k, pair[0], pair[1],
                                MemorySegment.ofArray(pair[0].backing().clone()),
                                MemorySegment.ofArray(pair[1].backing().clone()));
                        compare("heap segments", heap, own, own, Bounds.FLOAT, pair[0].n());
                        List<Result> offHeap = floatResults(k, pair[0], pair[1], copy(arena, pair[0]),
                                copy(arena, pair[1]));
                        compare("off-heap segments", offHeap, own, scalar, Bounds.FLOAT, pair[0].n());
                    }
                });
    }

    static void doubles(VectorKernels k, int tries) {
        qt(tries).forAll(VectorProperties.doublePairs(Values.finiteDoubles(20).mix(Values.doubles(), 20)))
                .checkAssert(pair -> {
                    List<Result> own = doubleResults(k, pair[0], pair[1], null, null);
                    List<Result> scalar = doubleResults(Vectors.scalar(), pair[0], pair[1], null, null);
                    try (Arena arena = Arena.ofConfined()) {
                        List<Result> heap = doubleResults(k, pair[0], pair[1],
                                MemorySegment.ofArray(pair[0].backing().clone()),
                                MemorySegment.ofArray(pair[1].backing().clone()));
                        compare("heap segments", heap, own, own, Bounds.DOUBLE, pair[0].n());
                        List<Result> offHeap = doubleResults(k, pair[0], pair[1], copy(arena, pair[0]),
                                copy(arena, pair[1]));
                        compare("off-heap segments", offHeap, own, scalar, Bounds.DOUBLE, pair[0].n());
                    }
                });
    }

    /**
     * Asserts that each result equals the first or the second expected list bit for bit, or for results
     * through exp lies within twice the exp, sum and division error of either.
     */
    private static void compare(String kind, List<Result> got, List<Result> first, List<Result> second,
            Bounds.Format format, int n) {
        double u = format.u();
        double relative = 2 * (4 * VectorProperties.EXP_ULPS * u + Bounds.gamma(n + 1, u) + 2 * u);
        for (int i = 0; i < got.size(); i++) {
            Result result = got.get(i);
            double a = first.get(i).value();
            double b = second.get(i).value();
            String what = result.name() + " on " + kind;
            if (same(result.value(), a) || same(result.value(), b)) {
                continue;
            }
            if (!result.viaExp()) {
                Bounds.assertSame(what, result.value(), a);
            }
            double absolute = relative * (1 + Math.abs(a)) + 4 * VectorProperties.EXP_ULPS * format.minValue();
            Bounds.assertRelative(what, result.value(), a, relative, absolute);
        }
    }

    private static boolean same(double x, double y) {
        return Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
    }

    private static MemorySegment copy(Arena arena, FloatSlice slice) {
        MemorySegment segment = arena.allocate(ValueLayout.JAVA_FLOAT, Math.max(1, slice.backing().length));
        MemorySegment.copy(slice.backing(), 0, segment, ValueLayout.JAVA_FLOAT, 0, slice.backing().length);
        return segment.asSlice(0, (long) slice.backing().length * Float.BYTES);
    }

    private static MemorySegment copy(Arena arena, DoubleSlice slice) {
        MemorySegment segment = arena.allocate(ValueLayout.JAVA_DOUBLE, Math.max(1, slice.backing().length));
        MemorySegment.copy(slice.backing(), 0, segment, ValueLayout.JAVA_DOUBLE, 0, slice.backing().length);
        return segment.asSlice(0, (long) slice.backing().length * Double.BYTES);
    }

    /**
     * Runs every float kernel on the slices, as segments when {@code sa} and {@code sb} are given (they hold
     * the slices' backing arrays, sentinels included) and as fresh copies of the arrays otherwise.
     */
    private static List<Result> floatResults(VectorKernels k, FloatSlice a, FloatSlice b, MemorySegment sa,
            MemorySegment sb) {
        boolean segments = sa != null;
        if (!segments) {
            sa = MemorySegment.ofArray(a.backing().clone());
            sb = MemorySegment.ofArray(b.backing().clone());
        }
        float[] xa = (float[]) sa.heapBase().orElse(null);
        float[] xb = (float[]) sb.heapBase().orElse(null);
        int n = a.n();
        int ao = a.offset();
        int bo = b.offset();
        List<Result> results = new ArrayList<>();
        results.add(new Result("dot", segments ? k.dotFloat(sa, ao, sb, bo, n) : k.dot(xa, ao, xb, bo, n), false));
        results.add(new Result("sum", segments ? k.sumFloat(sa, ao, n) : k.sum(xa, ao, n), false));
        results.add(new Result("cosine",
                segments ? k.cosineFloat(sa, ao, sb, bo, n) : k.cosine(xa, ao, xb, bo, n), false));
        results.add(new Result("squaredDistance",
                segments ? k.squaredDistanceFloat(sa, ao, sb, bo, n) : k.squaredDistance(xa, ao, xb, bo, n), false));
        results.add(new Result("logSumExp", segments ? k.logSumExpFloat(sa, ao, n) : k.logSumExp(xa, ao, n), true));
        if (n > 0) {
            results.add(new Result("max", segments ? k.maxFloat(sa, ao, n) : k.max(xa, ao, n), false));
            results.add(new Result("argmax", segments ? k.argmaxFloat(sa, ao, n) : k.argmax(xa, ao, n), false));
        }
        for (double p : ORDERS) {
            results.add(new Result("norm p=" + p, segments ? k.normFloat(sa, ao, n, p) : k.norm(xa, ao, n, p), false));
            results.add(new Result("distance p=" + p,
                    segments ? k.distanceFloat(sa, ao, sb, bo, n, p) : k.distance(xa, ao, xb, bo, n, p), false));
        }

        // Batched, with b as the query and a as a matrix of one row.
        float[] out = new float[2];
        long[] longRows = new long[1];
        int[] rows = new int[1];
        float[] nearest = new float[1];
        if (segments) {
            MemorySegment outSegment = MemorySegment.ofArray(out);
            k.distancesFloat(sb, bo, sa, ao, 1, n, n, 2.0, outSegment, 1);
            k.squaredDistancesFloat(sb, bo, sa, ao, 1, n, n, outSegment, 0);
            k.nearestFloat(sb, bo, sa, ao, 1, n, n, 2.0, 1, longRows, nearest);
        } else {
            k.distances(xb, bo, xa, ao, 1, n, n, 2.0, out, 1);
            k.squaredDistances(xb, bo, xa, ao, 1, n, n, out, 0);
            k.nearest(xb, bo, xa, ao, 1, n, n, 2.0, 1, rows, nearest);
        }
        results.add(new Result("distances", out[1], false));
        results.add(new Result("squaredDistances", out[0], false));
        results.add(new Result("nearest", nearest[0], false));

        // Writing kernels last, in sequence on the same data.
        if (segments) {
            k.axpyFloat(0.75f, sa, ao, sb, bo, n);
            k.scaleFloat(-1.5f, sa, ao, n);
        } else {
            k.axpy(0.75f, xa, ao, xb, bo, n);
            k.scale(-1.5f, xa, ao, n);
        }
        addElements(results, "axpy", sb, false);
        addElements(results, "scale", sa, false);
        if (segments) {
            k.softmaxFloat(sa, ao, n);
        } else {
            k.softmax(xa, ao, n);
        }
        addElements(results, "softmax", sa, true);
        if (segments) {
            k.expFloat(sa, ao, sa, ao, n);
        } else {
            k.exp(xa, ao, xa, ao, n);
        }
        addElements(results, "exp", sa, true);
        return results;
    }

    private static List<Result> doubleResults(VectorKernels k, DoubleSlice a, DoubleSlice b, MemorySegment sa,
            MemorySegment sb) {
        boolean segments = sa != null;
        if (!segments) {
            sa = MemorySegment.ofArray(a.backing().clone());
            sb = MemorySegment.ofArray(b.backing().clone());
        }
        double[] xa = (double[]) sa.heapBase().orElse(null);
        double[] xb = (double[]) sb.heapBase().orElse(null);
        int n = a.n();
        int ao = a.offset();
        int bo = b.offset();
        List<Result> results = new ArrayList<>();
        results.add(new Result("dot", segments ? k.dotDouble(sa, ao, sb, bo, n) : k.dot(xa, ao, xb, bo, n), false));
        results.add(new Result("sum", segments ? k.sumDouble(sa, ao, n) : k.sum(xa, ao, n), false));
        results.add(new Result("cosine",
                segments ? k.cosineDouble(sa, ao, sb, bo, n) : k.cosine(xa, ao, xb, bo, n), false));
        results.add(new Result("squaredDistance",
                segments ? k.squaredDistanceDouble(sa, ao, sb, bo, n) : k.squaredDistance(xa, ao, xb, bo, n), false));
        results.add(new Result("logSumExp", segments ? k.logSumExpDouble(sa, ao, n) : k.logSumExp(xa, ao, n), true));
        if (n > 0) {
            results.add(new Result("max", segments ? k.maxDouble(sa, ao, n) : k.max(xa, ao, n), false));
            results.add(new Result("argmax", segments ? k.argmaxDouble(sa, ao, n) : k.argmax(xa, ao, n), false));
        }
        for (double p : ORDERS) {
            results.add(new Result("norm p=" + p, segments ? k.normDouble(sa, ao, n, p) : k.norm(xa, ao, n, p),
                    false));
            results.add(new Result("distance p=" + p,
                    segments ? k.distanceDouble(sa, ao, sb, bo, n, p) : k.distance(xa, ao, xb, bo, n, p), false));
        }

        double[] out = new double[2];
        long[] longRows = new long[1];
        int[] rows = new int[1];
        double[] nearest = new double[1];
        if (segments) {
            MemorySegment outSegment = MemorySegment.ofArray(out);
            k.distancesDouble(sb, bo, sa, ao, 1, n, n, 2.0, outSegment, 1);
            k.squaredDistancesDouble(sb, bo, sa, ao, 1, n, n, outSegment, 0);
            k.nearestDouble(sb, bo, sa, ao, 1, n, n, 2.0, 1, longRows, nearest);
        } else {
            k.distances(xb, bo, xa, ao, 1, n, n, 2.0, out, 1);
            k.squaredDistances(xb, bo, xa, ao, 1, n, n, out, 0);
            k.nearest(xb, bo, xa, ao, 1, n, n, 2.0, 1, rows, nearest);
        }
        results.add(new Result("distances", out[1], false));
        results.add(new Result("squaredDistances", out[0], false));
        results.add(new Result("nearest", nearest[0], false));

        if (segments) {
            k.axpyDouble(0.75, sa, ao, sb, bo, n);
            k.scaleDouble(-1.5, sa, ao, n);
        } else {
            k.axpy(0.75, xa, ao, xb, bo, n);
            k.scale(-1.5, xa, ao, n);
        }
        addDoubleElements(results, "axpy", sb, false);
        addDoubleElements(results, "scale", sa, false);
        if (segments) {
            k.softmaxDouble(sa, ao, n);
        } else {
            k.softmax(xa, ao, n);
        }
        addDoubleElements(results, "softmax", sa, true);
        if (segments) {
            k.expDouble(sa, ao, sa, ao, n);
        } else {
            k.exp(xa, ao, xa, ao, n);
        }
        addDoubleElements(results, "exp", sa, true);
        return results;
    }

    /** Adds every float element of {@code segment}, sentinels included, as results. */
    private static void addElements(List<Result> results, String name, MemorySegment segment, boolean viaExp) {
        long count = segment.byteSize() / Float.BYTES;
        for (long i = 0; i < count; i++) {
            results.add(new Result(name + " element " + i, segment.getAtIndex(ValueLayout.JAVA_FLOAT, i), viaExp));
        }
    }

    /** Adds every double element of {@code segment}, sentinels included, as results. */
    private static void addDoubleElements(List<Result> results, String name, MemorySegment segment,
            boolean viaExp) {
        long count = segment.byteSize() / Double.BYTES;
        for (long i = 0; i < count; i++) {
            results.add(new Result(name + " element " + i, segment.getAtIndex(ValueLayout.JAVA_DOUBLE, i), viaExp));
        }
    }
}
