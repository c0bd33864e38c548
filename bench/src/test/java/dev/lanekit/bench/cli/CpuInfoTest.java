package dev.lanekit.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuInfoTest {

    private static final String X86 = """
            processor	: 0
            vendor_id	: AuthenticAMD
            model name	: AMD EPYC 9R14
            flags		: fpu sse4_2 avx avx2 fma avx512f avx512bw avx512_vnni sha_ni

            processor	: 1
            model name	: other
            flags		: fpu
            """;

    private static final String ARM = """
            processor	: 0
            BogoMIPS	: 243.75
            Features	: fp asimd evtstrm aes sve sve2
            """;

    @Test
    void parsesX86ModelAndFeatures() {
        CpuInfo cpu = CpuInfo.parse(X86, "amd64");

        assertEquals("AMD EPYC 9R14", cpu.model());
        assertEquals(List.of("sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512_vnni"), cpu.features());
        assertTrue(cpu.known());
    }

    @Test
    void armFallsBackToArchitecture() {
        CpuInfo cpu = CpuInfo.parse(ARM, "aarch64");

        assertEquals("aarch64", cpu.model());
        assertEquals(List.of("asimd", "sve", "sve2"), cpu.features());
    }

    @Test
    void missingFlagsAreUnknown() {
        CpuInfo cpu = CpuInfo.parse("model name : Mystery\n", "amd64");

        assertFalse(cpu.known());
        assertTrue(cpu.featureLine().startsWith("unknown"), cpu.featureLine());
    }
}
