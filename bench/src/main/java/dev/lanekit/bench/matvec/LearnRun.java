package dev.lanekit.bench.matvec;

import dev.lanekit.matvec.CsrOperator;
import dev.lanekit.matvec.LinearOperator;
import dev.lanekit.matvec.MatrixMarket;
import dev.lanekit.matvec.MatvecOracle;
import dev.lanekit.matvec.learn.FamilyConstants;
import dev.lanekit.matvec.learn.FiniteFamilyLearner;
import dev.lanekit.matvec.learn.LowRankApproximation;
import dev.lanekit.matvec.learn.LowRankLearner;
import dev.lanekit.matvec.learn.PatternApproximation;
import dev.lanekit.matvec.learn.PatternLearner;
import dev.lanekit.matvec.learn.QueryCount;
import dev.lanekit.matvec.learn.SparsityPattern;
import dev.lanekit.matvec.learn.TraceEstimators;
import dev.lanekit.matvec.linalg.JacobiSvd;
import dev.lanekit.matvec.linalg.Matrix;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One run of {@code lanekit learn}: learns from a fresh oracle over the input and collects the lines to
 * print. The error is ‖A − Ã‖_F against the dense input, which is formed only when it has at most
 * {@value #MAX_DENSE_ENTRIES} entries; the optimum is printed where it can be computed.
 */
public final class LearnRun {

    /** Largest input, in entries, for which the error and the optimum are computed from a dense copy. */
    public static final long MAX_DENSE_ENTRIES = 16_000_000;

    private final LinearOperator operator;
    private final SplittableRandom random;
    private final Map<String, String> lines = new LinkedHashMap<>();
    private double error = Double.NaN;
    private double optimum = Double.NaN;
    private double learningSeconds = Double.NaN;

    /**
     * Creates a run over {@code operator}.
     *
     * @param operator the input matrix A
     * @param inputName the name of the input, for the first printed line
     * @param seed the seed of the random queries
     */
    public LearnRun(LinearOperator operator, String inputName, long seed) {
        this.operator = operator;
        this.random = new SplittableRandom(seed);
        lines.put("input", inputName + ", " + operator.rows() + " × " + operator.cols());
    }

    /** {@return the printed lines, name to value, in order} */
    public Map<String, String> lines() {
        return lines;
    }

    /** {@return the last run's error ‖A − Ã‖_F, or NaN when it was not computed} */
    public double error() {
        return error;
    }

    /** {@return the last run's optimal error for its family, or NaN when it was not computed} */
    public double optimum() {
        return optimum;
    }

    /** {@return the last run's learning time in seconds: its queries and the learner's own work} */
    public double learningSeconds() {
        return learningSeconds;
    }

    /**
     * Prints {@code name = value} lines.
     *
     * @param out receives the lines
     */
    public void print(PrintWriter out) {
        lines.forEach((name, value) -> out.println(name + " = " + value));
    }

    /**
     * Learns a rank-k approximation and reports the optimal rank-k error from a full SVD.
     *
     * @param rank the target rank k
     * @param oversampling extra sketch columns, at least 0
     * @param powerIterations the number of power iterations, at least 0
     * @return the approximation
     */
    public LowRankApproximation lowRank(int rank, int oversampling, int powerIterations) {
        lines.put("family", "rank " + rank + " (oversampling " + oversampling + ", power iterations " + powerIterations + ")");
        MatvecOracle oracle = new MatvecOracle(operator);
        long start = System.nanoTime();
        LowRankApproximation result = LowRankLearner.learn(oracle, rank, oversampling, powerIterations, random);
        putLearningTime(start);
        putQueries(result.queries());
        Matrix dense = denseOrNull();
        if (dense != null) {
            double error = dense.frobeniusDistance(result.toMatrix());
            double optimum = JacobiSvd.of(dense).tailNorm(rank);
            putError(error, optimum, dense.frobeniusNorm());
        }
        return result;
    }

    /**
     * Recovers A on the band of half-width b by coloring; the optimum is the mass of A off the band.
     *
     * @param bandwidth the half-width b of the band
     */
    public void banded(int bandwidth) {
        SparsityPattern pattern = SparsityPattern.banded(operator.rows(), operator.cols(), bandwidth, bandwidth);
        lines.put("family", "band kl = ku = " + bandwidth + ", recovered by coloring the column-intersection graph");
        MatvecOracle oracle = new MatvecOracle(operator);
        long start = System.nanoTime();
        PatternApproximation result = PatternLearner.byColoring(oracle, pattern);
        putLearningTime(start);
        putQueries(result.queries());
        putPatternError(result, pattern);
    }

    /**
     * Fits A on a fixed pattern by Gaussian least squares: the stored pattern of a sparse input, or the
     * band of half-width b for a dense one. The default number of queries is s + 4.
     *
     * @param bandwidth the half-width b of the band
     * @param queries the number of queries, or null for the default
     */
    public void sparse(int bandwidth, Integer queries) {
        SparsityPattern pattern = operator instanceof CsrOperator csr
                ? SparsityPattern.of(csr)
                : SparsityPattern.banded(operator.rows(), operator.cols(), bandwidth, bandwidth);
        int count = queries == null ? pattern.maxRowSize() + 4 : queries;
        lines.put("family", (operator instanceof CsrOperator ? "the input's own sparsity pattern" : "band kl = ku = " + bandwidth)
                + ", s = " + pattern.maxRowSize() + ", Gaussian least squares with " + count + " queries");
        MatvecOracle oracle = new MatvecOracle(operator);
        long start = System.nanoTime();
        PatternApproximation result = PatternLearner.leastSquares(oracle, pattern, count, random);
        putLearningTime(start);
        putQueries(result.queries());
        putPatternError(result, pattern);
    }

    /**
     * Estimates diag(A) with Hutchinson's estimator; the optimum is 0 (the diagonal itself).
     *
     * @param queries the number of queries
     */
    public void diagonal(int queries) {
        lines.put("family", "diagonal, Hutchinson with " + queries + " Rademacher queries");
        MatvecOracle oracle = new MatvecOracle(operator);
        long start = System.nanoTime();
        TraceEstimators.DiagonalEstimate result = TraceEstimators.hutchinsonDiagonal(oracle, queries, random);
        putLearningTime(start);
        putQueries(result.queries());
        Matrix dense = denseOrNull();
        if (dense != null) {
            double error = 0;
            double norm = 0;
            for (int i = 0; i < dense.rows(); i++) {
                error += Math.pow(result.diagonal()[i] - dense.get(i, i), 2);
                norm += Math.pow(dense.get(i, i), 2);
            }
            lines.put("error", String.format(Locale.ROOT, "%.6g (‖d̂ − diag(A)‖₂, relative %.4g)", Math.sqrt(error),
                    Math.sqrt(error / norm)));
            lines.put("optimum", "0 (the exact diagonal)");
        }
    }

    /**
     * Selects from a finite family with the one-sided sketch (Claim 1) and with Algorithm 4 of "Query
     * Efficient Structured Matrix Learning" (COLT 2026), and reports OPT by brute force.
     *
     * @param candidateList a file that lists the candidate Matrix Market files, one path per line relative to it, or null for
     *     the built-in family of 64 constant matrices
     * @param epsilon the accuracy ε, in (0, 1]
     * @param delta the failure probability δ, in (0, 1)
     * @param constant the sketch constant c
     * @param innerDivisor the divisor of ε for the inner runs of Algorithm 4
     * @throws IOException when the candidate list or a candidate file cannot be read
     */
    public void finite(Path candidateList, double epsilon, double delta, double constant, double innerDivisor)
            throws IOException {
        List<Matrix> family = candidateList == null ? constantFamily() : readCandidates(candidateList);
        lines.put("family", (candidateList == null ? "built-in: 64 constant matrices c·1·1ᵀ, c = 0, 0.25, …, 15.75"
                : family.size() + " candidates from " + candidateList)
                + String.format(Locale.ROOT, ", ε = %s, δ = %s, c = %s, inner ε divisor %s", epsilon, delta, constant,
                        innerDivisor));
        FamilyConstants constants = FamilyConstants.DEFAULT.withSketch(constant).withDivisors(innerDivisor, 12);
        Matrix dense = requireDense();

        MatvecOracle baselineOracle = new MatvecOracle(operator);
        var baseline = FiniteFamilyLearner.oneSidedSketch(baselineOracle, family, epsilon, delta, constants, random);
        MatvecOracle oracle = new MatvecOracle(operator);
        long start = System.nanoTime();
        var selection = FiniteFamilyLearner.select(oracle, family, epsilon, delta, constants, random);
        putLearningTime(start);
        var nearest = FiniteFamilyLearner.nearest(dense, family);

        putQueries(selection.queries());
        lines.put("error", String.format(Locale.ROOT, "%.6g (member %d, %.4f × OPT; the guarantee is (3 + ε)·OPT)",
                dense.frobeniusDistance(family.get(selection.index())), selection.index(),
                dense.frobeniusDistance(family.get(selection.index())) / nearest.distance()));
        lines.put("optimum", String.format(Locale.ROOT, "%.6g (member %d, brute force)", nearest.distance(), nearest.index()));
        lines.put("one-sided sketch queries", Long.toString(baseline.queries().total()));
        lines.put("one-sided sketch error", String.format(Locale.ROOT, "%.6g (member %d)",
                dense.frobeniusDistance(family.get(baseline.index())), baseline.index()));
    }

    private List<Matrix> constantFamily() {
        List<Matrix> family = new ArrayList<>();
        for (int c = 0; c < 64; c++) {
            Matrix member = new Matrix(operator.rows(), operator.cols());
            java.util.Arrays.fill(member.data(), c * 0.25);
            family.add(member);
        }
        return family;
    }

    private List<Matrix> readCandidates(Path list) throws IOException {
        List<Matrix> family = new ArrayList<>();
        Path directory = list.toAbsolutePath().getParent();
        for (String line : Files.readAllLines(list)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            LinearOperator candidate = MatrixMarket.read(directory.resolve(name));
            if (candidate.rows() != operator.rows() || candidate.cols() != operator.cols()) {
                throw new IllegalArgumentException("candidate " + name + " is " + candidate.rows() + " × " + candidate.cols()
                        + " but the input is " + operator.rows() + " × " + operator.cols());
            }
            family.add(Matrix.fromFloats(candidate.rows(), candidate.cols(), candidate.toDense()));
        }
        if (family.isEmpty()) {
            throw new IllegalArgumentException("--candidates " + list + " lists no .mtx files");
        }
        return family;
    }

    private void putLearningTime(long start) {
        learningSeconds = (System.nanoTime() - start) / 1e9;
        lines.put("learning time", String.format(Locale.ROOT, "%.3f s (queries and the learner's own work)",
                learningSeconds));
    }

    private void putQueries(QueryCount queries) {
        lines.put("queries", queries.total() + " (" + queries.right() + " right, " + queries.left() + " left)");
    }

    private void putError(double error, double optimum, double norm) {
        this.error = error;
        this.optimum = optimum;
        lines.put("error", String.format(Locale.ROOT, "%.6g (‖A − Ã‖_F, relative %.4g)", error, error / norm));
        double ratio = error / optimum;
        if (optimum == 0) {
            ratio = error == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        lines.put("optimum", String.format(Locale.ROOT, "%.6g (relative %.4g; error/optimum %.4f)", optimum,
                optimum / norm, ratio));
    }

    private void putPatternError(PatternApproximation result, SparsityPattern pattern) {
        Matrix dense = denseOrNull();
        if (dense == null) {
            return;
        }
        double offPattern = 0;
        for (int i = 0; i < dense.rows(); i++) {
            for (int j = 0; j < dense.cols(); j++) {
                if (!pattern.contains(i, j)) {
                    offPattern += dense.get(i, j) * dense.get(i, j);
                }
            }
        }
        putError(dense.frobeniusDistance(result.toMatrix()), Math.sqrt(offPattern), dense.frobeniusNorm());
    }

    private Matrix denseOrNull() {
        if ((long) operator.rows() * operator.cols() > MAX_DENSE_ENTRIES) {
            lines.put("error", "not computed: the input has more than " + MAX_DENSE_ENTRIES + " entries");
            return null;
        }
        return Matrix.fromFloats(operator.rows(), operator.cols(), operator.toDense());
    }

    private Matrix requireDense() {
        Matrix dense = denseOrNull();
        if (dense == null) {
            throw new IllegalArgumentException("--family finite needs an input of at most " + MAX_DENSE_ENTRIES + " entries");
        }
        return dense;
    }
}
