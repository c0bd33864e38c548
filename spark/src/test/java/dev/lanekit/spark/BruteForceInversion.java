package dev.lanekit.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A plain inversion search, the reference the Spark plumbing is tested against. For each binary
 * latent z (the Gray code of the enumeration index), it evaluates a ReLU network G from scratch in
 * double and ranks the candidates by the lp distance from G(z) to the target.
 *
 * <p>Optimization mode keeps the k best candidates, ordered by distance and then by enumeration
 * index; NaN distances rank last. Decision mode (a radius) keeps the first candidate, in
 * enumeration order, whose distance is at most the radius.
 */
final class BruteForceInversion implements RangeSearch<BruteForceInversion.Ranking> {

    private static final long serialVersionUID = 1L;

    /** How many candidates a search does between progress reports and cancellation checks. */
    private static final int CHECK_EVERY = 1024;

    /** One candidate: its enumeration index, its latent bits, and its distance to the target. */
    record Hit(long index, long latent, double distance) implements java.io.Serializable {}

    /** The result of a range: the best hits in rank order, and whether one is a decision witness. */
    record Ranking(List<Hit> hits, boolean witness) implements java.io.Serializable {}

    static final Comparator<Hit> RANK =
            Comparator.comparingDouble((Hit hit) -> Double.isNaN(hit.distance()) ? Double.POSITIVE_INFINITY : hit.distance())
                    .thenComparing(hit -> Double.isNaN(hit.distance()))
                    .thenComparingLong(Hit::index);

    private final int n;
    private final double[][][] weights;
    private final double[][] biases;
    private final double[] target;
    private final double p;
    private final int k;
    private final double radius;

    /**
     * @param weights {@code weights[layer][row][column]}; layer 0 has {@code n} columns, and every
     *     layer but the last applies ReLU
     * @param p the norm order, or {@code Double.POSITIVE_INFINITY}
     * @param radius the decision radius, or NaN for optimization mode
     */
    BruteForceInversion(int n, double[][][] weights, double[][] biases, double[] target, double p, int k,
            double radius) {
        this.n = n;
        this.weights = weights;
        this.biases = biases;
        this.target = target;
        this.p = p;
        this.k = k;
        this.radius = radius;
    }

    BruteForceInversion withRadius(double radius) {
        return new BruteForceInversion(n, weights, biases, target, p, k, radius);
    }

    BruteForceInversion withP(double p) {
        return new BruteForceInversion(n, weights, biases, target, p, k, radius);
    }

    boolean decision() {
        return !Double.isNaN(radius);
    }

    @Override
    public long size() {
        return 1L << n;
    }

    @Override
    public Ranking search(long from, long to, RangeMonitor monitor) {
        List<Hit> best = new ArrayList<>(k + 1);
        long sinceReport = 0;
        for (long index = from; index < to; index++) {
            long latent = index ^ (index >>> 1);
            double distance = distance(latent);
            Hit hit = new Hit(index, latent, distance);
            if (decision()) {
                if (distance <= radius) {
                    monitor.advance(sinceReport + 1);
                    return new Ranking(List.of(hit), true);
                }
            } else {
                insert(best, hit);
            }
            if (++sinceReport == CHECK_EVERY) {
                monitor.advance(sinceReport);
                sinceReport = 0;
                if (monitor.cancelled()) {
                    break;
                }
            }
        }
        monitor.advance(sinceReport);
        return new Ranking(List.copyOf(best), false);
    }

    @Override
    public Ranking merge(Ranking earlier, Ranking later) {
        if (decision()) {
            return earlier.witness() ? earlier : later;
        }
        List<Hit> best = new ArrayList<>(earlier.hits());
        for (Hit hit : later.hits()) {
            insert(best, hit);
        }
        return new Ranking(List.copyOf(best), false);
    }

    @Override
    public boolean settles(Ranking result) {
        return result.witness();
    }

    private void insert(List<Hit> best, Hit hit) {
        int at = 0;
        while (at < best.size() && RANK.compare(best.get(at), hit) < 0) {
            at++;
        }
        if (at < k) {
            best.add(at, hit);
            if (best.size() > k) {
                best.remove(k);
            }
        }
    }

    /** Evaluates ||G(z) - target||_p from scratch, in double, in a fixed order. */
    double distance(long latent) {
        double[] activation = new double[n];
        for (int j = 0; j < n; j++) {
            activation[j] = (latent >>> j) & 1;
        }
        for (int layer = 0; layer < weights.length; layer++) {
            double[] next = new double[weights[layer].length];
            for (int row = 0; row < next.length; row++) {
                double sum = biases[layer][row];
                for (int column = 0; column < activation.length; column++) {
                    sum += weights[layer][row][column] * activation[column];
                }
                next[row] = layer < weights.length - 1 ? Math.max(0, sum) : sum;
            }
            activation = next;
        }
        double sum = 0;
        double max = 0;
        for (int i = 0; i < target.length; i++) {
            double difference = Math.abs(activation[i] - target[i]);
            sum += Math.pow(difference, p == Double.POSITIVE_INFINITY ? 1 : p);
            max = Math.max(max, difference);
        }
        return p == Double.POSITIVE_INFINITY ? max : Math.pow(sum, 1 / p);
    }

    /**
     * Returns a random ReLU network with hidden layers of the given widths and a linear output layer; the
     * latent coordinates listed in {@code deadColumns} get zero weights, so that candidates that
     * differ only there tie exactly.
     */
    static BruteForceInversion randomRelu(long seed, int n, int[] hidden, int outputs, double p, int k,
            int... deadColumns) {
        Random random = new Random(seed);
        int layers = hidden.length + 1;
        double[][][] weights = new double[layers][][];
        double[][] biases = new double[layers][];
        int inputs = n;
        for (int layer = 0; layer < layers; layer++) {
            int rows = layer < hidden.length ? hidden[layer] : outputs;
            weights[layer] = new double[rows][inputs];
            biases[layer] = new double[rows];
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < inputs; column++) {
                    weights[layer][row][column] = random.nextGaussian() / Math.sqrt(inputs);
                }
                biases[layer][row] = 0.1 * random.nextGaussian();
            }
            inputs = rows;
        }
        for (int column : deadColumns) {
            for (double[] row : weights[0]) {
                row[column] = 0;
            }
        }
        double[] target = new double[outputs];
        for (int i = 0; i < outputs; i++) {
            target[i] = random.nextGaussian();
        }
        return new BruteForceInversion(n, weights, biases, target, p, k, Double.NaN);
    }

    /**
     * Returns the k-SAT reduction to binary inversion: one ReLU unit per clause,
     * {@code relu(1 - sum of the clause's literal values)}, which is 1 when the clause is false and
     * 0 when it is true, then an identity output layer and target 0. The distance is 0 exactly
     * when z satisfies the formula, and for p = 1 it counts the false clauses.
     */
    static BruteForceInversion ksat(int[][] clauses, int n, double p, int k) {
        int m = clauses.length;
        double[][] clauseWeights = new double[m][n];
        double[] clauseBiases = new double[m];
        for (int c = 0; c < m; c++) {
            double bias = 1;
            for (int literal : clauses[c]) {
                int variable = Math.abs(literal) - 1;
                if (literal > 0) {
                    clauseWeights[c][variable] -= 1;
                } else {
                    clauseWeights[c][variable] += 1;
                    bias -= 1;
                }
            }
            clauseBiases[c] = bias;
        }
        double[][] identity = new double[m][m];
        for (int c = 0; c < m; c++) {
            identity[c][c] = 1;
        }
        return new BruteForceInversion(n, new double[][][] {clauseWeights, identity},
                new double[][] {clauseBiases, new double[m]}, new double[m], p, k, Double.NaN);
    }

    /** Returns a random k-SAT formula with distinct variables per clause, as DIMACS-style signed literals. */
    static int[][] randomFormula(long seed, int n, int m, int width) {
        Random random = new Random(seed);
        int[][] clauses = new int[m][width];
        for (int c = 0; c < m; c++) {
            List<Integer> variables = new ArrayList<>();
            while (variables.size() < width) {
                int variable = 1 + random.nextInt(n);
                if (!variables.contains(variable)) {
                    variables.add(variable);
                }
            }
            for (int i = 0; i < width; i++) {
                clauses[c][i] = random.nextBoolean() ? variables.get(i) : -variables.get(i);
            }
        }
        return clauses;
    }
}
