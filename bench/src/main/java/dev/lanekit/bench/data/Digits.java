package dev.lanekit.bench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The handwritten digits data set bundled with the tool: 1797 images of 8×8 pixel counts (0..16) with
 * their class labels 0..9. Created by E. Alpaydin and C. Kaynak (1998), published by the UCI Machine
 * Learning Repository under CC BY 4.0; see {@code NOTICE-digits.txt} beside the resource.
 */
public final class Digits {

    /** Number of images. */
    public static final int ROWS = 1797;
    /** Pixels per image. */
    public static final int COLUMNS = 64;

    private static final String RESOURCE = "digits.csv.gz";

    private final float[] pixels;
    private final int[] labels;

    private Digits(float[] pixels, int[] labels) {
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * Loads the bundled data set from the class path.
     *
     * @return the data set
     */
    public static Digits load() {
        try (InputStream in = Digits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return parse(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + RESOURCE, e);
        }
    }

    private static Digits parse(InputStream in) throws IOException {
        float[] pixels = new float[ROWS * COLUMNS];
        int[] labels = new int[ROWS];
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        int row = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",");
            if (fields.length != COLUMNS + 1) {
                throw new IOException("line " + (row + 1) + " has " + fields.length + " fields, expected " + (COLUMNS + 1));
            }
            if (row == ROWS) {
                throw new IOException("more than " + ROWS + " rows");
            }
            for (int j = 0; j < COLUMNS; j++) {
                pixels[row * COLUMNS + j] = (float) Double.parseDouble(fields[j].trim());
            }
            labels[row] = (int) Double.parseDouble(fields[COLUMNS].trim());
            row++;
        }
        if (row != ROWS) {
            throw new IOException("found " + row + " rows, expected " + ROWS);
        }
        return new Digits(pixels, labels);
    }

    /** {@return a copy of the raw pixel counts 0..16, row-major {@value #ROWS} × {@value #COLUMNS}} */
    public float[] rawPixels() {
        return pixels.clone();
    }

    /** {@return a copy of the class labels 0..9} */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * {@return the pixels as attention tokens: divided by 16, then each column's mean subtracted}
     * Columns are not divided by their standard deviation, because three columns are constant.
     *
     */
    public float[] centeredTokens() {
        float[] tokens = new float[ROWS * COLUMNS];
        for (int j = 0; j < COLUMNS; j++) {
            double mean = 0;
            for (int i = 0; i < ROWS; i++) {
                mean += pixels[i * COLUMNS + j] / 16.0;
            }
            mean /= ROWS;
            for (int i = 0; i < ROWS; i++) {
                tokens[i * COLUMNS + j] = (float) (pixels[i * COLUMNS + j] / 16.0 - mean);
            }
        }
        return tokens;
    }

    /**
     * {@return image {@code index} with pixels divided by 16 (values in [0, 1])}
     *
     * @param index the image index, from 0
     */
    public float[] image(int index) {
        if (index < 0 || index >= ROWS) {
            throw new IndexOutOfBoundsException("index = " + index + " is outside 0.." + (ROWS - 1));
        }
        float[] image = new float[COLUMNS];
        for (int j = 0; j < COLUMNS; j++) {
            image[j] = pixels[index * COLUMNS + j] / 16f;
        }
        return image;
    }
}
