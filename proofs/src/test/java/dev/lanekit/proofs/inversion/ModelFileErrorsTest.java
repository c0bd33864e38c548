package dev.lanekit.proofs.inversion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.inversion.ModelFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Malformed model and vector files: each message names the real fault and its line. */
class ModelFileErrorsTest {

    @Test
    void extraTokenNamedAfterBiases() {
        // The stray word once surfaced as "layer 0 is linear, but hidden layers must be relu".
        IOException e = assertThrows(IOException.class,
                () -> ModelFiles.parseNetwork("latent 2\nlayer 1 linear\n1 1 0 extra\n", "net.txt"));
        assertTrue(e.getMessage().contains("'extra' follows the 1 biases of layer 0"), e.getMessage());
        assertTrue(e.getMessage().startsWith("net.txt:3:"), e.getMessage());
    }

    @Test
    void reluLastLayerNamed() {
        IOException e = assertThrows(IOException.class,
                () -> ModelFiles.parseNetwork("latent 1\nlayer 1 relu\n1\n0\n", "net.txt"));
        assertTrue(e.getMessage().contains("relu and the last layer"), e.getMessage());
    }

    @Test
    void linearHiddenLayerNamed() {
        IOException e = assertThrows(IOException.class,
                () -> ModelFiles.parseNetwork("latent 1\nlayer 1 linear\n1\n0\nlayer 1 linear\n1\n0\n", "net.txt"));
        assertTrue(e.getMessage().contains("linear and a hidden layer"), e.getMessage());
    }

    @Test
    void overflowingTargetRejected() {
        // Float.parseFloat("1e50") is Infinity; the target once became ∞ and every objective ∞.
        IOException e = assertThrows(IOException.class, () -> ModelFiles.parseVector("1e50 0", "x.txt"));
        assertTrue(e.getMessage().contains("'1e50' is outside the float range"), e.getMessage());
    }

    @Test
    void overflowingWeightRejected() {
        assertThrows(IOException.class, () -> ModelFiles.parseNetwork("latent 1\nlayer 1 linear\n-1e39\n0\n", "n"));
    }

    @Test
    void spelledInfinityAccepted() throws IOException {
        assertArrayEquals(new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN},
                ModelFiles.parseVector("Infinity -Infinity NaN", "x.txt"));
    }
}
