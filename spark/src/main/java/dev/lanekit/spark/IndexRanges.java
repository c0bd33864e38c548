package dev.lanekit.spark;

import java.io.Serializable;

/**
 * A cut of the enumeration indices {@code [0, size)} into consecutive ranges of {@code rangeLength}
 * candidates each (the last one may be shorter). Range {@code i} is
 * {@code [i * rangeLength, min(size, (i + 1) * rangeLength))}; all arithmetic is in long, so sizes
 * up to {@code 2^62} work.
 *
 * @param size the number of candidates, at least 1
 * @param rangeLength the number of candidates per range, at least 1
 */
public record IndexRanges(long size, long rangeLength) implements Serializable {

    /** Validates the sizes. */
    public IndexRanges {
        if (size < 1) {
            throw new IllegalArgumentException("size = " + size + " is invalid; it must be >= 1");
        }
        if (rangeLength < 1) {
            throw new IllegalArgumentException("rangeLength = " + rangeLength + " is invalid; it must be >= 1");
        }
    }

    /** {@return the number of ranges, {@code ceil(size / rangeLength)}} */
    public long count() {
        return (size - 1) / rangeLength + 1;
    }

    /**
     * {@return the first enumeration index of range {@code i}}
     *
     * @param i the range index
     */
    public long from(long i) {
        checkIndex(i);
        return i * rangeLength;
    }

    /**
     * {@return one past the last enumeration index of range {@code i}}
     *
     * @param i the range index
     */
    public long to(long i) {
        checkIndex(i);
        return i == count() - 1 ? size : (i + 1) * rangeLength;
    }

    private void checkIndex(long i) {
        if (i < 0 || i >= count()) {
            throw new IndexOutOfBoundsException("range index " + i + " is outside [0, " + count() + ")");
        }
    }
}
