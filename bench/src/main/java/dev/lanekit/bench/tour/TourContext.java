package dev.lanekit.bench.tour;

import dev.lanekit.bench.data.Digits;
import dev.lanekit.provider.Providers;

/**
 * Shared state of the tour steps: the digits data, how many of its rows the kernels run on, and the timer.
 */
public final class TourContext {

    private final Digits digits;
    private final int tokens;
    private final float[] centered;
    private final TourTiming timing;

    /**
     * Creates the context for runs on the first {@code tokens} digit images.
     *
     * @param digits the data set
     * @param tokens how many images the vector, BLAS and attention steps use
     * @param timing the timer of every step
     * @throws IllegalArgumentException when {@code tokens} is outside 1 … {@value Digits#ROWS}
     */
    public TourContext(Digits digits, int tokens, TourTiming timing) {
        if (tokens < 1 || tokens > Digits.ROWS) {
            throw new IllegalArgumentException("tokens = " + tokens + " must be in 1.." + Digits.ROWS);
        }
        this.digits = digits;
        this.tokens = tokens;
        this.centered = java.util.Arrays.copyOf(digits.centeredTokens(), tokens * Digits.COLUMNS);
        this.timing = timing;
    }

    /** {@return the whole data set} */
    public Digits digits() {
        return digits;
    }

    /** {@return how many images the attention, BLAS and vector steps use} */
    public int tokens() {
        return tokens;
    }

    /** {@return the first {@link #tokens()} images, divided by 16 and centered per pixel, row-major × 64} */
    public float[] centered() {
        return centered;
    }

    /** {@return whether the SIMD kernels can run here, whatever the provider chose} */
    public boolean simdLoadable() {
        return Providers.simdLoadable();
    }

    /**
     * Times the SIMD and scalar variants of one run, and returns the time of the variant the provider
     * dispatches to. When the SIMD kernels cannot load, only the scalar variant runs and the speedup is NaN.
     *
     * @param simd the run on the SIMD kernels
     * @param scalar the same run on the scalar kernels
     * @return the best time and the speedup
     */
    public Timed time(Runnable simd, Runnable scalar) {
        if (!simdLoadable()) {
            return new Timed(timing.bestSeconds(scalar), Double.NaN);
        }
        double simdSeconds = timing.bestSeconds(simd);
        double scalarSeconds = timing.bestSeconds(scalar);
        return new Timed(Providers.simd() ? simdSeconds : scalarSeconds, scalarSeconds / simdSeconds);
    }

    /**
     * Times one run that has no scalar twin.
     *
     * @param run the run to time
     * @return its best time in seconds
     */
    public double time(Runnable run) {
        return timing.bestSeconds(run);
    }

    /**
     * The outcome of {@link #time(Runnable, Runnable)}.
     *
     * @param seconds the best run of the provider's variant
     * @param speedup scalar seconds / SIMD seconds, or NaN when SIMD did not run
     */
    public record Timed(double seconds, double speedup) {}
}
