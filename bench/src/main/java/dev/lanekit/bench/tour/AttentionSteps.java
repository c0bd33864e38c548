package dev.lanekit.bench.tour;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionKernels;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.bench.data.Digits;
import dev.lanekit.bench.taylor.TaylorComparison;
import dev.lanekit.proofs.attention.AttentionReference;
import dev.lanekit.provider.Implementation;
import dev.lanekit.taylor.Taylor;
import dev.lanekit.taylor.TaylorAttention;
import java.util.Locale;

/**
 * The tour's attention steps: exact self-attention (Q = K = V = the centered images, one head of d = 64),
 * as {@code lanekit attention} runs it, and Taylor attention of order 2 at R = 1, as
 * {@code lanekit attention --taylor 2} compares it.
 */
public final class AttentionSteps {

    /** Taylor order of the tour; order 2 keeps every weight ≥ 1/2 (the polynomial 1 + s + s²/2 has no real root). */
    static final int TAYLOR_ORDER = 2;
    /** max|q·k|/√d the Taylor step scales the data to, as {@code lanekit attention --taylor} does by default. */
    static final double TAYLOR_RADIUS = 1.0;

    private static final int D = Digits.COLUMNS;

    private final TourContext context;

    /**
     * Creates the steps.
     *
     * @param context the data and timer they share
     */
    public AttentionSteps(TourContext context) {
        this.context = context;
    }

    /**
     * Runs exact attention, SIMD against scalar, and compares it with the three-pass reference in double.
     *
     * @return the summary entry
     */
    public TourRow exact() {
        int n = context.tokens();
        float[] x = context.centered();
        AttentionShape shape = AttentionShape.single(n, n, D, D);
        AttentionOptions options = AttentionOptions.DEFAULT;
        AttentionWorkspace workspace = AttentionWorkspace.forShape(shape, 1);
        float[] o = new float[(int) shape.outputElements()];
        TourContext.Timed timed = context.time(() -> run(Attention.simd(), shape, x, o, workspace),
                () -> run(Attention.scalar(), shape, x, o, workspace));
        run(Attention.kernels(), shape, x, o, workspace);

        AttentionReference.Result reference = AttentionReference.compute(shape, options, x, x, x);
        double worst = 0;
        int outside = 0;
        for (int i = 0; i < o.length; i++) {
            double difference = Math.abs(o[i] - reference.output()[i]);
            worst = Math.max(worst, difference);
            if (!(difference <= reference.tolerance()[i])) {
                outside++;
            }
        }
        return new TourRow("attention", "exact, Q=K=V, 1 head, n = " + n + ", d = " + D, timed.seconds(),
                String.format(Locale.ROOT, "max |O − ref| %.1e", worst), timed.speedup(),
                String.format(Locale.ROOT, "vs three passes in double; %s; %.1f GFLOP/s",
                        outside == 0 ? "every output within its error bound" : outside + " outputs OUTSIDE their bound",
                        shape.flops() / timed.seconds() / 1e9), outside == 0);
    }

    private static void run(AttentionKernels kernels, AttentionShape shape, float[] x, float[] o,
            AttentionWorkspace workspace) {
        kernels.attention(shape, AttentionOptions.DEFAULT, x, 0, x, 0, x, 0, o, 0, null, 0, workspace, null);
    }

    /**
     * Runs Taylor attention, SIMD against scalar, and compares it with softmax attention and its bound.
     *
     * @return the summary entry
     */
    public TourRow taylor() {
        int n = context.tokens();
        float[] values = context.centered();
        float[] keys = TaylorComparison.scaledToRadius(values, n, D, TAYLOR_RADIUS);
        float[] out = new float[n * D];
        TaylorAttention scalar = create(Implementation.SCALAR);
        TaylorAttention simd = context.simdLoadable() ? create(Implementation.SIMD) : scalar;
        TourContext.Timed timed = context.time(() -> simd.attention(keys, keys, values, null, n, false, out),
                () -> scalar.attention(keys, keys, values, null, n, false, out));

        TaylorAttention active = Taylor.activeImplementation() == Implementation.SIMD ? simd : scalar;
        TaylorComparison.Accuracy accuracy = TaylorComparison.accuracy(active, keys, values, n, TAYLOR_RADIUS);
        boolean passed = accuracy.error() <= accuracy.bound() && accuracy.nanRows() == 0;
        return new TourRow("taylor", String.format(Locale.ROOT, "p = %d (%d features), n = %d, R = %.0f",
                TAYLOR_ORDER, active.dimension(), n, TAYLOR_RADIUS), timed.seconds(),
                String.format(Locale.ROOT, "max |Y − softmax| %.1e", accuracy.error()), timed.speedup(),
                String.format(Locale.ROOT, "bound 2η/(1 − η)·max|V| = %.2e (η = %.3f): %s", accuracy.bound(),
                        accuracy.eta(), passed ? "holds" : "VIOLATED"), passed);
    }

    private static TaylorAttention create(Implementation implementation) {
        return TaylorAttention.create(1, D, D, TAYLOR_ORDER, TaylorAttention.DEFAULT_CHUNK,
                TaylorAttention.defaultMaxBytes(), implementation);
    }
}
