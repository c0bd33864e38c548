package dev.lanekit.proofs.attention;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.attention.Attention;
import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.AttentionShape;
import dev.lanekit.attention.AttentionWorkspace;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Attention through executors that drop or never run its helper tasks: the call still returns, and its
 * output matches a call without an executor on a workspace of the same slot count (the slot count sets the
 * chunk sizes). The two may differ in the last bits only because the vector exp can round differently in
 * interpreted and compiled code: each weight moves by about one ulp, so each output moves by a few
 * u·max|v|.
 */
class AttentionExecutorTest {

    private static final int HEADS = 4;
    private static final int L = 200;
    private static final int D = 16;

    @Test
    void executorIgnoringTasksStillReturns() {
        assertSameAsSequential(command -> { });
    }

    @Test
    void discardPolicyStillReturns() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1),
                new ThreadPoolExecutor.DiscardPolicy());
        try {
            // Occupy the only thread and the queue's only place, so every helper task is discarded.
            pool.execute(() -> sleep(300));
            pool.execute(() -> { });
            assertSameAsSequential(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lateHelperDoesNotDisturbNextCall() throws InterruptedException {
        LinkedBlockingQueue<Runnable> parked = new LinkedBlockingQueue<>();
        AttentionShape shape = AttentionShape.multiHead(HEADS, L, L, D, D);
        AttentionWorkspace workspace = new AttentionWorkspace(D, D, 4);
        float[][] inputs = inputs(shape, 7);
        float[] expected = new float[HEADS * L * D];
        run(shape, inputs, expected, new AttentionWorkspace(D, D, 4), null);

        float[] first = new float[expected.length];
        run(shape, inputs, first, workspace, parked::add);

        // The parked helpers of the first call run while the second call uses the same workspace.
        Thread late = Thread.ofPlatform().start(() -> {
            for (Runnable helper = parked.poll(); helper != null; helper = parked.poll()) {
                helper.run();
            }
        });
        float[] second = new float[expected.length];
        run(shape, inputs, second, workspace, null);
        late.join();

        assertClose(expected, first, inputs[2]);
        assertClose(expected, second, inputs[2]);
    }

    private static void assertSameAsSequential(Executor executor) {
        AttentionShape shape = AttentionShape.multiHead(HEADS, L, L, D, D);
        float[][] inputs = inputs(shape, 3);
        float[] expected = new float[HEADS * L * D];
        run(shape, inputs, expected, new AttentionWorkspace(D, D, 4), null);
        float[] actual = new float[expected.length];

        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run(shape, inputs, actual, new AttentionWorkspace(D, D, 4), executor));

        assertClose(expected, actual, inputs[2]);
    }

    private static void assertClose(float[] expected, float[] actual, float[] v) {
        float maxV = 0;
        for (float x : v) {
            maxV = Math.max(maxV, Math.abs(x));
        }
        double tolerance = 8 * Math.ulp(1f) * maxV;
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= tolerance,
                    "output " + i + ": " + actual[i] + " vs " + expected[i] + ", tolerance " + tolerance);
        }
    }

    private static void run(AttentionShape shape, float[][] inputs, float[] o, AttentionWorkspace workspace,
            Executor executor) {
        Attention.attention(shape, AttentionOptions.DEFAULT, inputs[0], 0, inputs[1], 0, inputs[2], 0, o, 0, null, 0,
                workspace, executor);
    }

    private static float[][] inputs(AttentionShape shape, long seed) {
        Random random = new Random(seed);
        float[][] inputs = new float[3][HEADS * L * D];
        for (float[] input : inputs) {
            for (int i = 0; i < input.length; i++) {
                input[i] = (float) random.nextGaussian();
            }
        }
        return inputs;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
