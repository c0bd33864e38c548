package dev.lanekit.proofs.taylor;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.lanekit.proofs.Property;
import dev.lanekit.proofs.PropertySuite;
import dev.lanekit.proofs.Theories;
import dev.lanekit.provider.Implementation;
import dev.lanekit.provider.Providers;
import dev.lanekit.taylor.MonomialBasis;
import dev.lanekit.taylor.Taylor;
import dev.lanekit.taylor.TaylorAttention;
import dev.lanekit.taylor.TaylorBounds;
import dev.lanekit.taylor.TensorPowerFeatures;
import java.util.List;
import java.util.Random;

/**
 * Properties of Taylor attention: the feature maps reproduce T_p(q·k), the linear-time kernel equals the
 * O(n²) evaluation of the same truncated kernel (non-causal, causal, per head, under a key mask), and
 * against exact softmax attention the error stays within 2η/(1 − η)·‖V‖_max.
 *
 * <p>Each example draws its shape and data from one random seed, so a failure message names the seed
 * that reproduces it. The kernels under test are the provider's ({@code -Dlanekit.provider}).
 */
public final class TaylorProperties implements PropertySuite {

    private static final double U = 0x1p-24;

    /** Creates the suite; {@code ServiceLoader} calls this constructor. */
    public TaylorProperties() {}

    @Override
    public String capability() {
        return "taylor";
    }

    @Override
    public List<Property> properties() {
        return List.of(
                new Property("taylorFeatures", "compact map gives T_p in double", this::compactMapInDouble),
                new Property("taylorFeatures", "float map within rounding bound", this::floatMapWithinBound),
                new Property("taylorFeatures", "tensor-power map equals compact map", this::tensorMapEqualsCompact),
                new Property("taylorAttention", "non-causal equals quadratic form", tries -> equalsQuadratic(tries, false)),
                new Property("taylorAttention", "causal state equals masked quadratic form", tries -> equalsQuadratic(tries, true)),
                new Property("taylorAttention", "order 0 gives mean of V", this::orderZeroIsMean),
                new Property("taylorAttention", "each head equals single-head run", this::headsIndependent),
                new Property("taylorAttention", "appended masked key changes nothing", this::maskedKeyIgnored),
                new Property("taylorAttention", "error within softmax bound", this::withinSoftmaxBound),
                new Property("taylorAttention", "error bound shrinks with p once η < 1", this::errorBoundShrinksWithOrder),
                new Property("taylorAttention", "SIMD equals scalar within bound", this::simdEqualsScalar));
    }

    private void compactMapInDouble(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int d = 1 + random.nextInt(12);
            int order = random.nextInt(6);
            double[] q = uniform(random, d, 1.5);
            double[] k = uniform(random, d, 1.5);
            double got = compactDot(q, k, order);
            double expected = Taylor.truncatedExp(dot(q, k), order);
            double scale = Taylor.truncatedExp(absoluteDot(q, k), order);
            check(Math.abs(got - expected) <= 1e-12 * scale,
                    "seed " + seed + ": φ_Q·φ_K = " + got + ", T_p(q·k) = " + expected + " at d = " + d + ", p = " + order);
        });
    }

    private void floatMapWithinBound(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int d = 1 + random.nextInt(20);
            int order = random.nextInt(5);
            int n = 1 + random.nextInt(80);
            float[] q = new float[n * d];
            float[] k = new float[n * d];
            for (int i = 0; i < n * d; i++) {
                q[i] = 2 * random.nextFloat() - 1;
                k[i] = 2 * random.nextFloat() - 1;
            }
            MonomialBasis basis = MonomialBasis.of(d, order);
            int size = basis.dimension();
            float[] phiQ = new float[n * size];
            float[] phiK = new float[n * size];
            Taylor.features(Taylor.activeImplementation(), basis, true, q, n, 1f, phiQ);
            Taylor.features(Taylor.activeImplementation(), basis, false, k, n, 1f, phiK);

            // Each query feature takes at most 3p roundings (products, steps, the float steps 1/α_r), each
            // key feature at most p, and the dot product is summed in double.
            double gamma = gamma(4 * order + 4);
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            double got = 0;
            for (int f = 0; f < size; f++) {
                got += (double) phiQ[i * size + f] * phiK[j * size + f];
            }
            double[] qi = toDouble(q, i * d, d);
            double[] kj = toDouble(k, j * d, d);
            double expected = Taylor.truncatedExp(dot(qi, kj), order);
            double bound = gamma * Taylor.truncatedExp(absoluteDot(qi, kj), order);
            check(Math.abs(got - expected) <= bound, "seed " + seed + ": float φ_Q·φ_K = " + got + ", T_p(q·k) = "
                    + expected + ", bound " + bound);
        });
    }

    private void tensorMapEqualsCompact(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int d = 1 + random.nextInt(5);
            int order = random.nextInt(5);
            double[] q = uniform(random, d, 1.5);
            double[] k = uniform(random, d, 1.5);
            double compact = compactDot(q, k, order);
            double full = dot(TensorPowerFeatures.query(q, order), TensorPowerFeatures.key(k, order));
            double scale = 1e-12 * Taylor.truncatedExp(absoluteDot(q, k), order);
            check(Math.abs(compact - full) <= scale, "seed " + seed + ": compact " + compact + ", full " + full);
            check(TensorPowerFeatures.query(q, order).length == MonomialBasis.fullDimension(d, order),
                    "seed " + seed + ": full map length");
        });
    }

    private void equalsQuadratic(int tries, boolean causal) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int order = random.nextInt(4);
            double radius = order % 2 == 1 ? 0.9 * random.nextDouble() : 3 * random.nextDouble();
            AttentionCase c = randomCase(random, 150, radius);
            int chunk = 16 << random.nextInt(3);
            TaylorAttention attention = TaylorAttention.create(c.heads(), c.d(), c.dv(), order, chunk,
                    TaylorAttention.defaultMaxBytes(), Taylor.activeImplementation());
            float[] out = run(attention, c, causal);
            TaylorReference.Rows rows = TaylorReference.truncated(c, order, causal);
            compareRows("seed " + seed, c, out, rows, order, attention.dimension());
        });
    }

    private void orderZeroIsMean(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            boolean causal = random.nextBoolean();
            AttentionCase c = randomCase(random, 120, 5 * random.nextDouble());
            float[] out = run(TaylorAttention.create(c.heads(), c.d(), c.dv(), 0), c, causal);
            for (int h = 0; h < c.heads(); h++) {
                for (int i = 0; i < c.n(); i++) {
                    int last = causal ? i : c.n() - 1;
                    for (int col = 0; col < c.dv(); col++) {
                        double sum = 0;
                        double vMax = 0;
                        int kept = 0;
                        for (int j = 0; j <= last; j++) {
                            if (c.kept(j)) {
                                sum += c.value(h, j, col);
                                vMax = Math.max(vMax, Math.abs(c.value(h, j, col)));
                                kept++;
                            }
                        }
                        double mean = kept == 0 ? 0 : sum / kept;
                        float got = out[(h * c.n() + i) * c.dv() + col];
                        check(Math.abs(got - mean) <= gamma(2 * c.n() + 4) * vMax,
                                "seed " + seed + ": row " + i + " head " + h + " got " + got + ", mean " + mean);
                    }
                }
            }
        });
    }

    private void headsIndependent(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int order = 2 * random.nextInt(2);
            boolean causal = random.nextBoolean();
            AttentionCase c = randomCase(random, 100, 2 * random.nextDouble());
            float[] all = run(TaylorAttention.create(c.heads(), c.d(), c.dv(), order), c, causal);
            TaylorAttention single = TaylorAttention.create(1, c.d(), c.dv(), order);
            for (int h = 0; h < c.heads(); h++) {
                AttentionCase head = new AttentionCase(slice(c.q(), h, c.n() * c.d()), slice(c.k(), h, c.n() * c.d()),
                        slice(c.v(), h, c.n() * c.dv()), c.keyMask(), c.n(), 1, c.d(), c.dv());
                float[] alone = run(single, head, causal);
                float[] fromAll = slice(all, h, c.n() * c.dv());
                TaylorReference.Rows rows = TaylorReference.truncated(head, order, causal);
                assertClose("seed " + seed + ": head " + h, head, alone, fromAll, rows, order, single.dimension());
            }
        });
    }

    private void maskedKeyIgnored(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int order = random.nextInt(4);
            boolean causal = random.nextBoolean();
            double radius = order % 2 == 1 ? 0.9 * random.nextDouble() : 2 * random.nextDouble();
            AttentionCase c = randomCase(random, 140, radius);
            int n = c.n();
            int heads = c.heads();

            // One more token per head whose key and value are NaN and whose mask flag is false.
            float[] q = appendRow(c.q(), heads, n, c.d(), 0f);
            float[] k = appendRow(c.k(), heads, n, c.d(), Float.NaN);
            float[] v = appendRow(c.v(), heads, n, c.dv(), Float.NaN);
            boolean[] keyMask = new boolean[n + 1];
            for (int j = 0; j < n; j++) {
                keyMask[j] = c.kept(j);
            }
            AttentionCase longer = new AttentionCase(q, k, v, keyMask, n + 1, heads, c.d(), c.dv());

            TaylorAttention attention = TaylorAttention.create(c.heads(), c.d(), c.dv(), order);
            float[] before = run(attention, c, causal);
            float[] after = dropLastRow(run(attention, longer, causal), heads, n, c.dv());
            TaylorReference.Rows rows = TaylorReference.truncated(c, order, causal);
            assertClose("seed " + seed + ": with a masked key appended", c, before, after, rows, order,
                    attention.dimension());
        });
    }

    private void withinSoftmaxBound(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            boolean causal = random.nextBoolean();
            AttentionCase c = randomCase(random, 100, 1.5 * random.nextDouble());
            double radius = c.radius();
            int order = random.nextInt(7);
            while (TaylorBounds.eta(order, radius) >= 0.9) {
                order++;
            }
            TaylorAttention attention = TaylorAttention.create(c.heads(), c.d(), c.dv(), order);
            float[] out = run(attention, c, causal);
            double[] exact = TaylorReference.softmax(c, causal);
            TaylorReference.Rows rows = TaylorReference.truncated(c, order, causal);
            double bound = TaylorBounds.relativeErrorBound(order, radius) * c.valueMax();
            for (int i = 0; i < c.n(); i++) {
                for (int h = 0; h < c.heads(); h++) {
                    for (int col = 0; col < c.dv(); col++) {
                        int at = (h * c.n() + i) * c.dv() + col;
                        double rounding = TaylorReference.tolerance(rows, h * c.n() + i, rows.out()[at],
                                attention.dimension(), c.n(), c.d(), order);
                        check(Math.abs(out[at] - exact[at]) <= bound + rounding, "seed " + seed + ": row " + i
                                + " got " + out[at] + ", softmax " + exact[at] + ", bound " + bound + " at p = "
                                + order + ", R = " + radius);
                    }
                }
            }
        });
    }

    /**
     * From the smallest order with η_p(R) < 1 (which implies p + 1 > R, because R^m/m! ≥ 1 for m ≤ R), the
     * bound falls by the factor R/(p + 2) < 1 with each order, and the measured error stays under it, so the
     * error goes to zero as p grows. The measured error of one case is not monotone in p: when every
     * weight of a row has a relative error of the same sign, the normalization cancels most of it (at
     * R = 0.435 one case gave 0.00707 at p = 1 and 0.00728 at p = 2).
     */
    private void errorBoundShrinksWithOrder(int tries) {
        Theories.qt(Math.max(1, tries / 4)).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            boolean causal = random.nextBoolean();
            int n = random.nextInt(61);
            int d = 1 + random.nextInt(8);
            int dv = 1 + random.nextInt(12);
            AttentionCase c = AttentionCase.random(random, n, 1, d, dv, 0.5 + 1.5 * random.nextDouble(), 0.2);
            double radius = c.radius();
            int first = 0;
            while (TaylorBounds.eta(first, radius) >= 1) {
                first++;
            }
            double[] exact = TaylorReference.softmax(c, causal);
            for (int order = first; order <= first + 4; order++) {
                double eta = TaylorBounds.eta(order, radius);
                check(TaylorBounds.eta(order + 1, radius) < eta || eta == 0,
                        "seed " + seed + ": η must fall from p = " + order + " at R = " + radius);
                TaylorAttention attention = TaylorAttention.create(1, d, dv, order);
                float[] out = run(attention, c, causal);
                TaylorReference.Rows rows = TaylorReference.truncated(c, order, causal);
                double bound = TaylorBounds.relativeErrorBound(order, radius) * c.valueMax();
                for (int i = 0; i < n; i++) {
                    for (int col = 0; col < dv; col++) {
                        int at = i * dv + col;
                        double rounding = TaylorReference.tolerance(rows, i, rows.out()[at], attention.dimension(), n,
                                d, order);
                        check(Math.abs(out[at] - exact[at]) <= bound + rounding, "seed " + seed + ": error "
                                + Math.abs(out[at] - exact[at]) + " at p = " + order + " exceeds the bound " + bound
                                + ", R = " + radius);
                    }
                }
            }
        });
    }

    private void simdEqualsScalar(int tries) {
        if (!Providers.simdLoadable()) {
            return;
        }
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int order = 2 * random.nextInt(2) + (random.nextInt(4) == 0 ? 1 : 0);
            boolean causal = random.nextBoolean();
            double radius = order % 2 == 1 ? 0.9 * random.nextDouble() : 3 * random.nextDouble();
            AttentionCase c = randomCase(random, 150, radius);
            long limit = TaylorAttention.defaultMaxBytes();
            TaylorAttention scalar = TaylorAttention.create(c.heads(), c.d(), c.dv(), order, 32, limit, Implementation.SCALAR);
            TaylorAttention simd = TaylorAttention.create(c.heads(), c.d(), c.dv(), order, 32, limit, Implementation.SIMD);
            float[] a = run(scalar, c, causal);
            float[] b = run(simd, c, causal);
            TaylorReference.Rows rows = TaylorReference.truncated(c, order, causal);
            assertClose("seed " + seed + ": scalar against SIMD", c, a, b, rows, order, scalar.dimension());
        });
    }

    /**
     * Checks that two float runs of the same case agree within twice the rounding bound of each row (each is
     * within one bound of the exact truncated kernel). The runs are not bit-identical: the lane order of a
     * Vector API float reduction differs between the interpreter and C2-compiled code.
     */
    private static void assertClose(String label, AttentionCase c, float[] a, float[] b, TaylorReference.Rows rows,
            int order, long dimension) {
        for (int i = 0; i < c.n(); i++) {
            for (int h = 0; h < c.heads(); h++) {
                int row = h * c.n() + i;
                for (int col = 0; col < c.dv(); col++) {
                    int at = row * c.dv() + col;
                    double bound = 2 * TaylorReference.tolerance(rows, row, rows.out()[at], dimension, c.n(), c.d(),
                            order);
                    if (Double.isInfinite(bound)) {
                        continue;
                    }
                    check(Math.abs(a[at] - b[at]) <= bound, label + ": row " + i + " head " + h + " column " + col
                            + " gives " + a[at] + " and " + b[at] + ", bound " + bound);
                }
            }
        }
    }

    /** Checks every output against the truncated reference, skipping rows whose denominator has no positive bound. */
    private static void compareRows(String label, AttentionCase c, float[] out, TaylorReference.Rows rows, int order,
            long dimension) {
        for (int i = 0; i < c.n(); i++) {
            for (int h = 0; h < c.heads(); h++) {
                int row = h * c.n() + i;
                for (int col = 0; col < c.dv(); col++) {
                    int at = row * c.dv() + col;
                    double expected = rows.out()[at];
                    double bound = TaylorReference.tolerance(rows, row, expected, dimension, c.n(), c.d(), order);
                    if (rows.kept()[row] == 0) {
                        check(out[at] == 0f, label + ": row " + i + " head " + h + " has no key but got " + out[at]);
                        continue;
                    }
                    if (Double.isInfinite(bound)) {
                        continue;
                    }
                    check(Math.abs(out[at] - expected) <= bound, label + ": row " + i + " head " + h + " column "
                            + col + " got " + out[at] + ", expected " + expected + ", bound " + bound + " (p = "
                            + order + ", n = " + c.n() + ", d = " + c.d() + ")");
                }
            }
        }
    }

    private static AttentionCase randomCase(Random random, int maxTokens, double radius) {
        int n = random.nextInt(maxTokens + 1);
        int heads = 1 + random.nextInt(3);
        int d = random.nextInt(5) == 0 ? 16 : 1 + random.nextInt(8);
        int dv = 1 + random.nextInt(20);
        double maskRate = random.nextBoolean() ? 0 : 0.3 * random.nextDouble();
        return AttentionCase.random(random, n, heads, d, dv, radius, maskRate);
    }

    private static float[] run(TaylorAttention attention, AttentionCase c, boolean causal) {
        float[] out = new float[c.n() * c.heads() * c.dv()];
        attention.attention(c.q(), c.k(), c.v(), c.keyMask(), c.n(), causal, out);
        return out;
    }

    /** Returns block h of {@code x}, a block being {@code length} consecutive floats. */
    private static float[] slice(float[] x, int h, int length) {
        return java.util.Arrays.copyOfRange(x, h * length, (h + 1) * length);
    }

    /** Returns {@code [heads][n + 1][width]} with row n of every head filled with {@code fill}. */
    private static float[] appendRow(float[] x, int heads, int n, int width, float fill) {
        float[] out = new float[heads * (n + 1) * width];
        for (int h = 0; h < heads; h++) {
            System.arraycopy(x, h * n * width, out, h * (n + 1) * width, n * width);
            java.util.Arrays.fill(out, (h * (n + 1) + n) * width, (h + 1) * (n + 1) * width, fill);
        }
        return out;
    }

    /** Returns {@code [heads][n][width]}, dropping row n of every head of {@code [heads][n + 1][width]}. */
    private static float[] dropLastRow(float[] x, int heads, int n, int width) {
        float[] out = new float[heads * n * width];
        for (int h = 0; h < heads; h++) {
            System.arraycopy(x, h * (n + 1) * width, out, h * n * width, n * width);
        }
        return out;
    }

    private static double gamma(int m) {
        return m * U / (1 - m * U);
    }

    private static double[] uniform(Random random, int length, double max) {
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = max * (2 * random.nextDouble() - 1);
        }
        return x;
    }

    private static double[] toDouble(float[] x, int offset, int length) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = x[offset + i];
        }
        return out;
    }

    /** Returns φ_Q(q)·φ_K(k) of the compact map, in double. */
    private static double compactDot(double[] q, double[] k, int order) {
        MonomialBasis basis = MonomialBasis.of(q.length, order);
        double[] phiQ = new double[basis.dimension()];
        double[] phiK = new double[basis.dimension()];
        basis.queryFeatures(q, phiQ);
        basis.keyFeatures(k, phiK);
        return dot(phiQ, phiK);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double absoluteDot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] * b[i]);
        }
        return sum;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
