package dev.lanekit.proofs.blas;

import dev.lanekit.blas.Blas;

/** Calls {@link Blas#sdot} twice in a fresh JVM and prints each result or exception, for the property tests. */
final class BlasFirstUse {

    private BlasFirstUse() {}

    public static void main(String[] args) {
        for (int call = 1; call <= 2; call++) {
            try {
                System.out.println("call " + call + ": " + Blas.sdot(1, new float[] {2}, 1, new float[] {3}, 1));
            } catch (Throwable e) {
                // Errors too: a failed class initializer surfaces as ExceptionInInitializerError.
                System.out.println("call " + call + ": " + e);
            }
        }
    }
}
