package dev.lanekit.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The CPU model and the instruction-set features that matter to SIMD kernels, read from Linux's
 * {@code /proc/cpuinfo} ({@code flags} on x86, {@code Features} on ARM). Elsewhere both are unknown.
 *
 * @param model the model name, or the architecture when the model is unknown
 * @param features the SIMD-related features present, in the order of {@link #FEATURES_OF_INTEREST}
 * @param known whether the features were read at all
 */
public record CpuInfo(String model, List<String> features, boolean known) {

    /** Features worth printing, as /proc/cpuinfo names them (x86 first, then ARM). */
    static final List<String> FEATURES_OF_INTEREST = List.of(
            "sse4_2", "avx", "avx2", "fma", "f16c",
            "avx512f", "avx512dq", "avx512cd", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16",
            "avx512_fp16", "amx_tile",
            "asimd", "asimdhp", "sve", "sve2");

    private static final Path PROC_CPUINFO = Path.of("/proc/cpuinfo");

    /** Copies the feature list. */
    public CpuInfo {
        features = List.copyOf(features);
    }

    /** {@return this machine's CPU, from /proc/cpuinfo where it exists} */
    public static CpuInfo detect() {
        String arch = System.getProperty("os.arch", "unknown");
        if (!Files.isReadable(PROC_CPUINFO)) {
            return new CpuInfo(arch, List.of(), false);
        }
        try {
            return parse(Files.readString(PROC_CPUINFO), arch);
        } catch (IOException e) {
            return new CpuInfo(arch, List.of(), false);
        }
    }

    /** Parses the first processor's entry of a /proc/cpuinfo text, using {@code arch} when it has no model name. */
    static CpuInfo parse(String cpuinfo, String arch) {
        String model = null;
        Set<String> flags = null;
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (model == null && (key.equals("model name") || key.equals("Model") || key.equals("cpu model"))) {
                model = value;
            } else if (flags == null && (key.equals("flags") || key.equals("Features"))) {
                flags = new LinkedHashSet<>(Arrays.asList(value.split("\\s+")));
            }
        }
        if (flags == null) {
            return new CpuInfo(model == null ? arch : model, List.of(), false);
        }
        Set<String> present = flags;
        List<String> features = FEATURES_OF_INTEREST.stream().filter(present::contains).toList();
        return new CpuInfo(model == null ? arch : model, features, true);
    }

    /** {@return the features as one line, or a note when they could not be read} */
    public String featureLine() {
        if (!known) {
            return "unknown (no /proc/cpuinfo flags on this system)";
        }
        return features.isEmpty() ? "none of " + String.join(", ", FEATURES_OF_INTEREST) : String.join(" ", features);
    }
}
