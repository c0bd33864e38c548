package dev.lanekit.inversion;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One latent vector found by the search: its enumeration index in the box's Gray code, the latent z,
 * and its reference objective (‖G(z) − x‖_p computed in double in a fixed order).
 *
 * @param index the enumeration index, 0 … box size − 1
 * @param latent the latent vector z (not copied by the record; treat it as read-only)
 * @param objective the reference objective; never NaN for a candidate the search returns
 */
public record Candidate(long index, int[] latent, double objective) implements java.io.Serializable {

    /**
     * The ranking of the search: smaller objective first, ties to the smaller enumeration index.
     * {@link Double#compare} puts +∞ after every finite value.
     */
    public static final Comparator<Candidate> RANKING =
            Comparator.comparingDouble(Candidate::objective).thenComparingLong(Candidate::index);

    @Override
    public boolean equals(Object other) {
        return other instanceof Candidate c && c.index == index && Double.compare(c.objective, objective) == 0
                && Arrays.equals(c.latent, latent);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index) * 31 + Double.hashCode(objective);
    }

    @Override
    public String toString() {
        return "Candidate[index=" + index + ", latent=" + Arrays.toString(latent) + ", objective=" + objective + "]";
    }
}
