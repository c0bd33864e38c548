package dev.lanekit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the README's Java blocks identical to the tested regions of {@link TourExamplesTest}.
 *
 * <p>In the README, every {@code ```java} block follows a line {@code <!-- tour:NAME -->}. In the test
 * source, region NAME is the lines between {@code // tour:NAME begin} and {@code // tour:NAME end}. A block
 * and its region must be equal line by line after removing their common indentation and trailing spaces.
 */
class ReadmeSyncTest {

    private static final Path EXAMPLES_SOURCE = Path.of("src/test/java/dev/lanekit/examples/TourExamplesTest.java");
    private static final Pattern README_MARKER = Pattern.compile("<!--\\s*tour:([\\w-]+)\\s*-->");
    /** A region marker is a line of its own, so that documentation quoting one is not a region. */
    private static final Pattern REGION_BEGIN = Pattern.compile("\\s*//\\s*tour:([\\w-]+) begin\\s*");
    private static final Pattern REGION_END = Pattern.compile("\\s*//\\s*tour:([\\w-]+) end\\s*");

    /** One Java block of the README, with the region name of its marker and its first line number. */
    record Block(String name, int line, String code) {}

    @TestFactory
    Stream<DynamicTest> readmeBlocksMatchRegions() throws IOException {
        Map<String, String> regions = regions(Files.readAllLines(moduleDirectory().resolve(EXAMPLES_SOURCE)));
        List<Block> blocks = readmeBlocks(Files.readAllLines(readme()));
        return blocks.stream().map(block -> DynamicTest.dynamicTest("README block tour:" + block.name(), () -> {
            String region = regions.get(block.name());
            if (region == null) {
                fail("README.md line " + block.line() + ": block tour:" + block.name() + " names no region; known"
                        + " regions in " + EXAMPLES_SOURCE.getFileName() + ": " + regions.keySet());
            }
            assertSameCode(block, region);
        }));
    }

    @Test
    void everyRegionInReadme() throws IOException {
        Map<String, String> regions = regions(Files.readAllLines(moduleDirectory().resolve(EXAMPLES_SOURCE)));
        List<String> readmeNames = readmeBlocks(Files.readAllLines(readme())).stream().map(Block::name).toList();
        for (String name : regions.keySet()) {
            assertTrue(readmeNames.contains(name), "region tour:" + name + " of " + EXAMPLES_SOURCE.getFileName()
                    + " has no README block; add '<!-- tour:" + name + " -->' and a ```java block to README.md");
        }
        assertEquals(readmeNames.stream().distinct().count(), readmeNames.size(),
                "README.md shows a region twice: " + readmeNames);
    }

    @Test
    void parserFindsMarkedBlocks() {
        List<Block> blocks = readmeBlocks(List.of("text", "<!-- tour:demo -->", "```java", "    int x = 1;",
                "    x++;", "```", "more"));
        assertEquals(List.of(new Block("demo", 3, "int x = 1;\nx++;")), blocks);
    }

    @Test
    void parserRejectsUnmarkedBlock() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> readmeBlocks(List.of("```java", "int x;", "```")));
        assertTrue(error.getMessage().contains("line 1"), error.getMessage());
    }

    @Test
    void comparisonIgnoresIndentation() {
        assertSameCode(new Block("demo", 1, normalize(List.of("  a();", "    b();"))),
                normalize(List.of("        a();", "          b();   ")));
    }

    /** Returns every region of the test source, name to normalized code, in source order. */
    static Map<String, String> regions(List<String> source) {
        Map<String, String> regions = new LinkedHashMap<>();
        String open = null;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i);
            Matcher begin = REGION_BEGIN.matcher(line);
            Matcher end = REGION_END.matcher(line);
            if (begin.matches()) {
                assertEquals(null, open, EXAMPLES_SOURCE.getFileName() + " line " + (i + 1) + ": region tour:"
                        + begin.group(1) + " begins inside region tour:" + open);
                open = begin.group(1);
                lines.clear();
            } else if (end.matches()) {
                assertEquals(open, end.group(1), EXAMPLES_SOURCE.getFileName() + " line " + (i + 1)
                        + ": the end marker does not close the open region");
                regions.put(open, normalize(lines));
                open = null;
            } else if (open != null) {
                lines.add(line);
            }
        }
        assertEquals(null, open, EXAMPLES_SOURCE.getFileName() + ": region tour:" + open + " has no end marker");
        return regions;
    }

    /** Returns the README's Java blocks. Fails on a block without its marker line. */
    static List<Block> readmeBlocks(List<String> readme) {
        List<Block> blocks = new ArrayList<>();
        String marker = null;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i).strip();
            Matcher name = README_MARKER.matcher(line);
            if (name.matches()) {
                marker = name.group(1);
                continue;
            }
            if (line.equals("```java")) {
                if (marker == null) {
                    fail("README.md line " + (i + 1) + ": a ```java block without a '<!-- tour:NAME -->' line"
                            + " before it; every Java block must be a tested region of " + EXAMPLES_SOURCE.getFileName());
                }
                int fenceLine = i + 1;
                List<String> code = new ArrayList<>();
                for (i++; i < readme.size() && !readme.get(i).strip().equals("```"); i++) {
                    code.add(readme.get(i));
                }
                blocks.add(new Block(marker, fenceLine, normalize(code)));
            }
            if (!line.isEmpty()) {
                marker = null;
            }
        }
        return blocks;
    }

    /** Joins the lines with their common indentation and trailing spaces removed. */
    static String normalize(List<String> lines) {
        return String.join("\n", lines).stripIndent().strip();
    }

    private static void assertSameCode(Block block, String region) {
        String[] shown = block.code().split("\n", -1);
        String[] tested = region.split("\n", -1);
        for (int i = 0; i < Math.max(shown.length, tested.length); i++) {
            String readmeLine = i < shown.length ? shown[i] : "(block ends)";
            String testLine = i < tested.length ? tested[i] : "(region ends)";
            if (!readmeLine.equals(testLine)) {
                fail("README block tour:" + block.name() + " (README.md line " + block.line() + ") differs from region"
                        + " tour:" + block.name() + " of " + EXAMPLES_SOURCE.getFileName() + " at its line " + (i + 1)
                        + ":\n  README: " + readmeLine + "\n  test:   " + testLine
                        + "\nCopy the region into the README (or change both).");
            }
        }
    }

    /** Returns this module's folder: Surefire's {@code basedir}, else the working directory. */
    private static Path moduleDirectory() {
        Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(EXAMPLES_SOURCE))) {
                return dir;
            }
            if (Files.isRegularFile(dir.resolve("examples").resolve(EXAMPLES_SOURCE))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("cannot find " + EXAMPLES_SOURCE + " from " + start
                + "; run the test from the examples module or the repository root");
    }

    /** Returns the repository's README.md, one folder above this module. */
    private static Path readme() {
        Path readme = moduleDirectory().getParent().resolve("README.md");
        if (!Files.isRegularFile(readme)) {
            throw new IllegalStateException("README.md not found at " + readme);
        }
        return readme;
    }
}
