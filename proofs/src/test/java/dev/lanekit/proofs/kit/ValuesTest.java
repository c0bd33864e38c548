package dev.lanekit.proofs.kit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The generators draw the values that break kernels, often enough for a short property run to meet them. */
class ValuesTest {

    private static final int DRAWS = 10_000;

    @Test
    void floatsDrawEverySpecialValue() {
        Set<Integer> seen = new HashSet<>();
        Theories.draw(Values.floats(), DRAWS).forEach(v -> seen.add(Float.floatToIntBits(v)));
        for (float special : List.of(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f,
                1.4e-45f, 1.17549435e-38f, 3.4028235e38f, -3.4028235e38f)) {
            assertTrue(seen.contains(Float.floatToIntBits(special)), special + " never drawn in " + DRAWS);
        }
    }

    @Test
    void doublesDrawEverySpecialValue() {
        Set<Long> seen = new HashSet<>();
        Theories.draw(Values.doubles(), DRAWS).forEach(v -> seen.add(Double.doubleToLongBits(v)));
        for (double special : List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE)) {
            assertTrue(seen.contains(Double.doubleToLongBits(special)), special + " never drawn in " + DRAWS);
        }
    }

    @Test
    void lengthsHitLaneBoundaries() {
        List<Integer> boundaries = Lengths.boundaries(5000);
        for (int lanes : Lengths.LANE_COUNTS) {
            for (int n : new int[] {0, 1, lanes - 1, lanes, lanes + 1, 4 * lanes - 1, 4 * lanes + 1}) {
                assertTrue(boundaries.contains(n), n + " missing for " + lanes + " lanes: " + boundaries);
            }
        }
        Set<Integer> drawn = new HashSet<>(Theories.draw(Lengths.lengths(5000), DRAWS));
        assertTrue(drawn.containsAll(boundaries), "lengths() never drew some of " + boundaries);
    }

    /** Draws values from a generator the way QuickTheories does, with a fixed seed. */
    private static final class Theories {
        static <T> List<T> draw(Gen<T> gen, int count) {
            List<T> values = new java.util.ArrayList<>();
            org.quicktheories.QuickTheory.qt().withExamples(count).withFixedSeed(1L).withShrinkCycles(0)
                    .forAll(gen).checkAssert(values::add);
            return values;
        }
    }
}
