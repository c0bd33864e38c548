package dev.lanekit.bench.results;

import dev.lanekit.bench.results.SuiteTable.Kind;
import dev.lanekit.bench.results.SuiteTable.Timing;
import java.util.ArrayList;
import java.util.List;

/**
 * The declared benchmark suite behind RESULTS.md: every table, in the order it runs, in a full and a
 * quick version.
 *
 * <p>The full suite took 50 minutes on 2 cores that other builds shared (load averages 3 to 16); its
 * measured iterations alone add up to about 27 minutes, and the rest is JVM start, setup and the load.
 * The quick one (fewer sizes, shorter iterations) took 12 minutes, 3 of them waiting for another
 * engineer's benchmark to release the lock, which comes on top of both. The settings are sized for that budget, not for tight error bars: the tables print
 * JMH's error next to every figure.
 */
final class Suite {

    private static final Timing TARGETS = new Timing(1, 3, 1000, 5, 1000);
    private static final Timing STANDARD = new Timing(1, 2, 1000, 3, 1000);
    private static final Timing SHORT = new Timing(1, 1, 1000, 2, 1000);
    private static final Timing QUICK = new Timing(1, 1, 500, 2, 500);
    private static final Timing QUICK_TARGETS = new Timing(1, 1, 1000, 3, 1000);
    /** Thread scaling: the two-thread k-SAT rate was still rising after two or three warm-up iterations. */
    private static final Timing THREADS = new Timing(1, 5, 1000, 5, 1000);
    private static final Timing NUMPY_FULL = new Timing(1, 0, 0, 10, 0);
    private static final Timing NUMPY_QUICK = new Timing(1, 0, 0, 5, 0);

    private static final String ONE_D_KERNELS =
            "vector\\.(Argmax|Axpy|Cosine|DotDouble|Exp|L2NormDouble|LogSumExp|LpNorm|Max|Scale|Softmax"
                    + "|SquaredDistance|Sum)Bench\\.";
    private static final String BATCHED_KERNELS = "vector\\.(Distances|SquaredDistances|Nearest)Bench\\.";
    private static final String NUMPY_SHAPES_QUICK = "single-2048-64 single-4096-64 bert-base-512 llama-decode-4096";

    private Suite() {}

    /** Returns the tables of the full suite ({@code quick = false}) or of the quick one, in run order. */
    public static List<SuiteTable> tables(boolean quick) {
        List<SuiteTable> tables = new ArrayList<>();
        vector(tables, quick);
        blas(tables, quick);
        attention(tables, quick);
        taylor(tables, quick);
        matvec(tables, quick);
        inversion(tables, quick);
        return tables;
    }

    private static void vector(List<SuiteTable> tables, boolean quick) {
        tables.add(jmh("vector-targets", "dot and ℓ2 norm against scalar, netlib and Lucene",
                "vector\\.(Dot|L2Norm)Bench\\.",
                quick ? List.of("n=4096,16777216") : List.of("n=16,4096,16777216"),
                quick ? QUICK_TARGETS : TARGETS));
        tables.add(jmh("vector-all", "every other vector kernel",
                ONE_D_KERNELS,
                quick ? List.of("n=4096") : List.of("n=16,4096,16777216"),
                quick ? QUICK : SHORT));
        tables.add(jmh("vector-batched", "batched distances and the k nearest rows (m = 1024 rows)",
                BATCHED_KERNELS,
                quick ? List.of("n=1024") : List.of("n=16,1024,4096"),
                quick ? QUICK : SHORT));
    }

    private static void blas(List<SuiteTable> tables, boolean quick) {
        tables.add(openBlasAtBest(jmh("blas-sgemm-openblas", "sgemm against OpenBLAS with its own kernel choice",
                "blas\\.SgemmBench\\.(simd|nativeSegments)$",
                quick ? List.of("n=256,1024,2048") : List.of("n=128,256,512,1024,2048"),
                quick ? QUICK : STANDARD)));
        tables.add(openBlasAtBest(jmh("blas-sgemv-openblas", "sgemv against OpenBLAS with its own kernel choice",
                "blas\\.SgemvBench\\.(simd|nativeSegments)$",
                quick ? List.of("n=4096") : List.of("n=256,1024,4096"),
                quick ? QUICK : STANDARD)));
        if (!quick) {
            tables.add(jmh("blas-java", "every implementation, with the environment's OpenBLAS setting",
                    "blas\\.(Sgemm|Sgemv)Bench\\.(simd|scalar|netlib|nativeSegments)$",
                    List.of(), SHORT));
        }
        tables.add(jmh("blas-sdot", "sdot: the cost of a native call",
                "blas\\.SdotBench\\.",
                quick ? List.of("n=16") : List.of("n=16,1024"),
                quick ? QUICK_TARGETS : STANDARD));
    }

    private static void attention(List<SuiteTable> tables, boolean quick) {
        tables.add(new SuiteTable("attention-numpy", "attention", "numpy on OpenBLAS, one thread",
                Kind.NUMPY, quick ? NUMPY_SHAPES_QUICK : NUMPY_SHAPES_QUICK + " single-4096-128 llama-prefill-2048",
                List.of(), quick ? NUMPY_QUICK : NUMPY_FULL, true));
        tables.add(jmh("attention-single", "single head, n = 2048, d = 64, every implementation",
                "\\.AttentionBench\\.",
                List.of("n=2048", "d=64"),
                quick ? QUICK : STANDARD));
        tables.add(jmh("attention-large", "single head at n = 4096",
                quick ? "\\.AttentionBench\\.simd$" : "\\.AttentionBench\\.(simd|simdTwoThreads|sgemm)$",
                quick ? List.of("n=4096", "d=64") : List.of("n=4096", "d=64,128"),
                quick ? QUICK : STANDARD));
        tables.add(jmh("attention-models", "BERT-base prefill and a Llama-style decoding step",
                quick ? "\\.(MultiHead|Decode)AttentionBench\\.simd$" : "\\.(MultiHead|Decode)AttentionBench\\.",
                List.of(), quick ? QUICK : STANDARD));
        if (!quick) {
            tables.add(jmh("attention-llama-prefill", "Llama-style grouped-query prefill",
                    "\\.MultiHeadAttentionBench\\.(simd|sgemm)$",
                    List.of("n=2048", "heads=32", "kvHeads=8", "d=128"),
                    new Timing(1, 1, 2000, 3, 2000)));
        }
    }

    private static void taylor(List<SuiteTable> tables, boolean quick) {
        tables.add(jmh("taylor-crossover", "Taylor against exact attention, non-causal",
                "taylor\\.TaylorBench\\.",
                quick ? List.of("n=256,1024,4096", "d=16,64", "p=2", "causal=false")
                        : List.of("n=256,1024,4096", "d=16,32,64", "p=1,2,3", "causal=false"),
                quick ? QUICK : SHORT));
        if (!quick) {
            tables.add(jmh("taylor-causal", "Taylor against exact attention, causal",
                    "taylor\\.TaylorBench\\.",
                    List.of("n=256,1024,4096", "d=16,64", "p=2", "causal=true"),
                    SHORT));
        }
        tables.add(jmh("taylor-large", "Taylor attention at n = 65536, causal and not",
                "taylor\\.TaylorBench\\.taylor$",
                List.of("n=65536", "d=16", "p=2", "causal=false,true"),
                quick ? QUICK_TARGETS : TARGETS));
    }

    private static void matvec(List<SuiteTable> tables, boolean quick) {
        tables.add(jmh("matvec-throughput", "matvec per operator against scalar",
                "matvec\\.(Dense|Banded|Csr)MatvecBench\\.",
                List.of(), quick ? QUICK : STANDARD));
    }

    private static void inversion(List<SuiteTable> tables, boolean quick) {
        tables.add(jmh("inversion-variants", "candidates per second of each evaluation, one thread",
                "inversion\\.InversionBench\\.",
                List.of("model=dense,sat", "n=24", "width=256", "p=2", "threads=1"),
                quick ? QUICK : STANDARD));
        tables.add(jmh("inversion-fma-peak", "the FMA peak of one core, the roofline of the dense search",
                "inversion\\.FmaPeakBench\\.simd$", List.of(), quick ? QUICK_TARGETS : STANDARD));
        tables.add(jmh("inversion-threads", "one and two threads",
                "inversion\\.InversionBench\\.grayAbandon$",
                List.of("model=dense,sat", "n=24", "width=256", "p=2", "threads=1,2"),
                quick ? QUICK_TARGETS : THREADS));
        if (!quick) {
            tables.add(jmh("inversion-widths", "dense networks: hidden width and norm",
                    "inversion\\.InversionBench\\.(naive|grayAbandon)$",
                    List.of("model=dense", "n=24", "width=64,256,512", "p=1,2,inf", "threads=1"),
                    SHORT));
            tables.add(jmh("inversion-sizes", "latent size n",
                    "inversion\\.InversionBench\\.(naive|grayAbandon)$",
                    List.of("model=dense,sat", "n=20,28", "width=256", "p=2", "threads=1"),
                    SHORT));
        }
    }

    private static SuiteTable jmh(String id, String title, String include, List<String> params, Timing timing) {
        String section = id.substring(0, id.indexOf('-'));
        return new SuiteTable(id, section, title, Kind.JMH, include, params, timing, false);
    }

    private static SuiteTable openBlasAtBest(SuiteTable table) {
        return new SuiteTable(table.id(), table.section(), table.title(), table.kind(), table.include(), table.params(),
                table.timing(), true);
    }
}
