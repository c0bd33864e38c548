package dev.lanekit.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps META-INF/THIRD-PARTY.txt, the licence list of the shaded lanekit.jar, in step with the jars that
 * the shade plugin bundles: a version bump in bench/pom.xml fails here until the list names the new version.
 */
class ThirdPartyListTest {

    /**
     * Each bundled component by coordinates, with one of its classes. The class names are strings, so
     * that dependency analysis does not count the transitive jars as used by this module.
     */
    private static final Map<String, String> BUNDLED = Map.of(
            "org.openjdk.jmh:jmh-core", "org.openjdk.jmh.Main",
            "net.sf.jopt-simple:jopt-simple", "joptsimple.OptionParser",
            "org.apache.commons:commons-math3", "org.apache.commons.math3.util.FastMath",
            "info.picocli:picocli", "picocli.CommandLine",
            "org.quicktheories:quicktheories", "org.quicktheories.QuickTheory",
            "org.apache.lucene:lucene-core", "org.apache.lucene.util.Version",
            "dev.ludovic.netlib:blas", "dev.ludovic.netlib.blas.BLAS",
            "net.sourceforge.f2j:arpack_combined_all", "org.netlib.arpack.Dvout");

    private static String list() throws IOException {
        try (InputStream in = ThirdPartyListTest.class.getResourceAsStream("/META-INF/THIRD-PARTY.txt")) {
            assertNotNull(in, "META-INF/THIRD-PARTY.txt is missing from bench's resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Returns the version folder of the jar a class came from, in the local Maven repository's layout. */
    private static String jarVersion(String className) throws ReflectiveOperationException, URISyntaxException {
        Class<?> type = Class.forName(className, false, ThirdPartyListTest.class.getClassLoader());
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().getFileName().toString();
    }

    @TestFactory
    Stream<DynamicTest> listedVersionsMatchClassPath() throws IOException {
        String list = list();
        return BUNDLED.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(component ->
                DynamicTest.dynamicTest(component.getKey(), () -> {
                    String version = jarVersion(component.getValue());
                    Pattern row = Pattern.compile("^" + Pattern.quote(component.getKey()) + " +"
                            + Pattern.quote(version) + " ", Pattern.MULTILINE);
                    assertTrue(row.matcher(list).find(), "META-INF/THIRD-PARTY.txt has no row for "
                            + component.getKey() + " " + version + ", the version on the class path");
                }));
    }

    @Test
    void listedLicenceFilesExist() throws IOException {
        Matcher path = Pattern.compile("META-INF/licenses/\\S+").matcher(list());
        int found = 0;
        while (path.find()) {
            found++;
            assertNotNull(ThirdPartyListTest.class.getResource("/" + path.group()),
                    "META-INF/THIRD-PARTY.txt names " + path.group() + ", which is not in bench's resources");
        }
        assertTrue(found > 0, "META-INF/THIRD-PARTY.txt names no file under META-INF/licenses/");
    }

    @Test
    void digitsNoticeExists() {
        assertNotNull(ThirdPartyListTest.class.getResource("/dev/lanekit/bench/data/NOTICE-digits.txt"));
    }
}
