package dev.lanekit.proofs.taylor;

import dev.lanekit.taylor.Taylor;

/**
 * Double-precision O(n²) references for Taylor attention: the truncated kernel evaluated pair by pair,
 * and exact softmax attention. Both follow the semantics of the kernels: masked keys are skipped, a row
 * with no kept key is zero, and causal rows see keys j ≤ i only.
 */
public final class TaylorReference {

    private TaylorReference() {}

    /**
     * The truncated-kernel reference for one case: the outputs, and per row what the float tolerance needs.
     *
     * @param out outputs, {@code [heads][n][dv]}
     * @param den Σ_j T_p(s_ij) per (head, row), index h·n + i
     * @param absWeights Σ_j (1 + a_ij)·T_p(a_ij) with a_ij the absolute score, per (head, row)
     * @param absWeightedValues Σ_j (1 + a_ij)·T_p(a_ij)·max_c|v_jc|, per (head, row)
     * @param kept the number of kept keys in each row's sum, per (head, row)
     */
    public record Rows(double[] out, double[] den, double[] absWeights, double[] absWeightedValues, int[] kept) {}

    /**
     * {@return Σ_j T_p(s_ij)·v_j / Σ_j T_p(s_ij) for every row and head, in double}
     *
     * @param c the attention input
     * @param order the Taylor order p
     * @param causal whether query i sees only keys j ≤ i
     */
    public static Rows truncated(AttentionCase c, int order, boolean causal) {
        int rows = c.n() * c.heads();
        double[] out = new double[rows * c.dv()];
        double[] den = new double[rows];
        double[] absWeights = new double[rows];
        double[] absWeightedValues = new double[rows];
        int[] kept = new int[rows];
        double[] num = new double[c.dv()];
        for (int h = 0; h < c.heads(); h++) {
            for (int i = 0; i < c.n(); i++) {
                int row = h * c.n() + i;
                java.util.Arrays.fill(num, 0);
                int last = causal ? i : c.n() - 1;
                for (int j = 0; j <= last; j++) {
                    if (!c.kept(j)) {
                        continue;
                    }
                    kept[row]++;
                    double w = Taylor.truncatedExp(c.score(h, i, j), order);
                    double a = c.absoluteScore(h, i, j);
                    double wAbs = (1 + a) * Taylor.truncatedExp(a, order);
                    double vMax = 0;
                    for (int col = 0; col < c.dv(); col++) {
                        num[col] += w * c.value(h, j, col);
                        vMax = Math.max(vMax, Math.abs(c.value(h, j, col)));
                    }
                    den[row] += w;
                    absWeights[row] += wAbs;
                    absWeightedValues[row] += wAbs * vMax;
                }
                for (int col = 0; col < c.dv(); col++) {
                    out[row * c.dv() + col] = kept[row] == 0 ? 0 : num[col] / den[row];
                }
            }
        }
        return new Rows(out, den, absWeights, absWeightedValues, kept);
    }

    /**
     * {@return exact softmax attention, softmax over s_ij = q_i·k_j/√d with the row max subtracted, in double}
     *
     * @param c the attention input
     * @param causal whether query i sees only keys j ≤ i
     */
    public static double[] softmax(AttentionCase c, boolean causal) {
        double[] out = new double[c.n() * c.heads() * c.dv()];
        double[] num = new double[c.dv()];
        for (int h = 0; h < c.heads(); h++) {
            for (int i = 0; i < c.n(); i++) {
                int last = causal ? i : c.n() - 1;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j <= last; j++) {
                    if (c.kept(j)) {
                        max = Math.max(max, c.score(h, i, j));
                    }
                }
                if (max == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                java.util.Arrays.fill(num, 0);
                double den = 0;
                for (int j = 0; j <= last; j++) {
                    if (!c.kept(j)) {
                        continue;
                    }
                    double w = Math.exp(c.score(h, i, j) - max);
                    den += w;
                    for (int col = 0; col < c.dv(); col++) {
                        num[col] += w * c.value(h, j, col);
                    }
                }
                for (int col = 0; col < c.dv(); col++) {
                    out[(h * c.n() + i) * c.dv() + col] = num[col] / den;
                }
            }
        }
        return out;
    }

    /**
     * {@return the bound on |float Taylor output − {@code rows.out}| for one (head, row), or +∞ when the
     * float denominator could be ≤ 0 and no bound holds}
     *
     * <p>Every float weight, by either path (features through the state, or T_p of the float dot product
     * inside a causal chunk), is within γ_m·(1 + a)·T_p(a) of the exact weight, where a is the absolute
     * score and γ_m = m·u/(1 − m·u), u = 2⁻²⁴, counts the roundings: m = D + n + d + 6p + 16 (the
     * feature dot product of D terms, the sum over n keys, the d-term score, and the p-fold products, scale
     * and Horner steps). So the numerator is off by at most γ_m·absWeightedValues and the denominator by at
     * most δ = γ_m·absWeights, and the quotient by at most (γ_m·absWeightedValues + |y|·δ)/(den − δ),
     * plus one rounding of the division.
     *
     * @param rows the reference rows
     * @param row the row index, heads first
     * @param y the float output to bound
     * @param dimension the number of Taylor features D
     * @param n the number of tokens
     * @param d the query and key dimension
     * @param order the Taylor order p
     */
    public static double tolerance(Rows rows, int row, double y, long dimension, int n, int d, int order) {
        double m = dimension + n + d + 6.0 * order + 16;
        double u = 0x1p-24;
        double gamma = m * u / (1 - m * u);
        double deltaDen = gamma * rows.absWeights()[row];
        double denominator = rows.den()[row] - deltaDen;
        if (!(denominator > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return (gamma * rows.absWeightedValues()[row] + Math.abs(y) * deltaDen) / denominator
                + 2 * u * Math.abs(y);
    }
}
