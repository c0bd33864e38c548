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
}
