package dev.lanekit.nativeblas;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the cblas library once per JVM and checks that it exports every symbol lanekit binds, so that
 * a missing symbol fails here, at load time, and never at the first call.
 *
 * <p>System properties, read once: {@code lanekit.blas.path} (a full path to a shared library),
 * {@code lanekit.blas.name} (a library name that the dynamic linker resolves, such as
 * {@code libblis.so.4}), and {@code lanekit.blas.threads} (the library's thread count, default 1,
 * because the application owns its threads). Without a path or a name, the candidates of
 * {@link #DEFAULT_CANDIDATES} are tried in order.
 */
final class CblasLibrary {

    /** System property with the full path of the library to load. */
    static final String PATH_PROPERTY = "lanekit.blas.path";
    /** System property with the name of the library to load through the dynamic linker's search path. */
    static final String NAME_PROPERTY = "lanekit.blas.name";
    /** System property with the thread count to set in the library; default 1. */
    static final String THREADS_PROPERTY = "lanekit.blas.threads";

    /** Library names tried in order when neither property is set. */
    static final List<String> DEFAULT_CANDIDATES =
            List.of("libopenblas.so.0", "libopenblas.so", "libblis.so.4", "libcblas.so.3", "libblas.so.3");

    /** Every symbol lanekit calls; a library that lacks one is rejected. */
    static final List<String> REQUIRED_SYMBOLS = List.of(
            "cblas_sdot", "cblas_ddot", "cblas_saxpy", "cblas_daxpy", "cblas_snrm2", "cblas_dnrm2",
            "cblas_sgemv", "cblas_dgemv", "cblas_sgemm", "cblas_dgemm");

    /** The outcome of the search: a library, or why every candidate was rejected. */
    record Discovery(CblasLibrary library, String failure) {}

    static final Discovery DISCOVERY = discover();

    final String path;
    final SymbolLookup lookup;
    final String config;
    final String coreName;

    private CblasLibrary(String path, SymbolLookup lookup, String config, String coreName) {
        this.path = path;
        this.lookup = lookup;
        this.config = config;
        this.coreName = coreName;
    }

    /**
     * Returns the thread count that {@code -Dlanekit.blas.threads} requests, 1 when the property is unset.
     *
     * @throws IllegalArgumentException when the value is not a whole number >= 1
     */
    static int requestedThreads() {
        String value = System.getProperty(THREADS_PROPERTY);
        if (value == null) {
            return 1;
        }
        int threads = 0;
        try {
            threads = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            // Reported below together with the values below 1.
        }
        if (threads < 1) {
            throw new IllegalArgumentException("invalid -D" + THREADS_PROPERTY + "=" + value
                    + ": expected a thread count >= 1, for example 1 or 4");
        }
        return threads;
    }

    private static Discovery discover() {
        String path = System.getProperty(PATH_PROPERTY);
        String name = System.getProperty(NAME_PROPERTY);
        List<String> candidates;
        if (path != null && !path.isBlank()) {
            candidates = List.of(path.trim());
        } else if (name != null && !name.isBlank()) {
            candidates = List.of(name.trim());
        } else {
            candidates = DEFAULT_CANDIDATES;
        }

        List<String> rejections = new ArrayList<>();
        for (String candidate : candidates) {
            Optional<CblasLibrary> library = tryLoad(candidate, rejections);
            if (library.isPresent()) {
                return new Discovery(library.get(), null);
            }
        }
        return new Discovery(null, "no usable cblas library; tried " + String.join("; ", rejections)
                + ". Install one (Debian: libopenblas0-pthread) or set -D" + PATH_PROPERTY
                + "=/full/path/to/library.so");
    }

    private static Optional<CblasLibrary> tryLoad(String candidate, List<String> rejections) {
        // A shared arena lets a rejected library be unloaded again; the chosen one stays loaded for good.
        Arena arena = Arena.ofShared();
        SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup(candidate, arena);
        } catch (IllegalArgumentException e) {
            arena.close();
            // A path to an existing file that is not a loadable library (wrong format, wrong
            // architecture, missing dependencies) fails here too, so report the two cases apart.
            boolean existingFile = candidate.contains("/") && Files.isRegularFile(Path.of(candidate));
            rejections.add(candidate + (existingFile
                    ? ": exists but could not be loaded as a shared library (" + e.getMessage() + ")"
                    : ": not found by the dynamic linker"));
            return Optional.empty();
        }

        List<String> missing = REQUIRED_SYMBOLS.stream().filter(s -> lookup.find(s).isEmpty()).toList();
        String config = callString(lookup, "openblas_get_config");
        String coreName = callString(lookup, "openblas_get_corename");
        String rejection = null;
        // NOTE: no ILP64 build was at hand to exercise these two branches; they follow OpenBLAS's
        // conventions (the 64_ symbol suffix, and USE64BITINT in its configuration string).
        if (!missing.isEmpty() && lookup.find("cblas_sgemm64_").isPresent()) {
            rejection = "exports only the 64-bit-integer (ILP64) cblas symbols such as cblas_sgemm64_, and lanekit"
                    + " binds the 32-bit-integer (LP64) interface; use an LP64 build such as libopenblas0";
        } else if (!missing.isEmpty()) {
            rejection = "missing symbols " + String.join(", ", missing);
        } else if (config.contains("USE64BITINT")) {
            rejection = "is an ILP64 build (openblas_get_config reports USE64BITINT), and lanekit binds the"
                    + " 32-bit-integer (LP64) interface; use an LP64 build such as libopenblas0";
        }
        if (rejection != null) {
            arena.close();
            rejections.add(candidate + ": " + rejection);
            return Optional.empty();
        }

        // The arena is never closed: the bound functions live as long as the JVM.
        return Optional.of(new CblasLibrary(candidate, lookup, config, coreName));
    }

    /** Calls {@code const char *name(void)} when the library exports it; returns "" otherwise. */
    private static String callString(SymbolLookup lookup, String name) {
        Optional<MemorySegment> symbol = lookup.find(name);
        if (symbol.isEmpty()) {
            return "";
        }
        MethodHandle handle = Linker.nativeLinker().downcallHandle(symbol.get(),
                FunctionDescriptor.of(ValueLayout.ADDRESS));
        try {
            MemorySegment text = (MemorySegment) handle.invokeExact();
            if (text.equals(MemorySegment.NULL)) {
                return "";
            }
            // A returned C string has no size in the FFM API, so the segment is unbounded and
            // getString stops at the terminating NUL.
            return text.reinterpret(Long.MAX_VALUE).getString(0).trim();
        } catch (Throwable e) {
            throw new IllegalStateException("calling " + name + " failed", e);
        }
    }

    /** Returns an optional function of the library, such as {@code openblas_set_num_threads}. */
    Optional<MemorySegment> find(String symbol) {
        return lookup.find(symbol);
    }
}
