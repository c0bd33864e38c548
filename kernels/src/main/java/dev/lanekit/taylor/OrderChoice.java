package dev.lanekit.taylor;

/**
 * An order p chosen by {@link TaylorBounds#chooseOrder}, with what it costs.
 *
 * @param order the Taylor order p
 * @param radius R = max|q·k|/√d the choice was made for
 * @param eta η_p(R) = e^R·R^{p+1}/(p+1)!
 * @param relativeErrorBound the bound 2η/(1 − η) on ‖Ŷ − Y‖_max / ‖V‖_max
 * @param dimension the feature dimension D = C(d+p, p), or {@link Long#MAX_VALUE} when it overflows
 * @param d query and key dimension
 * @param dv value dimension
 */
public record OrderChoice(int order, double radius, double eta, double relativeErrorBound, long dimension, int d,
        int dv) {

    /**
     * {@return the estimated floating-point operations per token of non-causal Taylor attention:
     * 2·D·(dv + 1) for φ_Kᵀ·[V 1], the same for φ_Q·[S z], and about 2·D for the features}
     *
     */
    public double taylorFlopsPerToken() {
        return 4.0 * dimension * (dv + 1) + 2.0 * dimension;
    }

    /**
     * {@return the estimated floating-point operations of exact attention at n tokens: 2·n²·(d + dv)}
     *
     * @param n the number of tokens
     */
    public double exactFlops(long n) {
        return 2.0 * n * n * (d + dv);
    }

    /**
     * {@return the estimated cost of Taylor attention over exact attention at n tokens, from the operation counts}
     *
     * @param n the number of tokens
     */
    public double costRelativeToExact(long n) {
        return n * taylorFlopsPerToken() / exactFlops(n);
    }

    /**
     * {@return the estimated n above which Taylor attention needs fewer operations than exact attention:
     * taylorFlopsPerToken / (2·(d + dv))} A measured crossover also depends on how fast each kernel runs.
     *
     */
    public double crossoverTokens() {
        return taylorFlopsPerToken() / (2.0 * (d + dv));
    }
}
