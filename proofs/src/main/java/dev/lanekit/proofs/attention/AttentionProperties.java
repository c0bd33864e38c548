package dev.lanekit.proofs.attention;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import dev.lanekit.proofs.Property;
import dev.lanekit.proofs.PropertySuite;
import dev.lanekit.proofs.Theories;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Properties of exact attention, each checked on the implementation the provider chose. */
public final class AttentionProperties implements PropertySuite {

    private static final String KERNEL = "attention";

    /** Creates the suite; {@code ServiceLoader} calls this constructor. */
    public AttentionProperties() {}

    @Override
    public String capability() {
        return "attention";
    }

    @Override
    public List<Property> properties() {
        return List.of(
                new Property(KERNEL, "matches double reference", AttentionProperties::matchesReference),
                new Property(KERNEL, "row weights sum to one", AttentionProperties::weightsSumToOne),
                new Property(KERNEL, "row logit shift changes nothing", AttentionProperties::shiftInvariant),
                new Property(KERNEL, "key permutation changes nothing", AttentionProperties::permutationInvariant),
                new Property(KERNEL, "head equals single-head run", AttentionProperties::headsAreIndependent),
                new Property(KERNEL, "segment overload equals arrays", AttentionProperties::segmentsEqualArrays),
                new Property(KERNEL, "parallel run equals sequential", AttentionProperties::parallelEqualsSequential),
                new Property(KERNEL, "masked NaN never reaches output", AttentionProperties::maskedNaNIgnored),
                new Property(KERNEL, "OV decision equals brute force", AttentionProperties::decidesOrthogonalVectors),
                new Property(KERNEL, "cached decoding matches reference", AttentionProperties::cachedDecodingMatches),
                new Property(KERNEL, "unnormalized OV decision is exact", AttentionProperties::unnormalizedDecideOrthogonalVectors));
    }

    static void matchesReference(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            AttentionCase c = AttentionCase.random(seed);
            AttentionCase.Output got = c.run();
            AttentionReference.Result want = AttentionReference.compute(c.shape(), c.options(), c.q(), c.k(), c.v());
            assertClose(c, got, want);
        });
    }

    static void weightsSumToOne(int tries) {
        // With V = I (dv = lk) the output row is the weight row itself.
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int lk = AttentionCase.length(random, 140);
            int lq = AttentionCase.length(random, 20);
            int d = 1 + AttentionCase.length(random, 40);
            AttentionShape shape = AttentionShape.single(lq, lk, d, lk);
            AttentionOptions options = AttentionCase.randomOptions(random, shape)
                    .withNormalization(AttentionOptions.Normalization.SOFTMAX);
            float[] identity = new float[lk * lk];
            for (int j = 0; j < lk; j++) {
                identity[j * lk + j] = 1f;
            }
            AttentionCase c = new AttentionCase(shape, options, AttentionCase.values(random, lq * d, 3f),
                    AttentionCase.values(random, lk * d, 3f), identity);
            AttentionCase.Output got = c.run();
            for (int i = 0; i < lq; i++) {
                double sum = 0;
                for (int j = 0; j < lk; j++) {
                    float w = got.o()[i * lk + j];
                    if (!(w >= 0f && w <= 1f)) {
                        throw new AssertionError("weight " + w + " outside [0, 1] at row " + i + " key " + j + " in " + c);
                    }
                    sum += w;
                }
                boolean empty = got.lse()[i] == Float.NEGATIVE_INFINITY;
                double want = empty ? 0 : 1;
                double bound = (3.0 * lk + d + 24) * AttentionReference.U;
                if (Math.abs(sum - want) > bound) {
                    throw new AssertionError("row " + i + " weights sum to " + sum + ", expected " + want + " within "
                            + bound + " in " + c);
                }
            }
        });
    }

    static void shiftInvariant(int tries) {
        Theories.qt(tries).forAll(longs().all(), integers().between(-200, 200)).checkAssert((seed, shift) -> {
            AttentionCase c = AttentionCase.random(seed);
            if (c.options().bias() != null || c.options().normalization() != AttentionOptions.Normalization.SOFTMAX) {
                return;
            }
            AttentionShape shape = c.shape();
            int lq = shape.lq();
            int lk = shape.lk();
            float[] bias = new float[shape.batch() * lq * lk];
            for (int b = 0; b < shape.batch(); b++) {
                for (int i = 0; i < lq; i++) {
                    Arrays.fill(bias, (b * lq + i) * lk, (b * lq + i + 1) * lk, shift + 0.25f * i);
                }
            }
            AttentionOptions shifted = c.options().withBias(bias, 0);
            AttentionCase.Output plain = c.run();
            AttentionCase.Output moved = c.run(shifted, c.q(), c.k(), c.v(), null);
            AttentionReference.Result want = AttentionReference.compute(shape, shifted, c.q(), c.k(), c.v());
            for (int i = 0; i < plain.o().length; i++) {
                double diff = Math.abs(plain.o()[i] - moved.o()[i]);
                if (!(diff <= 2 * want.tolerance()[i]) && plain.o()[i] != moved.o()[i]) {
                    throw new AssertionError("shift " + shift + " moved output " + i + " from " + plain.o()[i] + " to "
                            + moved.o()[i] + " in " + c);
                }
            }
        });
    }

    static void permutationInvariant(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            AttentionCase c = AttentionCase.random(seed);
            AttentionOptions options = c.options();
            if (options.mask() != null || options.bias() != null || options.causal() || options.windowRadius() >= 0
                    || options.keyLengths() != null) {
                options = AttentionOptions.DEFAULT.withScore(options.score()).withNormalization(options.normalization());
            }
            AttentionShape shape = c.shape();
            int lk = shape.lk();
            int[] permutation = permutation(new SplittableRandom(seed ^ 0x5DEECE66DL), lk);
            int groups = shape.batch() * shape.kvHeads();
            float[] k = permuteRows(c.k(), groups, lk, shape.d(), permutation);
            float[] v = permuteRows(c.v(), groups, lk, shape.dv(), permutation);
            AttentionCase.Output plain = c.run(options, c.q(), c.k(), c.v(), null);
            AttentionCase.Output permuted = c.run(options, c.q(), k, v, null);
            AttentionReference.Result want = AttentionReference.compute(shape, options, c.q(), c.k(), c.v());
            for (int i = 0; i < plain.o().length; i++) {
                double diff = Math.abs(plain.o()[i] - permuted.o()[i]);
                if (!(diff <= 2 * want.tolerance()[i]) && plain.o()[i] != permuted.o()[i]) {
                    throw new AssertionError("permuting keys moved output " + i + " from " + plain.o()[i] + " to "
                            + permuted.o()[i] + " in " + c);
                }
            }
        });
    }

    static void headsAreIndependent(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            AttentionCase c = AttentionCase.random(seed);
            AttentionShape shape = c.shape();
            AttentionCase.Output all = c.run();
            int lq = shape.lq();
            int lk = shape.lk();
            for (int b = 0; b < shape.batch(); b++) {
                for (int h = 0; h < shape.heads(); h++) {
                    int g = h / shape.groupSize();
                    AttentionShape one = AttentionShape.single(lq, lk, shape.d(), shape.dv());
                    AttentionOptions options = sliceOptions(c.options(), shape, b);
                    float[] q = Arrays.copyOfRange(c.q(), (b * shape.heads() + h) * lq * shape.d(),
                            (b * shape.heads() + h + 1) * lq * shape.d());
                    float[] k = Arrays.copyOfRange(c.k(), (b * shape.kvHeads() + g) * lk * shape.d(),
                            (b * shape.kvHeads() + g + 1) * lk * shape.d());
                    float[] v = Arrays.copyOfRange(c.v(), (b * shape.kvHeads() + g) * lk * shape.dv(),
                            (b * shape.kvHeads() + g + 1) * lk * shape.dv());
                    AttentionCase.Output single = new AttentionCase(one, options, q, k, v).run();
                    float[] slice = Arrays.copyOfRange(all.o(), (b * shape.heads() + h) * lq * shape.dv(),
                            (b * shape.heads() + h + 1) * lq * shape.dv());
                    AttentionReference.Result want = AttentionReference.compute(one, options, q, k, v);
                    assertAgree("head " + h + " of sequence " + b + " vs its single-head run", c, slice, single.o(),
                            want.tolerance());
                }
            }
        });
    }

    static void segmentsEqualArrays(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            AttentionCase c = AttentionCase.random(seed);
            AttentionShape shape = c.shape();
            AttentionCase.Output arrays = c.run();
            try (Arena arena = Arena.ofConfined()) {
                // Native segments with one float of padding in front: offsets and unaligned copies.
                MemorySegment q = copy(arena, c.q());
                MemorySegment k = copy(arena, c.k());
                MemorySegment v = copy(arena, c.v());
                MemorySegment o = arena.allocate(4L * (shape.outputElements() + 1), 4);
                MemorySegment lse = arena.allocate(4L * (shape.rows() + 1), 4);
                Attention.kernels().attention(shape, c.options(), q, 1, k, 1, v, 1, o, 1, lse, 1,
                        AttentionWorkspace.forShape(shape, 1), null);
                float[] out = o.asSlice(4).toArray(ValueLayout.JAVA_FLOAT);
                float[] outLse = lse.asSlice(4).toArray(ValueLayout.JAVA_FLOAT);
                AttentionReference.Result want = AttentionReference.compute(shape, c.options(), c.q(), c.k(), c.v());
                assertAgree("segment run vs array run", c, out, arrays.o(), want.tolerance());
                assertAgree("segment log-sum-exp vs array", c, outLse, arrays.lse(), want.lseTolerance());
            }
        });
    }

    static void parallelEqualsSequential(int tries) {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
                AttentionCase c = AttentionCase.random(seed);
                AttentionCase.Output sequential = c.run();
                AttentionCase.Output parallel = c.run(c.options(), c.q(), c.k(), c.v(), executor);
                AttentionReference.Result want = AttentionReference.compute(c.shape(), c.options(), c.q(), c.k(), c.v());
                assertAgree("parallel run vs sequential run", c, parallel.o(), sequential.o(), want.tolerance());
                assertAgree("parallel log-sum-exp vs sequential", c, parallel.lse(), sequential.lse(),
                        want.lseTolerance());
            });
        } finally {
            executor.shutdownNow();
        }
    }

    static void maskedNaNIgnored(int tries) {
        Theories.qt(tries).forAll(longs().all()).checkAssert(seed -> {
            AttentionCase c = AttentionCase.random(seed);
            AttentionShape shape = c.shape();
            AttentionOptions options = c.options();
            int lq = shape.lq();
            int lk = shape.lk();
            float[] k = c.k().clone();
            float[] v = c.v().clone();
            // A key hidden from every query row of its sequence may hold anything.
            for (int b = 0; b < shape.batch(); b++) {
                for (int j = 0; j < lk; j++) {
                    boolean seen = false;
                    for (int i = 0; i < lq && !seen; i++) {
                        seen = AttentionReference.visible(shape, options, b, i, j) && !biasMasks(options, shape, b, i, j);
                    }
                    if (seen) {
                        continue;
                    }
                    for (int g = 0; g < shape.kvHeads(); g++) {
                        int row = (b * shape.kvHeads() + g) * lk + j;
                        Arrays.fill(k, row * shape.d(), (row + 1) * shape.d(), Float.NaN);
                        Arrays.fill(v, row * shape.dv(), (row + 1) * shape.dv(), Float.POSITIVE_INFINITY);
                    }
                }
            }
            AttentionCase.Output clean = c.run();
            AttentionCase.Output poisoned = c.run(options, c.q(), k, v, null);
            AttentionReference.Result want = AttentionReference.compute(shape, options, c.q(), c.k(), c.v());
            assertAgree("output with NaN and ∞ in masked key and value rows vs clean output", c, poisoned.o(),
                    clean.o(), want.tolerance());
        });
    }

    static void decidesOrthogonalVectors(int tries) {
        double[] errors = {0, 0.5, 0.9};
        Theories.qt(Math.max(1, tries / 2)).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 1 + random.nextInt(64);
            int d = 1 + random.nextInt(12);
            double density = 0.2 + 0.6 * random.nextDouble();
            OrthogonalVectorsReduction.Instance instance = OrthogonalVectorsReduction.random(random, n, d, density);
            boolean want = OrthogonalVectorsReduction.bruteForce(instance);
            double lo = 0;
            double hi = 0;
            for (double mu : errors) {
                lo = OrthogonalVectorsReduction.logLowerBoundNo(n, d, mu);
                hi = OrthogonalVectorsReduction.logUpperBoundYes(n, d, mu);
                if (!(hi < lo)) {
                    throw new AssertionError("bounds do not separate: log hi = " + hi + ", log lo = " + lo);
                }
                double[] logMass = OrthogonalVectorsReduction.logMassOnA(instance, mu);
                if (OrthogonalVectorsReduction.decide(logMass, n, d, mu) != want) {
                    throw new AssertionError("exact output decides " + !want + " for n = " + n + ", d = " + d
                            + ", µ = " + mu);
                }
                // The worst relative error µ pushes every mass towards the wrong decision.
                double[] perturbed = logMass.clone();
                for (int i = 0; i < n; i++) {
                    perturbed[i] += want ? Math.log1p(mu) : Math.log1p(-mu);
                }
                if (OrthogonalVectorsReduction.decide(perturbed, n, d, mu) != want) {
                    throw new AssertionError("output off by µ = " + mu + " decides " + !want + " for n = " + n
                            + ", d = " + d);
                }
            }
        });
    }

    static void unnormalizedDecideOrthogonalVectors(int tries) {
        double[] errors = {0, 0.5, 0.9};
        Theories.qt(Math.max(1, tries / 2)).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 2 + random.nextInt(63);
            int d = 1 + random.nextInt(12);
            double density = 0.2 + 0.6 * random.nextDouble();
            OrthogonalVectorsReduction.Instance instance = OrthogonalVectorsReduction.random(random, n, d, density);
            boolean want = OrthogonalVectorsReduction.bruteForce(instance);
            for (OrthogonalVectorsReduction.Unnormalized variant : OrthogonalVectorsReduction.Unnormalized.values()) {
                for (double mu : errors) {
                    double[] logSums = OrthogonalVectorsReduction.logRowSums(instance, mu, variant);
                    if (OrthogonalVectorsReduction.decideUnnormalized(logSums, n, d, mu, variant) != want) {
                        throw new AssertionError(variant + " decides " + !want + " for n = " + n + ", d = " + d
                                + ", µ = " + mu);
                    }
                    // The worst relative error µ pushes every row sum towards the wrong decision.
                    double[] perturbed = logSums.clone();
                    for (int i = 0; i < n; i++) {
                        perturbed[i] += want ? Math.log1p(-mu) : Math.log1p(mu);
                    }
                    if (OrthogonalVectorsReduction.decideUnnormalized(perturbed, n, d, mu, variant) != want) {
                        throw new AssertionError(variant + " off by µ = " + mu + " decides " + !want + " for n = "
                                + n + ", d = " + d);
                    }
                }
            }
        });
    }

    static void cachedDecodingMatches(int tries) {
        Theories.qt(Math.max(1, tries / 2)).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int kvHeads = 1 + random.nextInt(2);
            int heads = kvHeads * (1 + random.nextInt(3));
            int d = 1 + AttentionCase.length(random, 40);
            int dv = 1 + AttentionCase.length(random, 20);
            int prompt = AttentionCase.length(random, 70);
            int steps = 1 + random.nextInt(70);
            int total = prompt + steps;
            float[] q = AttentionCase.values(random, heads * total * d, 2f);
            float[] k = AttentionCase.values(random, kvHeads * total * d, 2f);
            float[] v = AttentionCase.values(random, kvHeads * total * dv, 2f);

            // The whole sequence at once, causal: row t of this is what decoding step t must produce.
            AttentionShape full = new AttentionShape(1, heads, kvHeads, total, total, d, dv);
            AttentionOptions causal = AttentionOptions.DEFAULT.withCausal(true);
            AttentionReference.Result want = AttentionReference.compute(full, causal, q, k, v);

            dev.lanekit.attention.KvCache cache = new dev.lanekit.attention.KvCache(kvHeads, d, dv, random.nextInt(4));
            AttentionWorkspace workspace = new AttentionWorkspace(d, dv, 1);
            int done = 0;
            while (done < total) {
                int rows = done == 0 && prompt > 0 ? prompt : 1 + random.nextInt(Math.min(3, total - done));
                cache.append(rowsOf(k, kvHeads, total, d, done, rows), 0, rowsOf(v, kvHeads, total, dv, done, rows), 0, rows);
                float[] stepQ = rowsOf(q, heads, total, d, done, rows);
                float[] stepO = new float[heads * rows * dv];
                cache.attend(heads, stepQ, 0, rows, stepO, 0, null, 0, causal, workspace, null);
                for (int h = 0; h < heads; h++) {
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < dv; c++) {
                            int at = (h * total + done + r) * dv + c;
                            float got = stepO[(h * rows + r) * dv + c];
                            if (!(Math.abs(got - want.output()[at]) <= want.tolerance()[at])) {
                                throw new AssertionError("decoding row " + (done + r) + " head " + h + " column " + c
                                        + " = " + got + ", reference " + want.output()[at]);
                            }
                        }
                    }
                }
                done += rows;
            }
        });
    }

    /** Copies rows {@code [from, from + count)} of every head of a {@code [heads][length][width]} array. */
    private static float[] rowsOf(float[] x, int heads, int length, int width, int from, int count) {
        float[] y = new float[heads * count * width];
        for (int h = 0; h < heads; h++) {
            System.arraycopy(x, (h * length + from) * width, y, h * count * width, count * width);
        }
        return y;
    }

    private static boolean biasMasks(AttentionOptions options, AttentionShape shape, int b, int i, int j) {
        return options.bias() != null
                && options.bias()[options.biasOffset() + (b * shape.lq() + i) * shape.lk() + j] == Float.NEGATIVE_INFINITY;
    }

    private static AttentionOptions sliceOptions(AttentionOptions options, AttentionShape shape, int b) {
        int elements = shape.lq() * shape.lk();
        AttentionOptions sliced = options;
        if (options.keyLengths() != null) {
            sliced = sliced.withKeyLengths(new int[] {options.keyLengths()[b]});
        }
        if (options.mask() != null) {
            int from = options.maskOffset() + b * elements;
            sliced = sliced.withMask(Arrays.copyOfRange(options.mask(), from, from + elements), 0);
        }
        if (options.bias() != null) {
            int from = options.biasOffset() + b * elements;
            sliced = sliced.withBias(Arrays.copyOfRange(options.bias(), from, from + elements), 0);
        }
        return sliced;
    }

    /**
     * Asserts that two kernel runs agree within twice the reference bound. Runs are not compared bit
     * for bit: the interpreter and C2 may round the Vector API's lanewise exp and lane reductions
     * differently, so the same kernel can differ in the last bits before and after compilation.
     */
    static void assertAgree(String what, AttentionCase c, float[] got, float[] want, double[] tolerance) {
        for (int i = 0; i < want.length; i++) {
            boolean same = got[i] == want[i];
            if (!same && !(Math.abs(got[i] - want[i]) <= 2 * tolerance[i])) {
                throw new AssertionError(what + ": element " + i + " is " + got[i] + " instead of " + want[i]
                        + " (bound " + 2 * tolerance[i] + ") in " + c);
            }
        }
    }

    static void assertClose(AttentionCase c, AttentionCase.Output got, AttentionReference.Result want) {
        for (int i = 0; i < want.output().length; i++) {
            double diff = Math.abs(got.o()[i] - want.output()[i]);
            // Unnormalized outputs past the float range must come out as the infinity of their sign.
            boolean overflow = Math.abs(want.output()[i]) > Float.MAX_VALUE
                    && got.o()[i] == Math.copySign(Float.POSITIVE_INFINITY, want.output()[i]);
            if (!(diff <= want.tolerance()[i]) && !overflow) {
                throw new AssertionError("output " + i + " = " + got.o()[i] + ", reference " + want.output()[i]
                        + ", |diff| = " + diff + " > bound " + want.tolerance()[i] + " in " + c);
            }
        }
        for (int r = 0; r < want.lse().length; r++) {
            double reference = want.lse()[r];
            float value = got.lse()[r];
            boolean ok = reference == Double.NEGATIVE_INFINITY
                    ? value == Float.NEGATIVE_INFINITY
                    : Math.abs(value - reference) <= want.lseTolerance()[r];
            if (!ok) {
                throw new AssertionError("log-sum-exp of row " + r + " = " + value + ", reference " + reference
                        + " in " + c);
            }
        }
    }

    private static int[] permutation(SplittableRandom random, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static float[] permuteRows(float[] x, int groups, int rows, int width, int[] permutation) {
        float[] y = new float[x.length];
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < rows; j++) {
                System.arraycopy(x, (g * rows + permutation[j]) * width, y, (g * rows + j) * width, width);
            }
        }
        return y;
    }

    private static MemorySegment copy(Arena arena, float[] x) {
        MemorySegment segment = arena.allocate(4L * (x.length + 1), 4);
        MemorySegment.copy(x, 0, segment, ValueLayout.JAVA_FLOAT, 4, x.length);
        return segment;
    }
}
