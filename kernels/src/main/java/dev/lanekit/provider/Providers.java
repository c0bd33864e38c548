package dev.lanekit.provider;

import dev.lanekit.internal.VectorBits;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses, once per JVM, whether lanekit's dispatching entry points run the SIMD or the scalar kernels.
 *
 * <p>SIMD is chosen when all of these hold: {@code jdk.incubator.vector} is readable, the VM is HotSpot
 * with C2 available, and the preferred float species has at least 128 bits. Otherwise the scalar kernels
 * run, and one WARNING per reason names the fix. A {@link LinkageError} while loading the SIMD kernels
 * (a future JDK that changed the incubator API) also falls back to scalar.
 *
 * <p>System properties, read once:
 * <ul>
 *   <li>{@code lanekit.provider=auto|simd|scalar} forces an implementation. A forced {@code simd} that
 *       cannot load throws {@link IllegalStateException} instead of falling back.</li>
 *   <li>{@code lanekit.vectorBits=128|256|512} narrows the SIMD species; a width the hardware lacks is
 *       rejected with {@link IllegalStateException}.</li>
 * </ul>
 *
 * <p>One INFO line is logged through {@link System.Logger} (logger name {@code dev.lanekit}) at first use.
 */
public final class Providers {

    /** System property that forces an implementation: {@code auto}, {@code simd} or {@code scalar}. */
    public static final String PROVIDER_PROPERTY = "lanekit.provider";
    /** System property that narrows the SIMD species width in bits: 128, 256 or 512. */
    public static final String VECTOR_BITS_PROPERTY = VectorBits.PROPERTY;

    static final Logger LOG = System.getLogger("dev.lanekit");

    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private Providers() {}

    /** {@return the provider choice for this JVM, making it (and logging it) on the first call} */
    public static ProviderInfo info() {
        return Holder.INFO;
    }

    /** {@return the implementation the dispatching entry points use} */
    public static Implementation current() {
        return Holder.INFO.implementation();
    }

    /** {@return whether the dispatching entry points run the SIMD kernels} */
    public static boolean simd() {
        return Holder.INFO.implementation() == Implementation.SIMD;
    }

    /**
     * {@return whether the SIMD kernels can be loaded in this JVM, whatever the provider choice: the
     * Vector API is readable and offers a species of at least 128 bits} Tests and benchmarks use this
     * to call the SIMD kernels explicitly under a scalar provider.
     *
     */
    public static boolean simdLoadable() {
        return Holder.SIMD_LOADABLE;
    }

    private static final class Holder {
        static final boolean SIMD_LOADABLE;
        static final ProviderInfo INFO;

        static {
            Selection selection = select();
            SIMD_LOADABLE = selection.simdLoadable;
            INFO = selection.info;
            for (String reason : INFO.fallbackReasons()) {
                LOG.log(Level.WARNING, "lanekit falls back to scalar kernels: " + reason);
            }
            LOG.log(Level.INFO, "lanekit kernels: " + INFO.summary());
        }
    }

    private record Selection(ProviderInfo info, boolean simdLoadable) {}

    private static Selection select() {
        String forced = System.getProperty(PROVIDER_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        if (!forced.equals("auto") && !forced.equals("simd") && !forced.equals("scalar")) {
            throw new IllegalStateException("invalid -D" + PROVIDER_PROPERTY + "=" + forced
                    + ": expected auto, simd or scalar");
        }
        String jdk = Runtime.version().toString();
        String vm = System.getProperty("java.vm.name", "unknown");
        boolean fma = VmOptions.booleanOption("UseFMA").orElse(false);
        List<String> reasons = new ArrayList<>();

        // The SIMD kernels can load at all only when the incubator module is readable.
        int hardwareBits = 0;
        int speciesBits = 0;
        if (!vectorModuleReadable()) {
            reasons.add("module " + VECTOR_MODULE + " is not readable; add the JVM flag --add-modules "
                    + VECTOR_MODULE);
        } else {
            try {
                hardwareBits = SimdProbe.preferredBits();
                // Validated before the species class loads, so a bad width is reported as itself.
                VectorBits.requested(hardwareBits);
                speciesBits = SimdProbe.speciesBits();
                if (hardwareBits < 128) {
                    reasons.add("the preferred float species has only " + hardwareBits
                            + " bits (at least 128 are needed); this CPU or -XX:UseAVX setting has no useful SIMD");
                }
            } catch (LinkageError e) {
                reasons.add("the Vector API of JDK " + jdk + " does not match the one lanekit was built against ("
                        + e + "); use a JDK 25 runtime or a lanekit release built for this JDK");
            }
        }
        boolean loadable = reasons.isEmpty();

        // A usable Vector API is still slower than scalar code when C2 cannot compile it.
        if (!vm.contains("HotSpot") && !vm.contains("OpenJDK") && !vm.contains("GraalVM")) {
            reasons.add("VM '" + vm + "' is not HotSpot, where the Vector API is intrinsified; run on a HotSpot JDK");
        }
        if (!c2Available()) {
            reasons.add("the C2 compiler is off (-XX:TieredStopAtLevel below 4, -Xint or -XX:-UseCompiler), and"
                    + " interpreted or C1-compiled Vector API code is several times slower than scalar code;"
                    + " remove that flag");
        }

        if (forced.equals("scalar")) {
            return new Selection(new ProviderInfo(Implementation.SCALAR, 0, hardwareBits, fma, jdk, vm,
                    List.of("-D" + PROVIDER_PROPERTY + "=scalar forces the scalar kernels")), loadable);
        }
        if (forced.equals("simd")) {
            if (!loadable) {
                throw new IllegalStateException("-D" + PROVIDER_PROPERTY + "=simd, but the SIMD kernels cannot load: "
                        + String.join("; ", reasons));
            }
            return new Selection(new ProviderInfo(Implementation.SIMD, speciesBits, hardwareBits, fma, jdk, vm,
                    List.of()), true);
        }
        if (reasons.isEmpty()) {
            return new Selection(new ProviderInfo(Implementation.SIMD, speciesBits, hardwareBits, fma, jdk, vm,
                    List.of()), true);
        }
        return new Selection(new ProviderInfo(Implementation.SCALAR, 0, hardwareBits, fma, jdk, vm, reasons),
                loadable);
    }

    private static boolean vectorModuleReadable() {
        Optional<Module> vector = ModuleLayer.boot().findModule(VECTOR_MODULE);
        if (vector.isEmpty()) {
            return false;
        }
        // A named dev.lanekit.kernels declares "requires static", which adds no read edge at run time.
        Module self = Providers.class.getModule();
        if (!self.canRead(vector.get())) {
            self.addReads(vector.get());
        }
        return true;
    }

    private static boolean c2Available() {
        String info = System.getProperty("java.vm.info", "");
        if (info.contains("interpreted mode")) {
            return false;
        }
        if (!VmOptions.booleanOption("UseCompiler").orElse(true)) {
            return false;
        }
        boolean tiered = VmOptions.booleanOption("TieredCompilation").orElse(true);
        int stopAt = VmOptions.intOption("TieredStopAtLevel").orElse(4);
        return !tiered || stopAt >= 4;
    }
}
