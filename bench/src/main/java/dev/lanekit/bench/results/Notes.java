package dev.lanekit.bench.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-written notes in {@code bench/results/notes/}: profiles, variants tried, explanations and older
 * figures. A file named {@code <section>-<topic>.md} is included verbatim after the generated tables of
 * {@code <section>}, in file-name order. Markdown files that match no section are collected under
 * {@link #UNSORTED}, so that no note is lost to a misspelt name.
 */
final class Notes {

    /** The key of the notes whose file name starts with no known section id. */
    public static final String UNSORTED = "";

    private Notes() {}

    /**
     * Returns the notes files by section id, each list sorted by file name; sections without notes are
     * absent, and {@link #UNSORTED} contains the files that match no section. A missing folder has no notes.
     */
    public static Map<String, List<Path>> find(Path notesDir) throws IOException {
        Map<String, List<Path>> bySection = new LinkedHashMap<>();
        if (!Files.isDirectory(notesDir)) {
            return bySection;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(notesDir)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".md"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        for (Path file : files) {
            bySection.computeIfAbsent(sectionOf(file.getFileName().toString()), s -> new ArrayList<>()).add(file);
        }
        return bySection;
    }

    /** Returns the section id a notes file name belongs to, or {@link #UNSORTED}. */
    static String sectionOf(String fileName) {
        for (String section : Sections.IDS) {
            if (fileName.startsWith(section + "-") && fileName.length() > section.length() + 1 + ".md".length()) {
                return section;
            }
        }
        return UNSORTED;
    }

    /** Returns the text of a notes file, ending with exactly one newline. */
    static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
        return text + "\n";
    }
}
