package dev.lanekit.proofs.kit;

import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Lengths that land on every boundary a vector loop has. They include empty and one element, one lane short
 * of, at and past a whole vector, and the same around two and four vectors (the unrolled block of a
 * four-accumulator loop). Primes that no lane count divides and a few large sizes complete them.
 *
 * <p>The boundaries are taken for every lane count a species can have on current hardware (2, 4, 8 and 16
 * lanes: double and float at 128, 256 and 512 bits), so one generator covers every width a test JVM may
 * run with. Typical use:
 *
 * <pre>{@code
 * qt(tries).forAll(Lengths.lengths(4099)).checkAssert(n -> ...);
 * for (int n : Lengths.sweep(16)) { ... }   // every length up to 4·lanes + 3
 * }</pre>
 */
public final class Lengths {

    /** Lane counts of the float and double species at 128, 256 and 512 bits. */
    public static final List<Integer> LANE_COUNTS = List.of(2, 4, 8, 16);

    /** Primes that no lane count divides, between the boundaries. */
    public static final List<Integer> PRIMES = List.of(3, 5, 7, 11, 13, 17, 31, 37, 61, 67, 127, 131, 251, 509, 1021);

    /** Sizes past the caches of small cores' L1, with a ragged tail. */
    public static final List<Integer> LARGE = List.of(1024, 4093, 4096, 4099);

    private Lengths() {}

    /**
     * {@return the sorted boundary lengths up to {@code maxLength}: 0, 1, and for every lane count L the
     * lengths L−1, L, L+1, 2L−1, 2L, 2L+1, 4L−1, 4L, 4L+1, 8L+3, plus {@link #PRIMES} and {@link #LARGE}}
     *
     * @param maxLength the largest length
     */
    public static List<Integer> boundaries(int maxLength) {
        TreeSet<Integer> lengths = new TreeSet<>(List.of(0, 1));
        for (int lanes : LANE_COUNTS) {
            for (int multiple : new int[] {1, 2, 4}) {
                lengths.add(multiple * lanes - 1);
                lengths.add(multiple * lanes);
                lengths.add(multiple * lanes + 1);
            }
            lengths.add(8 * lanes + 3);
        }
        lengths.addAll(PRIMES);
        lengths.addAll(LARGE);
        return List.copyOf(lengths.headSet(maxLength, true));
    }

    /**
     * {@return every length from 0 to {@code 4·lanes + 3}: the exhaustive sweep over one unrolled block and its tail}
     *
     * @param lanes the lane count
     */
    public static List<Integer> sweep(int lanes) {
        return java.util.stream.IntStream.rangeClosed(0, 4 * lanes + 3).boxed().toList();
    }

    /**
     * {@return a generator of lengths in {@code [0, maxLength]}: three draws in four are a boundary length,
     * the rest uniform, so that a short run still meets every boundary and also the lengths between them}
     * Shrinking moves towards 0.
     *
     * @param maxLength the largest length
     */
    public static Gen<Integer> lengths(int maxLength) {
        List<Integer> boundaries = boundaries(maxLength);
        return in -> {
            if (in.next(Constraint.between(0, 3)) < 3) {
                return boundaries.get((int) in.next(Constraint.between(0, boundaries.size() - 1)));
            }
            return (int) in.next(Constraint.between(0, maxLength));
        };
    }
}
