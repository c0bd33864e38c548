package dev.lanekit.inversion;

/** The path by which a change of the first layer reaches the second layer in an incremental search. */
public enum Propagation {
    /** {@link #SPARSE} when the first layer's columns are sparse (at most 1/8 of the rows nonzero on average), else {@link #DENSE}. */
    AUTO,
    /** The second layer is recomputed from all first-layer units for every candidate. */
    DENSE,
    /**
     * Only the first-layer units that a step changes are propagated: their ReLU changes update the second
     * layer's pre-activations column by column. Pays off when each latent coordinate feeds a few units.
     */
    SPARSE
}
