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

/**
 * The segment kernels against the array kernels, bit for bit. A heap segment over an array of the element
 * type must give what the same implementation gives on that array; an off-heap segment is served by the
 * scalar segment loops, which mirror the scalar array kernels, so it must give what {@link Vectors#scalar()}
 * gives. Offsets are element offsets into segments that carry the NaN sentinels of the slices.
 */
final class SegmentProperties {

    private static final double[] ORDERS = {1.0, 2.0, 3.0, Double.POSITIVE_INFINITY};

    private SegmentProperties() {}

    static void floats(VectorKernels k, int tries) {
        qt(tries).forAll(VectorProperties.floatPairs(Values.finiteFloats(20).mix(Values.floats(), 20)))
                .checkAssert(pair -> {
                    try (Arena arena = Arena.ofConfined()) {
                        check(k, k, pair[0], pair[1], MemorySegment.ofArray(pair[0].backing().clone()),
                                MemorySegment.ofArray(pair[1].backing().clone()), "heap");
                        check(k, Vectors.scalar(), pair[0], pair[1], copy(arena, pair[0]), copy(arena, pair[1]),
                                "off-heap");
                    }
                });
    }

    static void doubles(VectorKernels k, int tries) {
        qt(tries).forAll(VectorProperties.doublePairs(Values.finiteDoubles(20).mix(Values.doubles(), 20)))
                .checkAssert(pair -> {
                    try (Arena arena = Arena.ofConfined()) {
                        check(k, k, pair[0], pair[1], MemorySegment.ofArray(pair[0].backing().clone()),
                                MemorySegment.ofArray(pair[1].backing().clone()), "heap");
                        check(k, Vectors.scalar(), pair[0], pair[1], copy(arena, pair[0]), copy(arena, pair[1]),
                                "off-heap");
                    }
                });
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

    /** Runs every kernel on the segments through {@code k} and on the arrays through {@code arrays}. */
    private static void check(VectorKernels k, VectorKernels arrays, FloatSlice a, FloatSlice b, MemorySegment sa,
            MemorySegment sb, String kind) {
        int n = a.n();
        float[] xa = a.backing();
        float[] xb = b.backing();
        String on = " on " + kind + " segments";
        Bounds.assertSame("dot" + on, k.dotFloat(sa, a.offset(), sb, b.offset(), n),
                arrays.dot(xa, a.offset(), xb, b.offset(), n));
        Bounds.assertSame("sum" + on, k.sumFloat(sa, a.offset(), n), arrays.sum(xa, a.offset(), n));
        Bounds.assertSame("cosine" + on, k.cosineFloat(sa, a.offset(), sb, b.offset(), n),
                arrays.cosine(xa, a.offset(), xb, b.offset(), n));
        Bounds.assertSame("squaredDistance" + on, k.squaredDistanceFloat(sa, a.offset(), sb, b.offset(), n),
                arrays.squaredDistance(xa, a.offset(), xb, b.offset(), n));
        Bounds.assertSame("logSumExp" + on, k.logSumExpFloat(sa, a.offset(), n), arrays.logSumExp(xa, a.offset(), n));
        if (n > 0) {
            Bounds.assertSame("max" + on, k.maxFloat(sa, a.offset(), n), arrays.max(xa, a.offset(), n));
            Bounds.assertSame("argmax" + on, k.argmaxFloat(sa, a.offset(), n), arrays.argmax(xa, a.offset(), n));
        }
        for (double p : ORDERS) {
            Bounds.assertSame("norm p=" + p + on, k.normFloat(sa, a.offset(), n, p), arrays.norm(xa, a.offset(), n, p));
            Bounds.assertSame("distance p=" + p + on, k.distanceFloat(sa, a.offset(), sb, b.offset(), n, p),
                    arrays.distance(xa, a.offset(), xb, b.offset(), n, p));
        }

        // Batched: the first slice holds one row per element pair, so m = 1 row of n plus the query.
        MemorySegment out = MemorySegment.ofArray(new float[2]);
        float[] expected = new float[2];
        k.distancesFloat(sb, b.offset(), sa, a.offset(), 1, n, n, 2.0, out, 1);
        arrays.distances(xb, b.offset(), xa, a.offset(), 1, n, n, 2.0, expected, 1);
        Bounds.assertSame("distances" + on, out.getAtIndex(ValueLayout.JAVA_FLOAT, 1), expected[1]);
        k.squaredDistancesFloat(sb, b.offset(), sa, a.offset(), 1, n, n, out, 0);
        arrays.squaredDistances(xb, b.offset(), xa, a.offset(), 1, n, n, expected, 0);
        Bounds.assertSame("squaredDistances" + on, out.getAtIndex(ValueLayout.JAVA_FLOAT, 0), expected[0]);
        long[] rows = new long[1];
        float[] nearest = new float[1];
        int[] arrayRows = new int[1];
        float[] arrayNearest = new float[1];
        k.nearestFloat(sb, b.offset(), sa, a.offset(), 1, n, n, 2.0, 1, rows, nearest);
        arrays.nearest(xb, b.offset(), xa, a.offset(), 1, n, n, 2.0, 1, arrayRows, arrayNearest);
        Bounds.assertSame("nearest" + on, nearest[0], arrayNearest[0]);

        // Writing kernels last: each works on fresh copies of both sides.
        float[] copyB = xb.clone();
        k.axpyFloat(0.75f, sa, a.offset(), sb, b.offset(), n);
        arrays.axpy(0.75f, xa, a.offset(), copyB, b.offset(), n);
        assertSameElements("axpy" + on, sb, copyB);
        float[] copyA = xa.clone();
        k.scaleFloat(-1.5f, sa, a.offset(), n);
        arrays.scale(-1.5f, copyA, a.offset(), n);
        assertSameElements("scale" + on, sa, copyA);
        k.softmaxFloat(sa, a.offset(), n);
        arrays.softmax(copyA, a.offset(), n);
        assertSameElements("softmax" + on, sa, copyA);
        k.expFloat(sa, a.offset(), sa, a.offset(), n);
        arrays.exp(copyA, a.offset(), copyA, a.offset(), n);
        assertSameElements("exp" + on, sa, copyA);
    }

    private static void check(VectorKernels k, VectorKernels arrays, DoubleSlice a, DoubleSlice b, MemorySegment sa,
            MemorySegment sb, String kind) {
        int n = a.n();
        double[] xa = a.backing();
        double[] xb = b.backing();
        String on = " on " + kind + " segments";
        Bounds.assertSame("dot" + on, k.dotDouble(sa, a.offset(), sb, b.offset(), n),
                arrays.dot(xa, a.offset(), xb, b.offset(), n));
        Bounds.assertSame("sum" + on, k.sumDouble(sa, a.offset(), n), arrays.sum(xa, a.offset(), n));
        Bounds.assertSame("cosine" + on, k.cosineDouble(sa, a.offset(), sb, b.offset(), n),
                arrays.cosine(xa, a.offset(), xb, b.offset(), n));
        Bounds.assertSame("squaredDistance" + on, k.squaredDistanceDouble(sa, a.offset(), sb, b.offset(), n),
                arrays.squaredDistance(xa, a.offset(), xb, b.offset(), n));
        Bounds.assertSame("logSumExp" + on, k.logSumExpDouble(sa, a.offset(), n),
                arrays.logSumExp(xa, a.offset(), n));
        if (n > 0) {
            Bounds.assertSame("max" + on, k.maxDouble(sa, a.offset(), n), arrays.max(xa, a.offset(), n));
            Bounds.assertSame("argmax" + on, k.argmaxDouble(sa, a.offset(), n), arrays.argmax(xa, a.offset(), n));
        }
        for (double p : ORDERS) {
            Bounds.assertSame("norm p=" + p + on, k.normDouble(sa, a.offset(), n, p),
                    arrays.norm(xa, a.offset(), n, p));
            Bounds.assertSame("distance p=" + p + on, k.distanceDouble(sa, a.offset(), sb, b.offset(), n, p),
                    arrays.distance(xa, a.offset(), xb, b.offset(), n, p));
        }

        MemorySegment out = MemorySegment.ofArray(new double[2]);
        double[] expected = new double[2];
        k.distancesDouble(sb, b.offset(), sa, a.offset(), 1, n, n, 2.0, out, 1);
        arrays.distances(xb, b.offset(), xa, a.offset(), 1, n, n, 2.0, expected, 1);
        Bounds.assertSame("distances" + on, out.getAtIndex(ValueLayout.JAVA_DOUBLE, 1), expected[1]);
        k.squaredDistancesDouble(sb, b.offset(), sa, a.offset(), 1, n, n, out, 0);
        arrays.squaredDistances(xb, b.offset(), xa, a.offset(), 1, n, n, expected, 0);
        Bounds.assertSame("squaredDistances" + on, out.getAtIndex(ValueLayout.JAVA_DOUBLE, 0), expected[0]);
        long[] rows = new long[1];
        double[] nearest = new double[1];
        int[] arrayRows = new int[1];
        double[] arrayNearest = new double[1];
        k.nearestDouble(sb, b.offset(), sa, a.offset(), 1, n, n, 2.0, 1, rows, nearest);
        arrays.nearest(xb, b.offset(), xa, a.offset(), 1, n, n, 2.0, 1, arrayRows, arrayNearest);
        Bounds.assertSame("nearest" + on, nearest[0], arrayNearest[0]);

        double[] copyB = xb.clone();
        k.axpyDouble(0.75, sa, a.offset(), sb, b.offset(), n);
        arrays.axpy(0.75, xa, a.offset(), copyB, b.offset(), n);
        assertSameElements("axpy" + on, sb, copyB);
        double[] copyA = xa.clone();
        k.scaleDouble(-1.5, sa, a.offset(), n);
        arrays.scale(-1.5, copyA, a.offset(), n);
        assertSameElements("scale" + on, sa, copyA);
        k.softmaxDouble(sa, a.offset(), n);
        arrays.softmax(copyA, a.offset(), n);
        assertSameElements("softmax" + on, sa, copyA);
        k.expDouble(sa, a.offset(), sa, a.offset(), n);
        arrays.exp(copyA, a.offset(), copyA, a.offset(), n);
        assertSameElements("exp" + on, sa, copyA);
    }

    private static void assertSameElements(String what, MemorySegment segment, float[] expected) {
        for (int i = 0; i < expected.length; i++) {
            Bounds.assertSame(what + " element " + i, segment.getAtIndex(ValueLayout.JAVA_FLOAT, i), expected[i]);
        }
    }

    private static void assertSameElements(String what, MemorySegment segment, double[] expected) {
        for (int i = 0; i < expected.length; i++) {
            Bounds.assertSame(what + " element " + i, segment.getAtIndex(ValueLayout.JAVA_DOUBLE, i), expected[i]);
        }
    }
}
