package dev.lanekit.internal;

/**
 * Argument checks shared by every kernel. Each message names the parameter, its value and what is allowed,
 * and every check runs before any loop or native call.
 */
public final class Checks {

    private Checks() {}

    /** Rejects a negative length or dimension. */
    public static void nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " = " + value + " is negative; it must be >= 0");
        }
    }

    /** Rejects two lengths that differ. */
    public static void sameLength(String nameA, int lengthA, String nameB, int lengthB) {
        if (lengthA != lengthB) {
            throw new IllegalArgumentException("length mismatch: " + nameA + ".length = " + lengthA + " but "
                    + nameB + ".length = " + lengthB);
        }
    }

    /**
     * Rejects an array whose length is not {@code expected}. The caller computes the shape product in long,
     * so a product past 2³¹ is compared, not wrapped.
     */
    public static void elementCount(String arrayName, int arrayLength, String shapeName, long expected) {
        if (arrayLength != expected) {
            throw new IllegalArgumentException(arrayName + ".length = " + arrayLength + " but " + shapeName + " = "
                    + expected);
        }
    }

    /** The JDK's soft maximum array length (ArraysSupport.SOFT_MAX_ARRAY_LENGTH); some VMs reject longer arrays. */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * Returns {@code elements} as an array length.
     *
     * @throws IllegalArgumentException when {@code elements} is negative or above {@link #MAX_ARRAY_LENGTH}
     */
    public static int arrayLength(String name, long elements) {
        nonNegative(name, elements);
        if (elements > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(name + " = " + elements + " elements, more than the maximum Java "
                    + "array length " + MAX_ARRAY_LENGTH + "; use smaller dimensions");
        }
        return (int) elements;
    }

    /**
     * Checks that {@code [offset, offset + n)} lies inside an array of {@code arrayLength} elements.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     * @throws IndexOutOfBoundsException when the range leaves the array
     */
    public static void range(String arrayName, int arrayLength, String offsetName, int offset, int n) {
        nonNegative("n", n);
        if (offset < 0 || (long) offset + n > arrayLength) {
            throw new IndexOutOfBoundsException(offsetName + " = " + offset + " with n = " + n + " reads past "
                    + arrayName + ".length = " + arrayLength + "; need 0 <= " + offsetName + " and "
                    + offsetName + " + n <= " + arrayLength);
        }
    }

    /** As {@link #range(String, int, String, int, int)}, for {@code MemorySegment} byte sizes in elements. */
    public static void range(String segmentName, long segmentElements, String offsetName, long offset, long n) {
        nonNegative("n", n);
        if (offset < 0 || offset > segmentElements || n > segmentElements - offset) {
            throw new IndexOutOfBoundsException(offsetName + " = " + offset + " with n = " + n + " reads past "
                    + segmentName + " of " + segmentElements + " elements; need 0 <= " + offsetName + " and "
                    + offsetName + " + n <= " + segmentElements);
        }
    }

    /**
     * Rejects a norm order that is NaN or below 1. Any real {@code p >= 1} is a norm, and
     * {@code Double.POSITIVE_INFINITY} selects the maximum norm.
     */
    public static void normOrder(String name, double p) {
        if (!(p >= 1.0)) {
            throw new IllegalArgumentException(name + " = " + p + " is not a norm order; it must be >= 1"
                    + " (use Double.POSITIVE_INFINITY for the maximum norm)");
        }
    }

    /** Rejects an empty range, for reductions such as max that have no value on it. */
    public static void notEmpty(String name, long n) {
        if (n == 0) {
            throw new IllegalArgumentException(name + " = 0: the input is empty and has no maximum; pass n >= 1");
        }
    }

    /**
     * Checks a row-major matrix of {@code m} rows and {@code n} columns stored at {@code offset} with row
     * stride {@code lda}: the dimensions are non-negative, {@code lda >= n}, and the last element lies
     * inside {@code arrayLength} elements. The arithmetic is in long, so a product past 2³¹ is caught,
     * not wrapped.
     *
     * @throws IllegalArgumentException when a dimension is negative or {@code lda < n}
     * @throws IndexOutOfBoundsException when the matrix leaves the array
     */
    public static void matrix(String arrayName, long arrayLength, String offsetName, long offset, long m, long n,
            long lda) {
        nonNegative("m", m);
        nonNegative("n", n);
        if (lda < n) {
            throw new IllegalArgumentException("lda = " + lda + " is less than n = " + n
                    + "; the row stride must be >= the row length");
        }
        if (offset < 0) {
            throw new IndexOutOfBoundsException(offsetName + " = " + offset + " is negative");
        }
        if (m == 0 || n == 0) {
            if (offset > arrayLength) {
                throw new IndexOutOfBoundsException(offsetName + " = " + offset + " is past " + arrayName
                        + " of " + arrayLength + " elements");
            }
            return;
        }
        // The last row ends at offset + (m - 1)·lda + n; an overflow of that product means "too far".
        long lastRow = Math.multiplyHigh(m - 1, lda) != 0 ? Long.MAX_VALUE : (m - 1) * lda;
        long end = lastRow > Long.MAX_VALUE - offset - n ? Long.MAX_VALUE : offset + lastRow + n;
        if (end > arrayLength) {
            throw new IndexOutOfBoundsException("a " + m + " x " + n + " matrix with lda = " + lda + " at "
                    + offsetName + " = " + offset + " reads past " + arrayName + " of " + arrayLength
                    + " elements; need " + offsetName + " + (m - 1) * lda + n <= " + arrayLength);
        }
    }

    /**
     * Checks that an output array of {@code arrayLength} elements has room for {@code count} results.
     *
     * @throws IndexOutOfBoundsException when it is shorter
     */
    public static void capacity(String arrayName, long arrayLength, String countName, long count) {
        if (arrayLength < count) {
            throw new IndexOutOfBoundsException(arrayName + ".length = " + arrayLength + " is less than "
                    + countName + " = " + count + "; pass an array of at least " + count + " elements");
        }
    }
}
