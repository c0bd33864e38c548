/**
 * Panama FFM binding from lanekit's BLAS interface to a system cblas library (OpenBLAS, BLIS or any
 * library that exports the cblas symbols), found at run time. Applications on the module path grant it
 * native access with {@code --enable-native-access=dev.lanekit.nativeblas}.
 */
module dev.lanekit.nativeblas {
    requires dev.lanekit.kernels;

    provides dev.lanekit.blas.NativeBlasProvider with dev.lanekit.nativeblas.CblasProvider;
}
