package dev.lanekit.proofs.blas;

import dev.lanekit.blas.Blas;

/** Prints the native BLAS status of a fresh JVM, for the loader tests that need their own properties. */
final class NativeStatus {

    private NativeStatus() {}

    public static void main(String[] args) {
        System.out.println("native: " + Blas.info().nativeStatus());
        System.out.println("dispatch: " + Blas.info().active());
    }
}
