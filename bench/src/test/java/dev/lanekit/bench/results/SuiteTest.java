package dev.lanekit.bench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuiteTest {

    private final SuiteRunner runner = new SuiteRunner(Path.of("bench/results"), Path.of("bench/target/lanekit.jar"),
            Path.of("bench/scripts/attention_numpy.py"), new PrintStream(OutputStream.nullOutputStream()), "");

    @Test
    void tableIdsAreUnique() {
        for (boolean quick : new boolean[] {false, true}) {
            Set<String> ids = new HashSet<>();
            for (SuiteTable table : Suite.tables(quick)) {
                assertTrue(ids.add(table.id()), "duplicate table " + table.id());
            }
        }
    }

    @Test
    void quickTablesAreFullTables() {
        List<String> full = Suite.tables(false).stream().map(SuiteTable::id).toList();

        for (SuiteTable table : Suite.tables(true)) {
            assertTrue(full.contains(table.id()), table.id());
        }
    }

    @Test
    void everyTargetTableIsInQuickSuite() {
        List<String> quick = Suite.tables(true).stream().map(SuiteTable::id).toList();

        for (String id : List.of("vector-targets", "blas-sgemm-openblas", "blas-sgemv-openblas", "blas-sdot",
                "attention-numpy", "attention-single", "attention-large", "taylor-crossover", "taylor-large",
                "matvec-throughput", "inversion-variants", "inversion-fma-peak", "inversion-threads")) {
            assertTrue(quick.contains(id), id);
        }
    }

    @Test
    void jmhCommandTakesLockAndWritesJson() {
        SuiteTable table = Suite.tables(false).get(0);
        List<String> command = runner.command(table);

        assertEquals(List.of("flock", SuiteRunner.LOCK, "java"), command.subList(0, 3));
        assertTrue(command.contains("org.openjdk.jmh.Main"));
        assertEquals("bench/results/" + table.id() + ".json", command.get(command.size() - 1));
        assertFalse(command.contains("env"));
    }

    @Test
    void openBlasTablesUnsetCoreType() {
        for (SuiteTable table : Suite.tables(false)) {
            List<String> command = runner.command(table);
            boolean unsets = command.contains("OPENBLAS_CORETYPE") && command.contains("OPENBLAS_L2_SIZE");

            assertEquals(table.openBlasAtBest(), unsets, table.id());
            assertTrue(!table.openBlasAtBest() || table.id().startsWith("blas-") || table.id().equals("attention-numpy"),
                    table.id());
        }
    }

    @Test
    void numpyCommandUsesDebianPython() {
        SuiteTable numpy = Suite.tables(true).stream().filter(t -> t.kind() == SuiteTable.Kind.NUMPY).findFirst()
                .orElseThrow();
        List<String> command = runner.command(numpy);

        assertTrue(command.contains("/usr/bin/python3"));
        assertTrue(command.contains("--json"));
        assertTrue(command.contains("single-2048-64"));
    }

    @Test
    void notesFileNamesMapToSections() {
        assertEquals("inversion", Notes.sectionOf("inversion-profile.md"));
        assertEquals("install", Notes.sectionOf("install-fresh-machine.md"));
        assertEquals(Notes.UNSORTED, Notes.sectionOf("vectr-typo.md"));
        assertEquals(Notes.UNSORTED, Notes.sectionOf("vector-.md"));
    }
}
