package dev.lanekit.inversion;

/**
 * A position in the reflected mixed-radix Gray code of a {@link LatentBox}, which steps to the next
 * candidate by changing one coordinate by ±1.
 *
 * <p>The code is defined recursively: the candidates with the top coordinate at its v-th value are
 * followed by the code of the lower coordinates, reversed when v is odd. For the binary cube this is
 * the binary reflected Gray code: candidate i is {@code i ^ (i >>> 1)} (bit j is coordinate j), and the
 * step to candidate i flips bit {@code Long.numberOfTrailingZeros(i)}; for n = 3 the visit order is
 * 000, 001, 011, 010, 110, 111, 101, 100 (written with coordinate 2 first). In general the step to
 * candidate i changes the coordinate of the lowest nonzero digit of i in the mixed radix of the box.
 *
 * <p>Indices are {@code long}, so every box of up to 2⁶² candidates is enumerated completely. Seeking to
 * an arbitrary index costs O(n); {@link #next()} costs O(1) amortised. Not thread-safe: each search
 * worker owns its cursor.
 */
public final class GrayCursor {

    private final LatentBox box;
    private final int n;
    private final boolean binary;
    /** Gray digit of each coordinate, 0 … radix − 1 (the latent value is lo + digit). */
    private final int[] digit;
    /** Plain mixed-radix digits of the index, whose carry chain finds the coordinate that changes next. */
    private final int[] counter;
    /** Direction (+1 or −1) of the next change of each coordinate. */
    private final int[] direction;
    private long index;
    private int lastDelta;

    /**
     * Creates a cursor at candidate {@code index} of {@code box}.
     *
     * @param box the latent box
     * @param index the enumeration index to start at
     * @throws IndexOutOfBoundsException when index is outside 0 … box.size() − 1
     */
    public GrayCursor(LatentBox box, long index) {
        if (index < 0 || index >= box.size()) {
            throw new IndexOutOfBoundsException("index = " + index + " is outside 0.." + (box.size() - 1));
        }
        this.box = box;
        this.n = box.dimension();
        this.binary = box.isBinary();
        this.digit = new int[n];
        this.counter = new int[n];
        this.direction = new int[n];
        seek(index);
    }

    /** Moves the cursor to candidate {@code index} in O(n). */
    private void seek(long target) {
        this.index = target;

        // Place values of the mixed radix: coordinate 0 is the least significant digit.
        long[] place = new long[n];
        long value = 1;
        for (int j = 0; j < n; j++) {
            place[j] = value;
            value *= box.radix(j);
        }

        // Plain digits for the carry chain.
        long rest = target;
        for (int j = 0; j < n; j++) {
            counter[j] = (int) (rest % box.radix(j));
            rest /= box.radix(j);
        }

        // Gray digits from the top: an odd digit reverses the order of everything below it.
        long remainder = target;
        int higherDigitSum = 0;
        for (int j = n - 1; j >= 0; j--) {
            long v = remainder / place[j];
            remainder %= place[j];
            digit[j] = (int) v;
            if ((v & 1) == 1) {
                remainder = place[j] - 1 - remainder;
            }

            // Coordinate j moves up while the block above it runs forward (even digit sum above), and
            // bounces back when it already sits at the end it is moving towards.
            int dir = (higherDigitSum & 1) == 0 ? 1 : -1;
            int next = digit[j] + dir;
            if (next < 0 || next >= box.radix(j)) {
                dir = -dir;
            }
            direction[j] = dir;
            higherDigitSum += digit[j] & 1;
        }
    }

    /** {@return the index of the current candidate} */
    public long index() {
        return index;
    }

    /**
     * {@return coordinate j of the current latent vector}
     *
     * @param j the coordinate index
     */
    public int latent(int j) {
        return box.lo(j) + digit[j];
    }

    /**
     * Copies the current latent vector into {@code z} (length n).
     *
     * @param z receives the latent vector, at least n long
     */
    public void copyLatent(int[] z) {
        for (int j = 0; j < n; j++) {
            z[j] = box.lo(j) + digit[j];
        }
    }

    /**
     * Steps to the next candidate and returns the coordinate that changed. {@link #lastDelta()} returns
     * the change, +1 or −1.
     *
     * @return the index of the coordinate that changed
     * @throws IllegalStateException when the cursor is at the last candidate
     */
    public int next() {
        if (index == box.size() - 1) {
            throw new IllegalStateException("the cursor is at the last candidate, " + index);
        }
        index++;
        if (binary) {
            // Binary reflected Gray code: the flipped bit is the number of trailing zeros of the new index.
            int j = Long.numberOfTrailingZeros(index);
            digit[j] ^= 1;
            lastDelta = digit[j] == 1 ? 1 : -1;
            return j;
        }
        int j = 0;
        while (++counter[j] == box.radix(j)) {
            counter[j] = 0;
            j++;
        }
        digit[j] += direction[j];
        lastDelta = direction[j];
        if (digit[j] == 0 || digit[j] == box.radix(j) - 1) {
            direction[j] = -direction[j];
        }
        return j;
    }

    /** {@return the change (+1 or −1) of the coordinate that the last {@link #next()} returned} */
    public int lastDelta() {
        return lastDelta;
    }
}
