package dev.lanekit.vector;

/**
 * A bounded max-heap of (distance, row) pairs kept in the caller's output arrays, so that selecting the k
 * nearest rows allocates nothing. The root is the worst pair kept: the largest distance, with NaN above
 * every number and, among equal distances, the larger row index. Rows arrive in increasing index order,
 * so a new row that only ties the root is worse than it and is dropped.
 *
 * <p>{@code offer} costs O(log k) when the row enters the heap and O(1) otherwise; {@code sort} turns the
 * heap into ascending order in O(k log k). One variant per pair of index and distance array types.
 */
final class TopK {

    private TopK() {}

    /** Returns whether (d1, row1) ranks after (d2, row2): larger distance, NaN last, ties by row index. */
    static boolean worse(double d1, long row1, double d2, long row2) {
        int order = Double.compare(d1, d2);
        return order != 0 ? order > 0 : row1 > row2;
    }

    // ---------------------------------------------------------------------------------------------
    // int rows, float distances

    /** Offers row {@code row} to a heap that contains {@code size} of at most {@code k} pairs; returns the new size. */
    static int offer(int[] rows, float[] distances, int size, int k, int row, float distance) {
        if (size < k) {
            int child = size;
            // Sift up: move the worse parents down until the new pair sits below a worse one.
            while (child > 0) {
                int parent = (child - 1) >>> 1;
                if (!worse(distance, row, distances[parent], rows[parent])) {
                    break;
                }
                rows[child] = rows[parent];
                distances[child] = distances[parent];
                child = parent;
            }
            rows[child] = row;
            distances[child] = distance;
            return size + 1;
        }
        if (k > 0 && worse(distances[0], rows[0], distance, row)) {
            siftDown(rows, distances, k, row, distance);
        }
        return size;
    }

    private static void siftDown(int[] rows, float[] distances, int size, int row, float distance) {
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && worse(distances[child + 1], rows[child + 1], distances[child], rows[child])) {
                child++;
            }
            if (!worse(distances[child], rows[child], distance, row)) {
                break;
            }
            rows[parent] = rows[child];
            distances[parent] = distances[child];
            parent = child;
        }
        rows[parent] = row;
        distances[parent] = distance;
    }

    /** Sorts a heap of {@code size} pairs into ascending order in place (heapsort). */
    static void sort(int[] rows, float[] distances, int size) {
        for (int end = size - 1; end > 0; end--) {
            int row = rows[end];
            float distance = distances[end];
            rows[end] = rows[0];
            distances[end] = distances[0];
            siftDown(rows, distances, end, row, distance);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // int rows, double distances

    static int offer(int[] rows, double[] distances, int size, int k, int row, double distance) {
        if (size < k) {
            int child = size;
            while (child > 0) {
                int parent = (child - 1) >>> 1;
                if (!worse(distance, row, distances[parent], rows[parent])) {
                    break;
                }
                rows[child] = rows[parent];
                distances[child] = distances[parent];
                child = parent;
            }
            rows[child] = row;
            distances[child] = distance;
            return size + 1;
        }
        if (k > 0 && worse(distances[0], rows[0], distance, row)) {
            siftDown(rows, distances, k, row, distance);
        }
        return size;
    }

    private static void siftDown(int[] rows, double[] distances, int size, int row, double distance) {
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && worse(distances[child + 1], rows[child + 1], distances[child], rows[child])) {
                child++;
            }
            if (!worse(distances[child], rows[child], distance, row)) {
                break;
            }
            rows[parent] = rows[child];
            distances[parent] = distances[child];
            parent = child;
        }
        rows[parent] = row;
        distances[parent] = distance;
    }

    static void sort(int[] rows, double[] distances, int size) {
        for (int end = size - 1; end > 0; end--) {
            int row = rows[end];
            double distance = distances[end];
            rows[end] = rows[0];
            distances[end] = distances[0];
            siftDown(rows, distances, end, row, distance);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // long rows, float distances

    static int offer(long[] rows, float[] distances, int size, int k, long row, float distance) {
        if (size < k) {
            int child = size;
            while (child > 0) {
                int parent = (child - 1) >>> 1;
                if (!worse(distance, row, distances[parent], rows[parent])) {
                    break;
                }
                rows[child] = rows[parent];
                distances[child] = distances[parent];
                child = parent;
            }
            rows[child] = row;
            distances[child] = distance;
            return size + 1;
        }
        if (k > 0 && worse(distances[0], rows[0], distance, row)) {
            siftDown(rows, distances, k, row, distance);
        }
        return size;
    }

    private static void siftDown(long[] rows, float[] distances, int size, long row, float distance) {
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && worse(distances[child + 1], rows[child + 1], distances[child], rows[child])) {
                child++;
            }
            if (!worse(distances[child], rows[child], distance, row)) {
                break;
            }
            rows[parent] = rows[child];
            distances[parent] = distances[child];
            parent = child;
        }
        rows[parent] = row;
        distances[parent] = distance;
    }

    static void sort(long[] rows, float[] distances, int size) {
        for (int end = size - 1; end > 0; end--) {
            long row = rows[end];
            float distance = distances[end];
            rows[end] = rows[0];
            distances[end] = distances[0];
            siftDown(rows, distances, end, row, distance);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // long rows, double distances

    static int offer(long[] rows, double[] distances, int size, int k, long row, double distance) {
        if (size < k) {
            int child = size;
            while (child > 0) {
                int parent = (child - 1) >>> 1;
                if (!worse(distance, row, distances[parent], rows[parent])) {
                    break;
                }
                rows[child] = rows[parent];
                distances[child] = distances[parent];
                child = parent;
            }
            rows[child] = row;
            distances[child] = distance;
            return size + 1;
        }
        if (k > 0 && worse(distances[0], rows[0], distance, row)) {
            siftDown(rows, distances, k, row, distance);
        }
        return size;
    }

    private static void siftDown(long[] rows, double[] distances, int size, long row, double distance) {
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && worse(distances[child + 1], rows[child + 1], distances[child], rows[child])) {
                child++;
            }
            if (!worse(distances[child], rows[child], distance, row)) {
                break;
            }
            rows[parent] = rows[child];
            distances[parent] = distances[child];
            parent = child;
        }
        rows[parent] = row;
        distances[parent] = distance;
    }

    static void sort(long[] rows, double[] distances, int size) {
        for (int end = size - 1; end > 0; end--) {
            long row = rows[end];
            double distance = distances[end];
            rows[end] = rows[0];
            distances[end] = distances[0];
            siftDown(rows, distances, end, row, distance);
        }
    }
}
