package dev.lanekit.proofs.matvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.matvec.CsrOperator;
import dev.lanekit.matvec.DenseOperator;
import dev.lanekit.matvec.LinearOperator;
import dev.lanekit.matvec.MatrixMarket;
import dev.lanekit.matvec.MatrixMarket.Symmetry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Reading and writing Matrix Market files: formats, symmetries, duplicates and round trips. */
class MatrixMarketTest {

    private static LinearOperator read(String text) throws IOException {
        return MatrixMarket.read(new BufferedReader(new StringReader(text)), "test.mtx");
    }

    @Test
    void coordinateGeneral() throws IOException {
        LinearOperator a = read("""
                %%MatrixMarket matrix coordinate real general
                % a comment
                3 4 2
                1 1 1.0
                1 3 2
                """);
        assertInstanceOf(CsrOperator.class, a);
        assertArrayEquals(new float[] {7, 0, 0}, a.apply(new float[] {1, 2, 3, 4}));
    }

    @Test
    void coordinateDuplicatesSummed() throws IOException {
        LinearOperator a = read("""
                %%MatrixMarket matrix coordinate real general
                1 1 2
                1 1 2
                1 1 3
                """);
        assertArrayEquals(new float[] {5}, a.toDense());
    }

    @Test
    void coordinateSymmetricMirrored() throws IOException {
        LinearOperator a = read("""
                %%MatrixMarket matrix coordinate integer symmetric
                2 2 2
                1 1 4
                2 1 7
                """);
        assertArrayEquals(new float[] {4, 7, 7, 0}, a.toDense());
    }

    @Test
    void skewSymmetricNegated() throws IOException {
        LinearOperator a = read("""
                %%MatrixMarket matrix array real skew-symmetric
                2 2
                3
                """);
        assertArrayEquals(new float[] {0, -3, 3, 0}, a.toDense());
    }

    @Test
    void arrayIsColumnMajor() throws IOException {
        LinearOperator a = read("""
                %%MatrixMarket matrix array real general
                2 3
                1
                4
                2
                5
                3
                6
                """);
        assertInstanceOf(DenseOperator.class, a);
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, a.toDense());
    }

    @Test
    void arraySymmetricLowerTriangle() throws IOException {
        LinearOperator a = read("""
                %%MatrixMarket matrix array real symmetric
                2 2
                1
                2
                3
                """);
        assertArrayEquals(new float[] {1, 2, 2, 3}, a.toDense());
    }

    @Test
    void unsupportedFieldsRejected() {
        IOException complex = assertThrows(IOException.class,
                () -> read("%%MatrixMarket matrix coordinate complex general\n1 1 1\n1 1 1 0\n"));
        assertTrue(complex.getMessage().contains("complex"), complex.getMessage());
        assertThrows(IOException.class, () -> read("%%MatrixMarket matrix coordinate pattern general\n1 1 1\n1 1\n"));
        assertThrows(IOException.class, () -> read("not a header\n"));
        assertThrows(IOException.class, () -> read("%%MatrixMarket matrix coordinate real general\n2 2 1\n3 1 1\n"));
        assertThrows(IOException.class, () -> read("%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1\n"));
        assertThrows(IOException.class, () -> read("%%MatrixMarket matrix coordinate real symmetric\n2 2 1\n1 2 1\n"));
    }

    @Test
    void hugeHeaderShortFileRejected() {
        // Each header declares far more data than the file contains. The reader must fail on the missing
        // values instead of running out of memory on an allocation sized from the header.
        String[] files = {
            "%%MatrixMarket matrix coordinate real general\n40000 40000 1000000000\n1 1 1\n",
            "%%MatrixMarket matrix coordinate real general\n2000000000 2 5\n1 1 1\n",
            "%%MatrixMarket matrix array real general\n40000 40000\n1\n2\n",
        };
        for (String file : files) {
            IOException error = assertThrows(IOException.class, () -> read(file), file);
            assertTrue(error.getMessage().startsWith("test.mtx"), error.getMessage());
        }
    }

    @Test
    void missingEntriesReported() {
        IOException error = assertThrows(IOException.class,
                () -> read("%%MatrixMarket matrix coordinate real general\n2 2 2000000000\n1 1 1\n"));
        assertTrue(error.getMessage().contains("row index"), error.getMessage());
    }

    @Test
    void arrayTooLargeForJavaRejected() {
        IOException error = assertThrows(IOException.class,
                () -> read("%%MatrixMarket matrix array real general\n100000 100000\n1\n"));
        assertTrue(error.getMessage().contains("10000000000 entries"), error.getMessage());
    }

    @Test
    void coordinateRoundTrip() throws IOException {
        CsrOperator a = CsrOperator.fromCoordinates(3, 4, new int[] {0, 2, 2}, new int[] {1, 0, 3},
                new float[] {0.1f, -3.5e-20f, 7e30f});
        StringWriter text = new StringWriter();
        MatrixMarket.writeCoordinate(text, a, Symmetry.GENERAL);
        assertArrayEquals(a.toDense(), read(text.toString()).toDense());
    }

    @Test
    void symmetricRoundTrip() throws IOException {
        float[] dense = {2, 0.3f, 0.3f, 5};
        StringWriter coordinate = new StringWriter();
        MatrixMarket.writeCoordinate(coordinate, CsrOperator.fromDense(2, 2, dense), Symmetry.SYMMETRIC);
        assertTrue(coordinate.toString().contains(" 2 2 3\n") || coordinate.toString().contains("2 2 3\n"));
        assertArrayEquals(dense, read(coordinate.toString()).toDense());
        StringWriter array = new StringWriter();
        MatrixMarket.writeArray(array, 2, 2, dense, Symmetry.SYMMETRIC);
        assertArrayEquals(dense, read(array.toString()).toDense());
    }

    @Test
    void arrayRoundTrip() throws IOException {
        float[] dense = {1, 2, 3, 4, 5, 6};
        StringWriter text = new StringWriter();
        MatrixMarket.writeArray(text, 3, 2, dense, Symmetry.GENERAL);
        LinearOperator a = read(text.toString());
        assertEquals(3, a.rows());
        assertArrayEquals(dense, a.toDense());
    }

    @Test
    void asymmetricWriteRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> MatrixMarket.writeArray(new StringWriter(), 2, 2, new float[] {1, 2, 3, 4}, Symmetry.SYMMETRIC));
    }
    @Test
    void overflowingValueRejected() {
        // (float) 1e50 is Infinity; the value once entered the matrix as ∞ without a word.
        IOException e = assertThrows(IOException.class, () -> read("""
                %%MatrixMarket matrix coordinate real general
                2 2 1
                1 1 1e50
                """));
        assertTrue(e.getMessage().contains("outside the float range"), e.getMessage());
    }

    @Test
    void overflowingArrayValueRejected() {
        assertThrows(IOException.class, () -> read("""
                %%MatrixMarket matrix array real general
                1 1
                -1e39
                """));
    }

    @Test
    void skewSymmetricDiagonalRejected() {
        // A skew-symmetric matrix has a zero diagonal, so the format stores only the strictly lower triangle.
        IOException e = assertThrows(IOException.class, () -> read("""
                %%MatrixMarket matrix coordinate real skew-symmetric
                2 2 1
                1 1 1
                """));
        assertTrue(e.getMessage().contains("on the diagonal"), e.getMessage());
    }

    @Test
    void extraTokenOnSizeLineRejected() {
        IOException e = assertThrows(IOException.class, () -> read("""
                %%MatrixMarket matrix coordinate real general
                2 2 1 7
                1 1 1
                """));
        assertTrue(e.getMessage().contains("line 2: unexpected '7' after the size line"), e.getMessage());
    }

    @Test
    void extraTokenAfterEntryRejected() {
        IOException e = assertThrows(IOException.class, () -> read("""
                %%MatrixMarket matrix coordinate real general
                2 2 2
                1 1 1 5
                2 2 1
                """));
        assertTrue(e.getMessage().contains("line 3: unexpected '5' after an entry"), e.getMessage());
    }

    @Test
    void outsideEntryNamesItsLine() {
        IOException e = assertThrows(IOException.class, () -> read("""
                %%MatrixMarket matrix coordinate real general
                % a comment line
                2 2 1
                3 1 1
                """));
        assertTrue(e.getMessage().startsWith("test.mtx, line 4: entry 1 at (3, 1) is outside"), e.getMessage());
    }
}
