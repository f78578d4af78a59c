package io.migrascope.core.tool.supabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.testing.MigrationFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder as the Supabase CLI reads it ({@code pkg/migration/list.go ListLocalMigrations},
 * {@code file.go migrateFilePattern}); SupabaseInteropTest shows the real CLI skipping and ordering
 * the same files.
 */
class SupabaseScanTest {
    @TempDir
    Path dir;

    private final SupabaseTool tool = new SupabaseTool();

    private static List<String> files(FileScan scan) {
        return scan.files().stream().map(MigrationFile::file).toList();
    }

    @Test
    void readsVersionAndNameFromTheFileNameAndSkipsTheRestWithTheClisReason() throws IOException {
        new MigrationFolder(dir)
                .file("20240101120000_create_users.sql", "create table users (id int);")
                .file("20240102120000_add.email.sql", "alter table users add email text;")
                .file("README.md", "notes")
                .file("add_orders.sql", "create table orders (id int);")
                .file("20240103120000-dash.sql", "select 1;");
        Files.createDirectory(dir.resolve("archive"));
        FileScan scan = tool.scan(dir);
        assertEquals(List.of("20240101120000_create_users.sql", "20240102120000_add.email.sql"), files(scan));
        assertEquals("add.email", scan.files().get(1).name());
        assertEquals("20240101120000", scan.files().get(0).version().text());
        List<String> ignored = scan.ignored().stream().map(IgnoredFile::file).toList();
        assertEquals(List.of("20240103120000-dash.sql", "README.md", "add_orders.sql", "archive"), ignored);
        assertTrue(scan.ignored().get(0).reason().contains("<timestamp>_name.sql"), scan.ignored().toString());
    }

    @Test
    void versionsCompareAsTextSoAnEightDigitVersionSortsAfterALongerOneThatIsNumericallyLarger() throws IOException {
        new MigrationFolder(dir)
                .file("20240102_eight_digits.sql", "select 1;")
                .file("20240101120000_fourteen_digits.sql", "select 2;")
                .file("9_nine.sql", "select 3;")
                .file("10_ten.sql", "select 4;");
        List<Version> versions = tool.scan(dir).files().stream().map(MigrationFile::version).sorted().toList();
        // ORDER BY version on text, and Go's string <: "10" < "20240101120000" < "20240102" < "9".
        assertEquals(List.of("10", "20240101120000", "20240102", "9"), versions.stream().map(Version::text).toList());
        assertTrue(Version.textual("20240101120000").compareTo(Version.textual("20240102")) < 0);
        assertTrue(Version.parse("20240101120000").compareTo(Version.parse("20240102")) > 0,
                "numerically it is the other way round, which is why Supabase versions are textual");
    }

    @Test
    void theLegacyInitFileIsSkippedOnlyWhenItIsTheFirstEntryAndOlderThanTheCutOff() throws IOException {
        new MigrationFolder(dir)
                .file("20211208000000_init.sql", "create schema legacy;")
                .file("20220101000000_users.sql", "select 1;");
        FileScan scan = tool.scan(dir);
        assertEquals(List.of("20220101000000_users.sql"), files(scan));
        assertTrue(scan.ignored().get(0).reason().contains("replace \"init\""), scan.ignored().toString());

        Path other = Files.createDirectory(dir.resolve("later"));
        new MigrationFolder(other)
                .file("1_first.sql", "select 1;")
                .file("20211208000000_init.sql", "create schema legacy;");
        assertEquals(List.of("1_first.sql", "20211208000000_init.sql"), files(tool.scan(other)),
                "not the first entry, so the CLI runs it");

        Path recent = Files.createDirectory(dir.resolve("recent"));
        new MigrationFolder(recent).file("20211209000000_init.sql", "create schema current;");
        assertEquals(List.of("20211209000000_init.sql"), files(tool.scan(recent)));
    }

    @Test
    void findsTheMigrationsBelowAProjectRootOrASupabaseFolder() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("supabase").resolve("migrations"));
        Files.writeString(dir.resolve("supabase").resolve("config.toml"), "project_id = \"shop\"\n");
        new MigrationFolder(migrations).file("20240101000000_users.sql", "create table users (id int);");
        assertEquals(List.of("supabase/migrations/20240101000000_users.sql"), files(tool.scan(dir)));
        assertEquals(List.of("migrations/20240101000000_users.sql"), files(tool.scan(dir.resolve("supabase"))));
        assertEquals(List.of("20240101000000_users.sql"), files(tool.scan(migrations)));
    }

    @Test
    void theChecksumIsTheFingerprintOfTheStatementsTheCliWouldStore() throws IOException {
        new MigrationFolder(dir)
                .file("1_a.sql", "create table a (id int);\nselect 1;\n")
                .file("2_b.sql", "\n\ncreate table a (id int)  ;\n\n\nselect 1;")
                .file("3_c.sql", "-- a comment is part of the next statement\ncreate table a (id int);\nselect 1;\n");
        List<MigrationFile> scanned = tool.scan(dir).files();
        assertEquals(scanned.get(0).checksum(), scanned.get(1).checksum(), "whitespace between statements is trimmed");
        assertNotEquals(scanned.get(0).checksum(), scanned.get(2).checksum(), "a leading comment is stored");
    }

    @Test
    void detectsTheProjectLayoutAsAMarkAndTheTableOnlyWithTheClisColumns() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("supabase").resolve("migrations"));
        assertEquals(Detection.MARKER, tool.detect(dir, TableProbe.NO_DATABASE).score());
        assertEquals(Detection.MARKER, tool.detect(migrations, TableProbe.NO_DATABASE).score());
        Path plain = Files.createDirectory(dir.resolve("plain"));
        assertEquals(Detection.NONE, tool.detect(plain, TableProbe.NO_DATABASE).score());

        TableProbe cliTable = (schema, table) -> schema.equals("supabase_migrations") && table.equals("schema_migrations")
                ? Map.of("version", "text", "statements", "text[]", "name", "text") : Map.of();
        assertEquals(Detection.TABLE, tool.detect(plain, cliTable).score());
        TableProbe publicTable = (schema, table) -> schema.equals("public") && table.equals("schema_migrations")
                ? Map.of("version", "text", "statements", "text[]", "name", "text") : Map.of();
        assertEquals(Detection.NONE, tool.detect(plain, publicTable).score(),
                "a schema_migrations elsewhere is golang-migrate's, dbmate's, Rails' or ours");
    }
}
