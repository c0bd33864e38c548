package dev.lanekit.provider;

import dev.lanekit.internal.Species;
import jdk.incubator.vector.FloatVector;

/** Touches the Vector API; loaded only after the provider has checked that the module is readable. */
final class SimdProbe {

    private SimdProbe() {}

    static int preferredBits() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize();
    }

    static int speciesBits() {
        return Species.FLOAT.vectorBitSize();
    }
}
