package dev.lanekit.inversion;

/** The strategy for the approximate objective of each candidate, computed before the exact check. */
public enum Evaluation {
    /** Every candidate from scratch: W₁·z and every later layer, then the whole distance. The baseline. */
    NAIVE,
    /** Gray-code steps update the first layer by ± one column; the whole distance is computed. */
    INCREMENTAL,
    /** As {@link #INCREMENTAL}, and a candidate is abandoned once its partial distance exceeds the bound. */
    INCREMENTAL_ABANDON
}
