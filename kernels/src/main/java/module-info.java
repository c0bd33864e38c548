/**
 * lanekit kernels: Vector API kernels, each with a scalar reference beside it.
 *
 * <p>{@code jdk.incubator.vector} is required with {@code static} so that the module still resolves
 * when an application does not pass {@code --add-modules jdk.incubator.vector}: the provider then
 * falls back to the scalar kernels and logs one WARNING that names the missing flag.
 */
module dev.lanekit.kernels {
    requires static jdk.incubator.vector;
    requires static jdk.management;
    requires static java.management;

    exports dev.lanekit.attention;
    exports dev.lanekit.blas;
    exports dev.lanekit.provider;
    exports dev.lanekit.taylor;
    exports dev.lanekit.vector;
    exports dev.lanekit.inversion;
    exports dev.lanekit.matvec;
    exports dev.lanekit.matvec.linalg;
    exports dev.lanekit.matvec.learn;

    uses dev.lanekit.blas.NativeBlasProvider;
}
