package dev.lanekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.provider.Providers;
import dev.lanekit.vector.Vectors;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs lanekit-kernels as the named module dev.lanekit.kernels (Surefire puts it on the module path). */
class ModulePathTest {

    @Test
    void kernelsIsNamedModule() {
        Module module = Vectors.class.getModule();
        assertTrue(module.isNamed(), "lanekit-kernels should load as a named module here");
        assertEquals("dev.lanekit.kernels", module.getName());
    }

    /**
     * Guards the promise that lanekit-kernels needs nothing beyond the JDK: a library this module
     * used at run time would have to appear here as a {@code requires}.
     */
    @Test
    void kernelsRequiresOnlyJdkModules() {
        ModuleDescriptor descriptor = Vectors.class.getModule().getDescriptor();
        for (ModuleDescriptor.Requires requires : descriptor.requires()) {
            String name = requires.name();
            assertTrue(name.startsWith("java.") || name.startsWith("jdk."),
                    "dev.lanekit.kernels requires " + name + ", which is not a JDK module");
        }
    }

    /**
     * Guards the published POM: a compile or runtime dependency there would reach every user's class
     * path even if no class used it. Surefire runs the tests in the module's folder, beside pom.xml.
     */
    @Test
    void pomDeclaresOnlyTestDependencies() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        while (dependency.find()) {
            String declaration = dependency.group(1);
            assertTrue(declaration.contains("<scope>test</scope>"),
                    "kernels/pom.xml declares a dependency outside test scope:" + declaration);
        }
    }

    @Test
    void dotWorksFromModulePath() {
        float[] a = {1, 2, 3};
        float[] b = {4, 5, 6};
        assertEquals(32f, Vectors.dot(a, b));
        System.out.println("module path provider: " + Providers.info().summary());
    }
}
