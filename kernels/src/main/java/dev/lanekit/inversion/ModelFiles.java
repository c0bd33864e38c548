package dev.lanekit.inversion;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes networks and vectors in lanekit's plain-text format.
 *
 * <p>A network file is a sequence of whitespace-separated tokens; {@code #} starts a comment that runs
 * to the end of the line:
 * <pre>
 * latent 3                      # n, the latent dimension
 * layer 4 relu                  # a hidden layer with 4 units (its inputs: the previous layer, here z)
 * 1 0 0   0 1 0   0 0 1   1 1 1 # 4 × 3 weights, row by row
 * 0 0 0 -1                      # 4 biases
 * layer 2 linear                # the output layer, always linear
 * 1 1 0 0   0 0 1 1             # 2 × 4 weights
 * 0.5 0                         # 2 biases
 * </pre>
 * Hidden layers must say {@code relu} and the last layer {@code linear}; a single {@code linear} layer is
 * the generator G(z) = b + W·z. A vector file (the target x) holds its numbers separated by whitespace,
 * with the same comments. Numbers use Java's {@link Float#parseFloat} syntax, so {@code NaN} and
 * {@code Infinity} are accepted, but a finite number beyond the float range (such as {@code 1e50}) is
 * rejected instead of rounded to ±∞.
 */
public final class ModelFiles {

    private ModelFiles() {}

    /**
     * Reads a network file.
     *
     * @param path the file to read
     * @return the network
     * @throws IOException when the file cannot be read or is not in the format above (the message names
     *     the token that is wrong)
     */
    public static ReluNetwork readNetwork(Path path) throws IOException {
        return parseNetwork(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    }

    /**
     * Parses a network from text; {@code source} names it in error messages.
     *
     * @param text the text to parse
     * @param source the name of the input, for error messages
     * @return the network
     * @throws IOException when the text is not in the format above (the message names the token that is wrong)
     */
    public static ReluNetwork parseNetwork(String text, String source) throws IOException {
        Tokens tokens = new Tokens(text, source);
        tokens.expect("latent");
        int cols = tokens.nextInt("latent dimension");
        List<Layer> layers = new ArrayList<>();
        while (tokens.hasNext()) {
            tokens.expect("layer");
            int rows = tokens.nextInt("layer rows");
            String activation = tokens.next("activation").toLowerCase(Locale.ROOT);
            if (!activation.equals("relu") && !activation.equals("linear")) {
                throw tokens.error("activation '" + activation + "' is not supported; use relu or linear");
            }
            long weightCount = (long) rows * cols;
            if (weightCount > Integer.MAX_VALUE - 8L) {
                throw tokens.error("layer " + layers.size() + " is " + rows + " × " + cols + " = " + weightCount
                        + " weights; at most " + (Integer.MAX_VALUE - 8L) + " fit in one Java array");
            }
            float[] weights = tokens.nextFloats((int) weightCount, "weights of layer " + layers.size());
            float[] bias = tokens.nextFloats(rows, "biases of layer " + layers.size());
            boolean last = !tokens.hasNext();
            if (!last && !tokens.peek().equalsIgnoreCase("layer")) {
                throw tokens.error("'" + tokens.peek() + "' follows the " + rows + " biases of layer " + layers.size()
                        + "; expected 'layer' or the end of the file (check the " + rows + " × " + cols
                        + " weights and the biases)");
            }
            if (last != activation.equals("linear")) {
                String role = last ? " and the last layer" : " and a hidden layer";
                throw tokens.error("layer " + layers.size() + " is " + activation + role
                        + ", but hidden layers must be relu and the last layer linear");
            }
            layers.add(new Layer(rows, cols, weights, bias));
            cols = rows;
        }
        if (layers.isEmpty()) {
            throw tokens.error("the file has no layer");
        }
        return ReluNetwork.of(layers);
    }

    /**
     * Writes a network in the format above, with exact float round-trip.
     *
     * @param network the network to write
     * @param out receives the text
     * @throws IOException when the writer fails
     */
    public static void writeNetwork(ReluNetwork network, Writer out) throws IOException {
        out.write("latent " + network.latentDimension() + "\n");
        for (int l = 0; l < network.layerCount(); l++) {
            Layer layer = network.layer(l);
            boolean last = l == network.layerCount() - 1;
            out.write("layer " + layer.rows() + (last ? " linear\n" : " relu\n"));
            for (int i = 0; i < layer.rows(); i++) {
                for (int j = 0; j < layer.cols(); j++) {
                    out.write((j == 0 ? "" : " ") + layer.weight(i, j));
                }
                out.write("\n");
            }
            for (int i = 0; i < layer.rows(); i++) {
                out.write((i == 0 ? "" : " ") + layer.bias(i));
            }
            out.write("\n");
        }
    }

    /**
     * Reads a vector file.
     *
     * @param path the file to read
     * @return the vector
     * @throws IOException when the file cannot be read or contains something other than numbers
     */
    public static float[] readVector(Path path) throws IOException {
        return parseVector(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    }

    /**
     * Parses a vector from text; {@code source} names it in error messages.
     *
     * @param text the text to parse
     * @param source the name of the input, for error messages
     * @return the vector
     * @throws IOException when the text contains something other than numbers
     */
    public static float[] parseVector(String text, String source) throws IOException {
        Tokens tokens = new Tokens(text, source);
        List<Float> values = new ArrayList<>();
        while (tokens.hasNext()) {
            values.add(tokens.nextFloat("vector element " + values.size()));
        }
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = values.get(i);
        }
        return vector;
    }

    /**
     * Writes a vector, one element per line.
     *
     * @param vector the vector to write
     * @param out receives the text
     * @throws IOException when the writer fails
     */
    public static void writeVector(float[] vector, Writer out) throws IOException {
        for (float v : vector) {
            out.write(v + "\n");
        }
    }

    /** Whitespace-separated tokens with line numbers, comments removed. */
    private static final class Tokens {
        private final List<String> words = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private final String source;
        private int position;

        Tokens(String text, String source) {
            this.source = source;
            String[] rows = text.split("\n", -1);
            for (int line = 0; line < rows.length; line++) {
                String row = rows[line];
                int comment = row.indexOf('#');
                if (comment >= 0) {
                    row = row.substring(0, comment);
                }
                for (String word : row.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                        lines.add(line + 1);
                    }
                }
            }
        }

        boolean hasNext() {
            return position < words.size();
        }

        /** Returns the next word without consuming it; call only when {@link #hasNext()} is true. */
        String peek() {
            return words.get(position);
        }

        String next(String what) throws IOException {
            if (!hasNext()) {
                throw new IOException(source + ": unexpected end of file, expected " + what);
            }
            return words.get(position++);
        }

        void expect(String keyword) throws IOException {
            String word = next("'" + keyword + "'");
            if (!word.equalsIgnoreCase(keyword)) {
                position--;
                throw error("expected '" + keyword + "' but found '" + word + "'");
            }
        }

        int nextInt(String what) throws IOException {
            String word = next(what);
            try {
                int value = Integer.parseInt(word);
                if (value < 0) {
                    position--;
                    throw error(what + " = " + value + " is negative");
                }
                return value;
            } catch (NumberFormatException e) {
                position--;
                throw error(what + " '" + word + "' is not an integer");
            }
        }

        float nextFloat(String what) throws IOException {
            String word = next(what);
            float value;
            try {
                value = Float.parseFloat(word);
            } catch (NumberFormatException e) {
                position--;
                throw error(what + " '" + word + "' is not a number");
            }
            // Float.parseFloat rounds 1e50 to Infinity silently; only a spelled-out Infinity means ∞.
            if (Float.isInfinite(value) && !word.contains("Infinity")) {
                position--;
                throw error(what + " '" + word + "' is outside the float range ±" + Float.MAX_VALUE);
            }
            return value;
        }

        float[] nextFloats(int count, String what) throws IOException {
            // Grow while reading, so a header that promises more numbers than the file contains fails with a
            // message instead of an allocation sized from the header.
            float[] values = new float[Math.min(count, 1024)];
            for (int i = 0; i < count; i++) {
                if (i == values.length) {
                    values = Arrays.copyOf(values, (int) Math.min(count, 2L * values.length));
                }
                values[i] = nextFloat(what + " (" + (i + 1) + " of " + count + ")");
            }
            return values;
        }

        IOException error(String message) {
            int line = position < lines.size() ? lines.get(position) : (lines.isEmpty() ? 1 : lines.getLast());
            return new IOException(source + ":" + line + ": " + message);
        }
    }
}
