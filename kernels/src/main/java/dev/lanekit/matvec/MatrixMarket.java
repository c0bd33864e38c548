package dev.lanekit.matvec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reader and writer for real matrices in the NIST Matrix Market exchange format ({@code .mtx}).
 *
 * <p>Read: formats {@code coordinate} (1-based triplets, to {@link CsrOperator}, duplicates summed) and
 * {@code array} (column-major values, to {@link DenseOperator}); fields {@code real} and {@code integer};
 * symmetries {@code general}, {@code symmetric} (the lower triangle is stored and mirrored) and
 * {@code skew-symmetric} (mirrored with the sign flipped, no diagonal). Fields {@code complex} and
 * {@code pattern} and symmetry {@code hermitian} are rejected. Values are rounded to float.
 *
 * <p>Write: {@code real general} or {@code real symmetric}, values printed with {@link Float#toString},
 * which reads back to the same float.
 */
public final class MatrixMarket {

    /** Storage layout of the entries in a file. */
    public enum Format {
        /** Only the listed entries, as 1-based (row, column, value) triplets. */
        COORDINATE,
        /** Every entry, column by column. */
        ARRAY
    }

    /** Part of the matrix that a file stores. */
    public enum Symmetry {
        /** All of them. */
        GENERAL,
        /** The lower triangle (i ≥ j) of a symmetric matrix. */
        SYMMETRIC,
        /** The strict lower triangle (i > j) of a skew-symmetric matrix; read only. */
        SKEW_SYMMETRIC
    }

    private static final String BANNER = "%%MatrixMarket";

    private MatrixMarket() {}

    /**
     * Reads a matrix from a file; see the class comment for what is supported.
     *
     * @param path the file to read
     * @return the matrix: a {@link CsrOperator} for coordinate format, a {@link DenseOperator} for array format
     * @throws IOException when reading fails or the content is not a supported Matrix Market matrix
     */
    public static LinearOperator read(Path path) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.US_ASCII)) {
            return read(reader, path.toString());
        }
    }

    /**
     * Reads a matrix from {@code reader}; {@code source} names it in error messages.
     *
     * @param reader the text to read
     * @param source the name of the input, for error messages
     * @return the matrix: a {@link CsrOperator} for coordinate format, a {@link DenseOperator} for array format
     * @throws IOException when reading fails or the content is not a supported Matrix Market matrix
     */
    public static LinearOperator read(BufferedReader reader, String source) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.regionMatches(true, 0, BANNER, 0, BANNER.length())) {
            throw new IOException(source + ": missing the " + BANNER + " header line");
        }
        String[] words = header.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length != 5 || !words[1].equals("matrix")) {
            throw new IOException(source + ": invalid header '" + header + "'; expected '" + BANNER
                    + " matrix <coordinate|array> <real|integer> <general|symmetric|skew-symmetric>'");
        }
        Format format = switch (words[2]) {
            case "coordinate" -> Format.COORDINATE;
            case "array" -> Format.ARRAY;
            default -> throw new IOException(source + ": format '" + words[2] + "' is not supported; use coordinate or array");
        };
        if (!words[3].equals("real") && !words[3].equals("integer")) {
            throw new IOException(source + ": field '" + words[3] + "' is not supported; only real and integer matrices are");
        }
        Symmetry symmetry = switch (words[4]) {
            case "general" -> Symmetry.GENERAL;
            case "symmetric" -> Symmetry.SYMMETRIC;
            case "skew-symmetric" -> Symmetry.SKEW_SYMMETRIC;
            default -> throw new IOException(source + ": symmetry '" + words[4]
                    + "' is not supported; use general, symmetric or skew-symmetric");
        };

        Tokens tokens = new Tokens(reader, source);
        int m = tokens.nextInt("rows");
        int n = tokens.nextInt("columns");
        if (m < 0 || n < 0) {
            throw new IOException(source + ": invalid size " + m + " × " + n + "; rows and columns must be >= 0");
        }
        if (symmetry != Symmetry.GENERAL && m != n) {
            throw new IOException(source + ": a " + words[4] + " matrix must be square, got " + m + " × " + n);
        }
        return format == Format.COORDINATE
                ? readCoordinate(tokens, m, n, symmetry)
                : readArray(tokens, m, n, symmetry);
    }

    private static CsrOperator readCoordinate(Tokens tokens, int m, int n, Symmetry symmetry) throws IOException {
        int entries = tokens.nextInt("entries");
        tokens.endLine("the size line (rows, columns, entries)");
        if (entries < 0) {
            throw new IOException(tokens.source + ": invalid entry count " + entries + "; it must be >= 0");
        }
        // The arrays grow as entries are read, so a header that declares more entries than the file contains
        // fails with a message, not with an allocation sized from the header. Duplicate entries are legal
        // (they are summed), so the count may exceed m·n.
        int capacity = Math.min(entries, 1024);
        int[] rows = new int[capacity];
        int[] columns = new int[capacity];
        float[] values = new float[capacity];
        int count = 0;
        for (int k = 0; k < entries; k++) {
            if (count + 2 > rows.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(16L, 2L * rows.length));
                rows = java.util.Arrays.copyOf(rows, grown);
                columns = java.util.Arrays.copyOf(columns, grown);
                values = java.util.Arrays.copyOf(values, grown);
            }
            int i = tokens.nextInt("row index") - 1;
            int j = tokens.nextInt("column index") - 1;
            float value = tokens.nextFloat("value");
            tokens.endLine("an entry (row, column, value)");
            if (i < 0 || i >= m || j < 0 || j >= n) {
                throw new IOException(tokens.where() + ": entry " + (k + 1) + " at (" + (i + 1) + ", " + (j + 1)
                        + ") is outside the " + m + " × " + n + " matrix");
            }
            if (symmetry == Symmetry.SKEW_SYMMETRIC && i == j) {
                throw new IOException(tokens.where() + ": entry " + (k + 1) + " at (" + (i + 1) + ", " + (j + 1)
                        + ") is on the diagonal; a skew-symmetric file stores only the strictly lower triangle,"
                        + " because its diagonal is zero");
            }
            if (symmetry != Symmetry.GENERAL && j > i) {
                throw new IOException(tokens.where() + ": entry " + (k + 1) + " at (" + (i + 1) + ", " + (j + 1)
                        + ") is above the diagonal; a " + symmetry.name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + " file stores the lower triangle");
            }
            rows[count] = i;
            columns[count] = j;
            values[count] = value;
            count++;
            if (symmetry != Symmetry.GENERAL && i != j) {
                rows[count] = j;
                columns[count] = i;
                values[count] = symmetry == Symmetry.SKEW_SYMMETRIC ? -value : value;
                count++;
            }
        }
        return CsrOperator.fromCoordinates(m, n, java.util.Arrays.copyOf(rows, count),
                java.util.Arrays.copyOf(columns, count), java.util.Arrays.copyOf(values, count));
    }

    private static DenseOperator readArray(Tokens tokens, int m, int n, Symmetry symmetry) throws IOException {
        tokens.endLine("the size line (rows, columns)");
        long size = (long) m * n;
        if (size > Integer.MAX_VALUE - 8L) {
            throw new IOException(tokens.source + ": a " + m + " × " + n + " array matrix has " + size
                    + " entries; at most " + (Integer.MAX_VALUE - 8L) + " fit in one Java array");
        }
        // Read every value before allocating the matrix, so a short file with a large header fails with a
        // message instead of an allocation sized from the header.
        int expected = switch (symmetry) {
            case GENERAL -> (int) size;
            case SYMMETRIC -> (int) ((long) n * (n + 1) / 2);
            case SKEW_SYMMETRIC -> (int) ((long) n * (n - 1) / 2);
        };
        float[] stored = new float[Math.min(expected, 1024)];
        for (int k = 0; k < expected; k++) {
            if (k == stored.length) {
                stored = java.util.Arrays.copyOf(stored, (int) Math.min(expected, 2L * stored.length));
            }
            stored[k] = tokens.nextFloat("value");
            tokens.endLine("a value");
        }

        float[] a = new float[(int) size];
        int next = 0;
        for (int j = 0; j < n; j++) {
            int first = switch (symmetry) {
                case GENERAL -> 0;
                case SYMMETRIC -> j;
                case SKEW_SYMMETRIC -> j + 1;
            };
            for (int i = first; i < m; i++) {
                float value = stored[next++];
                a[i * n + j] = value;
                if (symmetry == Symmetry.SYMMETRIC) {
                    a[j * n + i] = value;
                } else if (symmetry == Symmetry.SKEW_SYMMETRIC) {
                    a[j * n + i] = -value;
                }
            }
        }
        return DenseOperator.of(m, n, a);
    }

    /**
     * Writes {@code matrix} in coordinate format; {@link Symmetry#SYMMETRIC} writes the lower triangle only.
     *
     * @param path the file to write
     * @param matrix the matrix to write
     * @param symmetry the symmetry to declare in the header
     * @throws IOException when the file cannot be written
     */
    public static void writeCoordinate(Path path, CsrOperator matrix, Symmetry symmetry) throws IOException {
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.US_ASCII)) {
            writeCoordinate(writer, matrix, symmetry);
        }
    }

    /**
     * Writes {@code matrix} in coordinate format, one line per stored entry (for {@link Symmetry#SYMMETRIC},
     * per stored entry with i ≥ j).
     *
     * @param writer receives the text
     * @param matrix the matrix to write
     * @param symmetry the symmetry to declare in the header
     * @throws IllegalArgumentException for {@link Symmetry#SKEW_SYMMETRIC}, or {@link Symmetry#SYMMETRIC}
     *     with a matrix that is not symmetric
     * @throws IOException when the writer fails
     */
    public static void writeCoordinate(Writer writer, CsrOperator matrix, Symmetry symmetry) throws IOException {
        int m = matrix.rows();
        int[] pointers = matrix.rowPointers();
        int[] columns = matrix.columns();
        float[] values = matrix.values();
        boolean lower = checkWritable(symmetry, m, matrix.cols(), () -> matrix.toDense());
        int count = 0;
        for (int i = 0; i < m; i++) {
            for (int k = pointers[i]; k < pointers[i + 1]; k++) {
                if (!lower || columns[k] <= i) {
                    count++;
                }
            }
        }
        writer.write(BANNER + " matrix coordinate real " + (lower ? "symmetric" : "general") + "\n");
        writer.write(m + " " + matrix.cols() + " " + count + "\n");
        for (int i = 0; i < m; i++) {
            for (int k = pointers[i]; k < pointers[i + 1]; k++) {
                if (!lower || columns[k] <= i) {
                    writer.write((i + 1) + " " + (columns[k] + 1) + " " + Float.toString(values[k]) + "\n");
                }
            }
        }
    }

    /**
     * Writes a dense row-major {@code m × n} array in array format (column by column).
     *
     * @param path the file to write
     * @param m number of rows
     * @param n number of columns
     * @param a the dense row-major {@code m × n} array
     * @param symmetry the symmetry to declare in the header
     * @throws IOException when the file cannot be written
     */
    public static void writeArray(Path path, int m, int n, float[] a, Symmetry symmetry) throws IOException {
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.US_ASCII)) {
            writeArray(writer, m, n, a, symmetry);
        }
    }

    /**
     * Writes a dense row-major {@code m × n} array in array format; {@link Symmetry#SYMMETRIC} writes the
     * lower triangle, column by column.
     *
     * @param writer receives the text
     * @param m number of rows
     * @param n number of columns
     * @param a the dense row-major {@code m × n} array
     * @param symmetry the symmetry to declare in the header
     * @throws IllegalArgumentException for {@link Symmetry#SKEW_SYMMETRIC}, or {@link Symmetry#SYMMETRIC}
     *     with an array that is not symmetric
     * @throws IOException when the writer fails
     */
    public static void writeArray(Writer writer, int m, int n, float[] a, Symmetry symmetry) throws IOException {
        dev.lanekit.internal.Checks.sameLength("a", a.length, "m·n", Math.multiplyExact(m, n));
        boolean lower = checkWritable(symmetry, m, n, () -> a);
        writer.write(BANNER + " matrix array real " + (lower ? "symmetric" : "general") + "\n");
        writer.write(m + " " + n + "\n");
        for (int j = 0; j < n; j++) {
            for (int i = lower ? j : 0; i < m; i++) {
                writer.write(Float.toString(a[i * n + j]) + "\n");
            }
        }
    }

    private static boolean checkWritable(Symmetry symmetry, int m, int n, java.util.function.Supplier<float[]> dense) {
        if (symmetry == Symmetry.SKEW_SYMMETRIC) {
            throw new IllegalArgumentException("writing skew-symmetric files is not supported; write general instead");
        }
        if (symmetry == Symmetry.GENERAL) {
            return false;
        }
        if (m != n) {
            throw new IllegalArgumentException("a symmetric file needs a square matrix, got " + m + " × " + n);
        }
        float[] a = dense.get();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (Float.compare(a[i * n + j], a[j * n + i]) != 0) {
                    throw new IllegalArgumentException("the matrix is not symmetric: A[" + i + "][" + j + "] = "
                            + a[i * n + j] + " but A[" + j + "][" + i + "] = " + a[j * n + i]);
                }
            }
        }
        return true;
    }

    /** Whitespace-separated tokens after the header, skipping blank lines and {@code %} comments. */
    private static final class Tokens {
        private final BufferedReader reader;
        private final String source;
        private String[] line = new String[0];
        private int position;
        private int lineNumber = 1;

        Tokens(BufferedReader reader, String source) {
            this.reader = reader;
            this.source = source;
        }

        String next(String what) throws IOException {
            while (position >= line.length) {
                String text = reader.readLine();
                lineNumber++;
                if (text == null) {
                    throw new IOException(source + ": the file ended before the " + what);
                }
                text = text.trim();
                line = text.isEmpty() || text.startsWith("%") ? new String[0] : text.split("\\s+");
                position = 0;
            }
            return line[position++];
        }

        /** Returns the source and the line of the last token read, for messages. */
        String where() {
            return source + ", line " + lineNumber;
        }

        /**
         * Rejects tokens left on the current line. The format puts the size and each entry on a line
         * of its own, and a stray token would otherwise shift every later entry by one field.
         */
        void endLine(String what) throws IOException {
            if (position < line.length) {
                throw new IOException(where() + ": unexpected '" + line[position] + "' after " + what);
            }
        }

        int nextInt(String what) throws IOException {
            String token = next(what);
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw new IOException(source + ", line " + lineNumber + ": invalid " + what + " '" + token + "'", e);
            }
        }

        /** Reads a value as a float, rejecting a finite number that float rounds to ±∞ (such as 1e50). */
        float nextFloat(String what) throws IOException {
            double value = nextDouble(what);
            float rounded = (float) value;
            if (Float.isInfinite(rounded) && !Double.isInfinite(value)) {
                throw new IOException(source + ", line " + lineNumber + ": " + what + " " + value
                        + " is outside the float range ±" + Float.MAX_VALUE);
            }
            return rounded;
        }

        double nextDouble(String what) throws IOException {
            String token = next(what);
            try {
                return Double.parseDouble(token);
            } catch (NumberFormatException e) {
                throw new IOException(source + ", line " + lineNumber + ": invalid " + what + " '" + token + "'", e);
            }
        }
    }
}
