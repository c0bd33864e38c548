package dev.lanekit.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The species every SIMD kernel uses, read once into {@code static final} fields.
 *
 * <p>The species must be a compile-time constant for C2: a species passed as a parameter makes the
 * kernels many times slower than scalar code. To test every width on one machine, each JVM picks one
 * width with {@code -Dlanekit.vectorBits=128|256|512}; the default is the preferred (widest) species.
 */
public final class Species {

    /** Float species of the SIMD kernels. */
    public static final VectorSpecies<Float> FLOAT;
    /** Double species with the same bit width as {@link #FLOAT}. */
    public static final VectorSpecies<Double> DOUBLE;
    /** Int species with the same bit width as {@link #FLOAT}. */
    public static final VectorSpecies<Integer> INT;

    static {
        int preferred = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        int bits = VectorBits.requested(preferred);
        VectorShape shape = VectorShape.forBitSize(bits);
        FLOAT = FloatVector.SPECIES_PREFERRED.vectorBitSize() == bits
                ? FloatVector.SPECIES_PREFERRED : VectorSpecies.of(float.class, shape);
        DOUBLE = DoubleVector.SPECIES_PREFERRED.vectorBitSize() == bits
                ? DoubleVector.SPECIES_PREFERRED : VectorSpecies.of(double.class, shape);
        INT = IntVector.SPECIES_PREFERRED.vectorBitSize() == bits
                ? IntVector.SPECIES_PREFERRED : VectorSpecies.of(int.class, shape);
    }

    private Species() {}
}
