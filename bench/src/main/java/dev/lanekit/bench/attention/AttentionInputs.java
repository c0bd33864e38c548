package dev.lanekit.bench.attention;

import dev.lanekit.bench.data.Digits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Token matrices for the {@code lanekit attention} command: the bundled digits data set or a text
 * file of numbers, and their split into heads.
 */
public final class AttentionInputs {

    private AttentionInputs() {}

    /**
     * Row-major tokens: {@code rows} tokens of {@code width} features.
     *
     * @param values the features, row-major
     * @param rows the number of tokens
     * @param width the number of features per token
     */
    public record Tokens(float[] values, int rows, int width) {}

    /** {@return the 1797 centered digits tokens of width 64} */
    public static Tokens digits() {
        return new Tokens(Digits.load().centeredTokens(), Digits.ROWS, Digits.COLUMNS);
    }

    /**
     * Reads a text file with one token per line, features separated by commas or white space. Blank lines
     * and lines starting with {@code #} are skipped; every token needs the same number of features.
     *
     * @param file the text file
     * @return the tokens
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when a value is not a number or the widths differ
     */
    public static Tokens read(Path file) throws IOException {
        List<float[]> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("[,\\s]+");
            float[] row = new float[fields.length];
            for (int j = 0; j < fields.length; j++) {
                try {
                    row[j] = Float.parseFloat(fields[j]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + ": '" + fields[j]
                            + "' is not a number", e);
                }
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new IllegalArgumentException(file + " line " + lineNumber + " has " + row.length
                        + " values but the first token has " + rows.get(0).length);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " contains no tokens");
        }
        int width = rows.get(0).length;
        float[] values = new float[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * width, width);
        }
        return new Tokens(values, rows.size(), width);
    }

    /**
     * Splits the first {@code length} tokens into {@code heads} heads of {@code width / heads} columns,
     * in the {@code [heads][length][width / heads]} layout of multi-head attention.
     *
     * @param tokens the tokens to split
     * @param length the number of tokens to use, from the first
     * @param heads the number of heads, a divisor of the token width
     * @return a new array in the {@code [heads][length][width / heads]} layout
     */
    public static float[] splitHeads(Tokens tokens, int length, int heads) {
        int headWidth = tokens.width() / heads;
        float[] split = new float[heads * length * headWidth];
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < length; i++) {
                System.arraycopy(tokens.values(), i * tokens.width() + h * headWidth, split,
                        (h * length + i) * headWidth, headWidth);
            }
        }
        return split;
    }
}
