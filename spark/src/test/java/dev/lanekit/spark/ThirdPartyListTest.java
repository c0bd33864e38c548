package dev.lanekit.spark;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Keeps META-INF/THIRD-PARTY.txt, the licence list of the jars in lib/, in step with the dependencies:
 * when Spark or another dependency changes, regenerate the list with spark/scripts/third_party.py.
 */
class ThirdPartyListTest {

    /** Folders of the local Maven repository whose jars are on the test class path only, never in lib/. */
    private static final List<String> TEST_ONLY = List.of(
            "/org/junit/", "/org/opentest4j/", "/org/apiguardian/", "/org/apache/maven/surefire/");

    @Test
    void everyRuntimeJarListed() throws IOException {
        String list;
        try (InputStream in = ThirdPartyListTest.class.getResourceAsStream("/META-INF/THIRD-PARTY.txt")) {
            assertNotNull(in, "META-INF/THIRD-PARTY.txt is missing from spark's resources");
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        // Surefire lists every entry here (useManifestOnlyJar is false), as local repository paths
        // .../ARTIFACT/VERSION/ARTIFACT-VERSION[-CLASSIFIER].jar.
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String normalized = entry.replace(File.separatorChar, '/');
            boolean testOnly = TEST_ONLY.stream().anyMatch(normalized::contains);
            if (!normalized.endsWith(".jar") || testOnly || normalized.contains("/dev/lanekit/")) {
                continue;
            }
            Path versionFolder = Path.of(entry).getParent();
            String version = versionFolder.getFileName().toString();
            String artifact = versionFolder.getParent().getFileName().toString();
            Pattern row = Pattern.compile("^\\S+:" + Pattern.quote(artifact) + "( \\([^)]*\\))? +"
                    + Pattern.quote(version) + " ", Pattern.MULTILINE);
            checked++;
            if (!row.matcher(list).find()) {
                missing.add(artifact + " " + version);
            }
        }

        assertTrue(checked > 0, "no third-party jar found on java.class.path");
        assertTrue(missing.isEmpty(), "META-INF/THIRD-PARTY.txt lacks " + missing
                + "; regenerate it with spark/scripts/third_party.py");
    }
}
