package dev.lanekit.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.provider.Implementation;
import dev.lanekit.provider.ProviderInfo;
import dev.lanekit.provider.Providers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Checks which provider this JVM picked against what the Surefire execution asked for. */
@Tag("dispatch")
class DispatchTest {

    @Test
    void providerMatchesRequest() {
        ProviderInfo info = Providers.info();
        String forced = System.getProperty("lanekit.provider", "auto");
        System.out.println("provider: " + info.summary() + " (forced: " + forced + ")");

        if (forced.equals("scalar")) {
            assertEquals(Implementation.SCALAR, info.implementation());
        } else if (forced.equals("simd")) {
            assertEquals(Implementation.SIMD, info.implementation());
            String bits = System.getProperty("lanekit.vectorBits");
            if (bits != null) {
                assertEquals(Integer.parseInt(bits), info.speciesBits());
            }
        } else if (Boolean.getBoolean("lanekit.expectC1")) {
            assertEquals(Implementation.SCALAR, info.implementation(), "C2 is off, so auto must pick scalar");
            assertTrue(info.fallbackReasons().stream().anyMatch(r -> r.contains("C2")),
                    "a fallback reason names C2: " + info.fallbackReasons());
        } else if (Boolean.getBoolean("lanekit.requireSimd")) {
            assertEquals(Implementation.SIMD, info.implementation(),
                    "-Dlanekit.requireSimd=true but the provider fell back: " + info.fallbackReasons());
        }
    }

    @Test
    void infoNamesRuntime() {
        ProviderInfo info = Providers.info();
        assertEquals(Runtime.version().toString(), info.jdk());
        if (info.implementation() == Implementation.SIMD) {
            assertTrue(info.speciesBits() >= 128, "species bits " + info.speciesBits());
            assertTrue(info.fallbackReasons().isEmpty(), "no fallback reasons under SIMD");
        }
    }
}
