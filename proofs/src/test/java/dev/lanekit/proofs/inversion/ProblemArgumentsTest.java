package dev.lanekit.proofs.inversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;
import org.junit.jupiter.api.Test;

/** A null argument of a problem fails at construction with its name, not later inside a search. */
class ProblemArgumentsTest {

    private static final ReluNetwork NETWORK = ReluNetwork.linear(new float[2], new float[6], 3);

    @Test
    void nullNormNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new InversionProblem(NETWORK, new float[2], LatentBox.binary(3), null));
        assertEquals("norm", e.getMessage());
    }

    @Test
    void nullBoxNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new InversionProblem(NETWORK, new float[2], null, Norm.L2));
        assertEquals("box", e.getMessage());
    }

    @Test
    void nullTargetNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new InversionProblem(NETWORK, null, LatentBox.binary(3), Norm.L2));
        assertEquals("target", e.getMessage());
    }
}
