package dev.lanekit.proofs.inversion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.inversion.GrayCursor;
import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.InversionSearch;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import dev.lanekit.inversion.SearchOptions;
import dev.lanekit.inversion.SearchResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fixed facts of the binary reflected Gray code and of index arithmetic near 2³¹ and 2³²: an int loop
 * {@code for (m = 0; m < (1 << n); m++)} runs once for n = 32 and never for n = 31, so every count and
 * index here is a long.
 */
class GrayCodeTest {

    private static String bits(int[] z) {
        StringBuilder text = new StringBuilder();
        for (int j = z.length - 1; j >= 0; j--) {
            text.append(z[j]);
        }
        return text.toString();
    }

    @Test
    void visitOrderForThreeBits() {
        LatentBox box = LatentBox.binary(3);
        List<String> order = new ArrayList<>();
        for (long i = 0; i < box.size(); i++) {
            order.add(bits(box.latent(i)));
        }
        assertEquals(List.of("000", "001", "011", "010", "110", "111", "101", "100"), order);
    }

    @Test
    void visitOrderIsIXorIShiftedRight() {
        LatentBox box = LatentBox.binary(10);
        for (long i = 0; i < box.size(); i++) {
            long gray = i ^ (i >>> 1);
            int[] z = box.latent(i);
            for (int j = 0; j < 10; j++) {
                assertEquals((gray >>> j) & 1, z[j], "bit " + j + " of candidate " + i);
            }
        }
    }

    @Test
    void flippedBitsForThreeBits() {
        GrayCursor cursor = new GrayCursor(LatentBox.binary(3), 0);
        int[] flipped = new int[7];
        for (int i = 0; i < 7; i++) {
            flipped[i] = cursor.next();
        }
        assertArrayEquals(new int[] {0, 1, 0, 2, 0, 1, 0}, flipped);
    }

    @Test
    void flippedBitIsTrailingZerosOfIndex() {
        GrayCursor cursor = new GrayCursor(LatentBox.binary(12), 0);
        for (long i = 1; i < 1 << 12; i++) {
            assertEquals(Long.numberOfTrailingZeros(i), cursor.next(), "step to candidate " + i);
        }
    }

    @Test
    void eachCodeVisitedOnce() {
        LatentBox box = LatentBox.binary(12);
        GrayCursor cursor = new GrayCursor(box, 0);
        Set<String> seen = new HashSet<>();
        int[] z = new int[12];
        cursor.copyLatent(z);
        seen.add(bits(z));
        for (long i = 1; i < box.size(); i++) {
            cursor.next();
            cursor.copyLatent(z);
            assertTrue(seen.add(bits(z)), "candidate " + i + " repeats " + bits(z));
        }
        assertEquals(1 << 12, seen.size());
    }

    @Test
    void emptyLatentHasOneCandidate() {
        LatentBox box = LatentBox.binary(0);
        assertEquals(1, box.size());
        ReluNetwork network = ReluNetwork.linear(new float[] {3f, -4f}, new float[0], 0);
        InversionProblem problem = new InversionProblem(network, new float[2], box, Norm.L2);
        SearchResult result = InversionSearch.search(problem, SearchOptions.optimize(3));
        assertEquals(1, result.statistics().candidates());
        assertEquals(1, result.candidates().size());
        assertEquals(5.0, result.best().orElseThrow().objective());
        assertEquals(0, result.best().orElseThrow().latent().length);
    }

    @Test
    void sizesAt31And32Bits() {
        assertEquals(1L << 31, LatentBox.binary(31).size());
        assertEquals(1L << 32, LatentBox.binary(32).size());
        assertEquals(1L << 62, LatentBox.binary(62).size());
        assertThrows(IllegalArgumentException.class, () -> LatentBox.binary(63));
    }

    @Test
    void unrankingAboveTwoToThe31() {
        for (int n : new int[] {31, 32, 62}) {
            LatentBox box = LatentBox.binary(n);
            long last = box.size() - 1;
            int[] z = box.latent(last);
            long gray = last ^ (last >>> 1);
            for (int j = 0; j < n; j++) {
                assertEquals((gray >>> j) & 1, z[j], "n=" + n + ", bit " + j);
            }
        }
    }

    @Test
    void rangeSearchAtTopOf32Bits() {
        // In the last 4096 candidates only bits 0..11 vary, and G(z) = Σ_{j<12} 2^j·z_j + Σ_{j>=12} z_j is
        // exact in float and distinct for each of them, so the nearest candidate is the expected one.
        int n = 32;
        LatentBox box = LatentBox.binary(n);
        long start = box.size() - 4096;
        int[] expected = box.latent(box.size() - 1000);
        float[] w = new float[n];
        float[] target = new float[1];
        double value = 0;
        for (int j = 0; j < n; j++) {
            w[j] = j < 12 ? (float) Math.scalb(1.0, j) : 1f;
            value += expected[j] * w[j];
        }
        target[0] = (float) value;
        InversionProblem problem = new InversionProblem(ReluNetwork.linear(new float[1], w, n), target, box, Norm.L1);
        SearchResult result = InversionSearch.searchRange(problem, SearchOptions.optimize(1), start, box.size());
        // Objective 0 cannot be beaten by a later index, so the range stops right after the exact match.
        assertEquals(4096 - 999, result.statistics().candidates());
        assertEquals(box.size() - 1000, result.best().orElseThrow().index());
        assertArrayEquals(expected, result.best().orElseThrow().latent());
    }

    @Test
    void rangeSearchAcrossTwoToThe31() {
        int n = 31;
        LatentBox box = LatentBox.binary(n);
        SplittableRandom random = new SplittableRandom(7);
        float[] w = new float[3 * n];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextDouble(-1, 1);
        }
        float[] target = {0.5f, -0.25f, 1f};
        InversionProblem problem = new InversionProblem(ReluNetwork.linear(new float[3], w, n), target, box, Norm.L2);
        long start = box.size() - 3000;
        SearchResult result = InversionSearch.searchRange(problem, SearchOptions.optimize(2), start, box.size());
        assertEquals(3000, result.statistics().candidates());
        double best = Double.POSITIVE_INFINITY;
        long argmin = -1;
        for (long i = start; i < box.size(); i++) {
            double objective = problem.objective(box.latent(i));
            if (objective < best) {
                best = objective;
                argmin = i;
            }
        }
        assertEquals(argmin, result.best().orElseThrow().index());
        assertEquals(best, result.best().orElseThrow().objective());
    }

    @Test
    void mixedRadixVisitOrder() {
        // Radix 3 in both coordinates, coordinate 1 written first: the lower digit reverses after an odd top digit.
        LatentBox box = LatentBox.uniform(2, 0, 2);
        List<String> order = new ArrayList<>();
        for (long i = 0; i < box.size(); i++) {
            order.add(bits(box.latent(i)));
        }
        assertEquals(List.of("00", "01", "02", "12", "11", "10", "20", "21", "22"), order);
    }
}
