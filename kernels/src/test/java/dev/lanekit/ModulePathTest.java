package dev.lanekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.provider.Providers;
import dev.lanekit.vector.Vectors;
import org.junit.jupiter.api.Test;

/** Runs lanekit-kernels as the named module dev.lanekit.kernels (Surefire puts it on the module path). */
class ModulePathTest {

    @Test
    void kernelsIsNamedModule() {
        Module module = Vectors.class.getModule();
        assertTrue(module.isNamed(), "lanekit-kernels should load as a named module here");
        assertEquals("dev.lanekit.kernels", module.getName());
    }

    @Test
    void dotWorksFromModulePath() {
        float[] a = {1, 2, 3};
        float[] b = {4, 5, 6};
        assertEquals(32f, Vectors.dot(a, b));
        System.out.println("module path provider: " + Providers.info().summary());
    }
}
