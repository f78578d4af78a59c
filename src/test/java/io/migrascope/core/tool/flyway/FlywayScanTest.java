package io.migrascope.core.tool.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The folder as Flyway 13.12 reads it: which files run, with which version and description, and why others do not. */
@ExtendWith(PostgresExtension.class)
class FlywayScanTest {
    @TempDir
    Path dir;

    private final FlywayTool tool = new FlywayTool();

    private MigrationFolder folderOfEveryKindOfName() throws Exception {
        Files.createDirectories(dir.resolve("sub/deeper"));
        return new MigrationFolder(dir)
                .file("V1__first_one.sql", "SELECT 1;")
                .file("V1_1__underscore_is_a_dot.sql", "SELECT 1;")
                .file("V01.2__leading_zero_kept.sql", "SELECT 1;")
                .file("V3__upper_suffix.SQL", "SELECT 1;")
                .file("V5.sql", "SELECT 1;")
                .file("V6__.sql", "SELECT 1;")
                .file("V10.0.1__three_parts.sql", "SELECT 1;")
                .file("R__my_view.sql", "SELECT 1;")
                .file("R__.sql", "SELECT 1;")
                .file("sub/V20__in_a_subfolder.sql", "SELECT 1;")
                .file("sub/deeper/V21__deeper.sql", "SELECT 1;")
                .file("sub/R__other_view.sql", "SELECT 1;")
                // Files Flyway skips.
                .file("V1_desc.sql", "SELECT 1;")
                .file("v3__lower_case.sql", "SELECT 1;")
                .file("V__no_version.sql", "SELECT 1;")
                .file("R1__versioned_repeatable.sql", "SELECT 1;")
                .file("V11a__letters.sql", "SELECT 1;")
                .file("U7__undo.sql", "SELECT 1;")
                .file("notes.sql", "SELECT 1;")
                .file(".V22__hidden.sql", "SELECT 1;")
                .file("afterMigrate.sql", "SELECT 1;")
                .file("V9__x.txt", "SELECT 1;")
                .file("README.md", "notes");
    }

    @Test
    void theFilesFlywayResolvesWithItsVersionsAndDescriptions(TestDatabase db) throws Exception {
        folderOfEveryKindOfName();
        Map<String, String> flyway = new TreeMap<>();
        for (MigrationInfo i : RealFlyway.info(RealFlyway.of(db, dir))) {
            flyway.put(i.getScript(), (i.getVersion() == null ? "R__" : i.getVersion().toString()) + " | " + i.getDescription());
        }
        Map<String, String> ours = new TreeMap<>();
        for (MigrationFile f : tool.scan(dir).files()) {
            ours.put(f.file(), (FlywayFileName.isRepeatable(f.version()) ? "R__" : f.version().text()) + " | " + f.name());
        }
        assertEquals(flyway, ours);
        assertEquals("01.2 | leading zero kept", ours.get("V01.2__leading_zero_kept.sql"));
        assertEquals("1.1 | underscore is a dot", ours.get("V1_1__underscore_is_a_dot.sql"));
    }

    @Test
    void skippedFilesCarryTheSentenceFlywayPrints(TestDatabase db) throws Exception {
        folderOfEveryKindOfName();
        Flyway strict = RealFlyway.configure(db, dir).validateMigrationNaming(true).load();
        String flywaySays = assertThrows(RuntimeException.class, strict::validate).getMessage();
        Map<String, String> reasons = new TreeMap<>();
        for (IgnoredFile i : tool.scan(dir).ignored()) {
            reasons.put(i.file(), i.reason());
        }
        List<String> invalid = List.of("V1_desc.sql", "v3__lower_case.sql", "V__no_version.sql",
                "R1__versioned_repeatable.sql", "V11a__letters.sql", "U7__undo.sql", "notes.sql", ".V22__hidden.sql");
        for (String name : invalid) {
            String reason = reasons.get(name);
            String sentence = reason.substring("Flyway skips it: ".length(), reason.indexOf(". Rename"));
            assertTrue(flywaySays.contains(sentence), "Flyway does not say '" + sentence + "' but:\n" + flywaySays);
        }
        assertEquals(invalid.size(), flywaySays.lines().filter(l -> l.contains(" format: ")).count(), flywaySays);
        assertTrue(reasons.get("V1_desc.sql").contains("could not recognise version number 1_desc"));
        assertTrue(reasons.get("afterMigrate.sql").contains("callback"));
        assertTrue(reasons.get("V9__x.txt").contains("not a .sql file"));
        assertTrue(reasons.containsKey("README.md"));
    }

    @Test
    void twoFilesOfOneVersionAreADuplicateWhichFlywayRefusesToRun(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir).file("V1__init.sql", "CREATE TABLE a (x int);")
                .file("V2__a.sql", "CREATE TABLE b (x int);")
                .file("V2.0__b.sql", "CREATE TABLE c (x int);");
        // Flyway names the version as written in whichever file it listed first (2 or 2.0).
        assertFlywayRefuses(db, "Found more than one migration with version 2", "V2__a.sql", "V2.0__b.sql");
        assertEquals("DUPLICATE", FlywayHarness.stateOf(new FlywayHarness(db, dir).status(), "2"));

        folder.delete("V2.0__b.sql").file("V002__c.sql", "CREATE TABLE c (x int);");
        assertFlywayRefuses(db, "Found more than one migration with version ", "V2__a.sql", "V002__c.sql");
        Report report = new FlywayHarness(db, dir).status();
        assertEquals(List.of("V002__c.sql", "V2__a.sql"),
                FlywayHarness.row(report, "2").files().stream().map(MigrationFile::file).toList());
        assertTrue(FlywayHarness.codes(report).contains("DUPLICATE_VERSION"));

        folder.delete("V002__c.sql");
        Files.createDirectories(dir.resolve("other"));
        folder.file("R__view.sql", "SELECT 1;").file("other/R__view.sql", "SELECT 2;");
        assertFlywayRefuses(db, "Found more than one repeatable migration with description view", "other/R__view.sql");
        assertEquals("DUPLICATE", FlywayHarness.stateOf(new FlywayHarness(db, dir).status(), "R__view"));
    }

    private void assertFlywayRefuses(TestDatabase db, String... fragments) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> RealFlyway.of(db, dir).migrate());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), e.getMessage());
        }
    }

    @Test
    void detectionWantsFlywayNamesOrFlywaysTable(TestDatabase db) throws Exception {
        assertEquals(Detection.NONE, tool.detect(dir, TableProbe.NO_DATABASE).score());
        new MigrationFolder(dir).file("001_native_style.sql", "SELECT 1;");
        assertEquals(Detection.NONE, tool.detect(dir, TableProbe.NO_DATABASE).score());
        new MigrationFolder(dir).file("V1__init.sql", "CREATE TABLE a (x int);");
        assertEquals(Detection.FILES, tool.detect(dir, TableProbe.NO_DATABASE).score());
        RealFlyway.of(db, dir).migrate();
        TableProbe probe = (schema, table) -> {
            try (var c = db.connect()) {
                return io.migrascope.core.tool.TableColumns.of(c, schema, table);
            }
        };
        assertEquals(Detection.MARKER, tool.detect(dir, probe).score());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(Detection.TABLE, tool.detect(empty, probe).score());
    }

    @Test
    void aMissingFolderIsAClearError() {
        Path nowhere = dir.resolve("nowhere");
        Exception e = assertThrows(java.nio.file.NoSuchFileException.class, () -> tool.scan(nowhere));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void renumberingKeepsTheDescriptionAndTheWidth() throws Exception {
        new MigrationFolder(dir).file("V005__add_users.sql", "SELECT 1;").file("V1_9__x.sql", "SELECT 1;");
        FileScan scan = tool.scan(dir);
        MigrationFile users = scan.files().stream().filter(f -> f.file().equals("V005__add_users.sql")).findFirst().orElseThrow();
        assertEquals("006", tool.nextVersion(users.version(), users).orElseThrow().text());
        assertEquals("1.10", tool.nextVersion(io.migrascope.core.model.Version.parse("1.9"), users).orElseThrow().text());
        assertEquals("V006__add_users.sql", tool.renamedFile(users, io.migrascope.core.model.Version.parse("006")).orElseThrow());
        MigrationFile dotted = scan.files().stream().filter(f -> f.file().equals("V1_9__x.sql")).findFirst().orElseThrow();
        assertEquals("V1.10__x.sql", tool.renamedFile(dotted, io.migrascope.core.model.Version.parse("1.10")).orElseThrow());
    }
}
