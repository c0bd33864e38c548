package dev.lanekit.blas;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Splits gemm over blocks of rows of C, and gemv over blocks of its output, across tasks run on a
 * caller-supplied {@link Executor}; level 1 routines run on the calling thread. Each block is an
 * ordinary call to the wrapped implementation on a sub-matrix, so every element of the output gets the
 * same arithmetic as in a single-threaded call of the same block shape.
 *
 * <p>The calling thread runs one block itself and waits for the others, so an executor that runs tasks
 * on the caller (or a pool with fewer threads) is safe, just slower. A call allocates its task
 * futures; the kernels themselves allocate nothing.
 */
final class ParallelBlas extends ForwardingBlas {

    /** Rows of C per task at the least, so that small calls do not pay for scheduling. */
    private static final int MIN_ROWS = 16;
    /** Output elements of gemv per task at the least. */
    private static final int MIN_GEMV_ELEMENTS = 256;

    private final Executor executor;
    private final int tasks;

    ParallelBlas(BlasKernels base, Executor executor, int tasks) {
        super(base);
        this.executor = Objects.requireNonNull(executor, "executor");
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks = " + tasks + " is invalid; it must be >= 1");
        }
        this.tasks = tasks;
    }

    /** A block of work: rows or output elements {@code [from, to)}. */
    @FunctionalInterface
    private interface Block {
        void run(int from, int to);
    }

    /**
     * Runs {@code block} over {@code [0, count)} cut into at most {@link #tasks} pieces of at least
     * {@code minimum} elements, rounded up to a multiple of {@code granule}.
     */
    private void split(int count, int minimum, int granule, Block block) {
        int pieces = (int) Math.min(tasks, Math.max(1, count / minimum));
        if (pieces <= 1) {
            block.run(0, count);
            return;
        }
        int size = ceilDiv(ceilDiv(count, pieces), granule) * granule;
        CompletableFuture<?>[] futures = new CompletableFuture<?>[pieces];
        int submitted = 0;
        for (int from = size; from < count; from += size) {
            int start = from;
            int end = Math.min(count, from + size);
            futures[submitted++] = CompletableFuture.runAsync(() -> block.run(start, end), executor);
        }
        block.run(0, Math.min(count, size));
        try {
            CompletableFuture.allOf(java.util.Arrays.copyOf(futures, submitted)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    @Override
    public void sgemv(Trans trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
                      float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy) {
        BlasChecks.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx, y.length, yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy);
        if (trans == Trans.NO_TRANS) {
            // Rows of A give elements of y.
            split(m, MIN_GEMV_ELEMENTS, 4, (from, to) -> base.sgemv(trans, to - from, n, alpha,
                    a, aOffset + from * lda, lda, x, xOffset, incx, beta, y, yOffset + from * incy, incy));
        } else {
            // Columns of A give elements of y.
            split(n, MIN_GEMV_ELEMENTS, 64, (from, to) -> base.sgemv(trans, m, to - from, alpha,
                    a, aOffset + from, lda, x, xOffset, incx, beta, y, yOffset + from * incy, incy));
        }
    }

    @Override
    public void dgemv(Trans trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                      double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        BlasChecks.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx, y.length, yOffset, incy);
        BlasChecks.gemvAliasing(trans, m, n, a, aOffset, lda, x, xOffset, incx, y, yOffset, incy);
        if (trans == Trans.NO_TRANS) {
            split(m, MIN_GEMV_ELEMENTS, 4, (from, to) -> base.dgemv(trans, to - from, n, alpha,
                    a, aOffset + from * lda, lda, x, xOffset, incx, beta, y, yOffset + from * incy, incy));
        } else {
            split(n, MIN_GEMV_ELEMENTS, 64, (from, to) -> base.dgemv(trans, m, to - from, alpha,
                    a, aOffset + from, lda, x, xOffset, incx, beta, y, yOffset + from * incy, incy));
        }
    }

    @Override
    public void sgemm(Trans transA, Trans transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        // Rows i of C need rows i of op(A): row i of a stored A, or column i of a stored Aᵀ.
        int aStep = transA == Trans.NO_TRANS ? lda : 1;
        split(m, MIN_ROWS, 8, (from, to) -> base.sgemm(transA, transB, to - from, n, k, alpha,
                a, aOffset + from * aStep, lda, b, bOffset, ldb, beta, c, cOffset + from * ldc, ldc));
    }

    @Override
    public void dgemm(Trans transA, Trans transB, int m, int n, int k, double alpha, double[] a, int aOffset, int lda,
                      double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc) {
        BlasChecks.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc);
        BlasChecks.gemmAliasing(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        int aStep = transA == Trans.NO_TRANS ? lda : 1;
        split(m, MIN_ROWS, 8, (from, to) -> base.dgemm(transA, transB, to - from, n, k, alpha,
                a, aOffset + from * aStep, lda, b, bOffset, ldb, beta, c, cOffset + from * ldc, ldc));
    }
}
