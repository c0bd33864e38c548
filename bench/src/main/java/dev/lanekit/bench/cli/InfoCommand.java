package dev.lanekit.bench.cli;

import dev.lanekit.blas.Blas;
import dev.lanekit.blas.BlasInfo;
import dev.lanekit.blas.NativeBlas;
import dev.lanekit.provider.ProviderInfo;
import dev.lanekit.provider.Providers;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lanekit info}: the JDK, the OS, the CPU and its SIMD features, and the provider lanekit chose.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the JDK, OS, CPU features and the kernels lanekit chose on this machine.")
public final class InfoCommand implements Subcommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Creates the command; picocli sets its options. */
    public InfoCommand() {}

    /**
     * A titled block of name-value lines.
     *
     * @param title the block's heading
     * @param lines name to value, printed in order
     */
    public record Section(String title, List<Map.Entry<String, String>> lines) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Section section : sections()) {
            out.println(section.title());
            int width = section.lines().stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
            for (Map.Entry<String, String> line : section.lines()) {
                out.printf("  %-" + width + "s  %s%n", line.getKey(), line.getValue());
            }
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Returns the blocks {@code info} prints, in order. A capability that probes something of its own
     * (the native BLAS binding: library found, its version and threads) adds a method returning its
     * {@link Section} and lists it here.
     */
    static List<Section> sections() {
        return List.of(javaSection(), systemSection(), providerSection(), blasSection());
    }

    static Section javaSection() {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry("JDK", Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"));
        lines.add(Map.entry("VM", System.getProperty("java.vm.name", "unknown") + ", "
                + System.getProperty("java.vm.info", "")));
        lines.add(Map.entry("JVM flags", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())));
        lines.add(Map.entry("max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB"));
        return new Section("Java", lines);
    }

    static Section systemSection() {
        CpuInfo cpu = CpuInfo.detect();
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry("OS", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch")));
        lines.add(Map.entry("CPU", cpu.model()));
        lines.add(Map.entry("processors", Integer.toString(Runtime.getRuntime().availableProcessors())));
        lines.add(Map.entry("SIMD features", cpu.featureLine()));
        return new Section("Machine", lines);
    }

    static Section providerSection() {
        ProviderInfo info = Providers.info();
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry("summary", info.summary()));
        lines.add(Map.entry("implementation", info.implementation().toString()));
        lines.add(Map.entry("species", info.speciesBits() == 0 ? "none (scalar kernels)"
                : info.speciesBits() + " bits, " + info.speciesBits() / Float.SIZE + " float lanes, "
                        + info.speciesBits() / Double.SIZE + " double lanes"));
        lines.add(Map.entry("widest species", info.maxHardwareBits() == 0 ? "unknown (Vector API not readable)"
                : info.maxHardwareBits() + " bits"));
        lines.add(Map.entry("FMA", info.fma() ? "yes" : "no"));
        lines.add(Map.entry("SIMD kernels loadable", Providers.simdLoadable() ? "yes" : "no"));
        if (info.fallbackReasons().isEmpty()) {
            lines.add(Map.entry("fallback", "none"));
        }
        for (String reason : info.fallbackReasons()) {
            lines.add(Map.entry("fallback", reason));
        }
        return new Section("lanekit provider", lines);
    }

    /** Returns the BLAS block: what {@code Blas} runs, and the native library with its configuration and threads. */
    static Section blasSection() {
        BlasInfo info = Blas.info();
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry("mode", "-D" + Blas.MODE_PROPERTY + "=" + info.mode()));
        lines.add(Map.entry("dispatch", info.active()));
        Optional<NativeBlas> nativeBlas = Blas.findNativeBlas();
        if (nativeBlas.isEmpty()) {
            lines.add(Map.entry("native library", info.nativeStatus()));
        } else {
            NativeBlas library = nativeBlas.get();
            lines.add(Map.entry("native library", library.libraryPath()));
            lines.add(Map.entry("config", library.config().isEmpty() ? "not reported" : library.config()));
            lines.add(Map.entry("core type", library.coreName().isEmpty() ? "not reported" : library.coreName()));
            lines.add(Map.entry("threads", Integer.toString(library.threads())));
            String coreType = System.getenv("OPENBLAS_CORETYPE");
            if (coreType != null) {
                lines.add(Map.entry("OPENBLAS_CORETYPE", coreType));
            }
        }
        return new Section("lanekit BLAS", lines);
    }
}
