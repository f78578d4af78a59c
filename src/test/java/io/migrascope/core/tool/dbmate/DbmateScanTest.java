package io.migrascope.core.tool.dbmate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.ExecutableSql;
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

/** The folder as dbmate reads it ({@code pkg/dbmate/db.go FindMigrations}) and what apply takes from each file. */
class DbmateScanTest {
    private static final String USERS = "-- migrate:up\ncreate table users (id int);\n\n-- migrate:down\ndrop table users;\n";

    @TempDir
    Path dir;

    private final DbmateTool tool = new DbmateTool();

    @Test
    void versionsAreTheLeadingDigitsAsTextInFileNameOrder() throws IOException {
        new MigrationFolder(dir)
                .file("20240102000000_orders.sql", USERS)
                .file("20240101000000_create_users.sql", USERS)
                .file("001_legacy.sql", USERS)
                .file("1_legacy_too.sql", USERS)
                .file("3.sql", USERS);
        List<MigrationFile> files = tool.scan(dir).files();
        assertEquals(List.of("001_legacy.sql", "1_legacy_too.sql", "20240101000000_create_users.sql",
                "20240102000000_orders.sql", "3.sql"), files.stream().map(MigrationFile::file).toList());
        assertEquals("create_users", files.get(2).name());
        assertEquals("", files.get(4).name());
        assertNotEquals(files.get(0).version(), files.get(1).version(), "001 and 1 are two versions to dbmate");
        assertEquals(Version.textual("001"), files.get(0).version());
    }

    @Test
    void otherFilesAndFoldersAreListedWithTheReason() throws IOException {
        new MigrationFolder(dir).file("20240101000000_users.sql", USERS).file("notes.sql", "select 1;")
                .file("20240102000000_seed.csv", "a,b");
        Files.createDirectory(dir.resolve("20240103000000_folder.sql"));
        FileScan scan = tool.scan(dir);
        assertEquals(1, scan.files().size());
        assertEquals(List.of("20240102000000_seed.csv", "20240103000000_folder.sql", "notes.sql"),
                scan.ignored().stream().map(IgnoredFile::file).toList());
        assertTrue(scan.ignored().get(2).reason().contains("start with the version digits"), scan.ignored().toString());
    }

    @Test
    void findsDbMigrationsBelowAProjectRoot() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("db").resolve("migrations"));
        new MigrationFolder(migrations).file("20240101000000_users.sql", USERS);
        Files.writeString(dir.resolve("db").resolve("schema.sql"), "-- dump");
        assertEquals(List.of("db/migrations/20240101000000_users.sql"),
                tool.scan(dir).files().stream().map(MigrationFile::file).toList());
    }

    @Test
    void filesDbmateWouldRefuseAreReportedWithItsErrorAndTheFix() throws IOException {
        new MigrationFolder(dir)
                .file("1_no_down.sql", "-- migrate:up\ncreate table a (id int);\n")
                .file("2_bom.sql", "\uFEFF-- migrate:up\ncreate table b (id int);\n-- migrate:down\n")
                .file("3_template.sql", "-- migrate:up\n\n\n-- migrate:down\n\n")
                .file("4_ok.sql", USERS);
        List<MigrationFile> files = tool.scan(dir).files();
        String noDown = files.get(0).problems().get(0).message();
        assertTrue(noDown.contains("dbmate requires each migration to define a down block") && noDown.contains("add a line"),
                noDown);
        assertFalse(files.get(0).isRunnable());
        assertTrue(files.get(1).problems().stream().anyMatch(p -> p.kind() == FileProblem.Kind.UNREADABLE
                && p.message().contains("byte order mark")), files.get(1).problems().toString());
        assertTrue(files.get(2).has(FileProblem.Kind.EMPTY), files.get(2).problems().toString());
        assertTrue(files.get(2).isRunnable(), "dbmate records an empty up block like any other");
        assertEquals(List.of(), files.get(3).problems());
    }

    @Test
    void applyRunsTheUpBlockOnlyAndHonoursTransactionFalse() throws IOException {
        new MigrationFolder(dir)
                .file("1_users.sql", USERS)
                .file("2_index.sql", "-- migrate:up transaction:false\ncreate index concurrently u on users (id);\n"
                        + "-- migrate:down\ndrop index u;\n")
                .file("3_broken.sql", "create table x (id int);\n");
        List<MigrationFile> files = tool.scan(dir).files();
        ExecutableSql users = tool.executableSql(files.get(0), USERS);
        assertEquals("-- migrate:up\ncreate table users (id int);\n\n", users.sql());
        assertTrue(users.nonTransactional().isEmpty());
        ExecutableSql index = tool.executableSql(files.get(1), Files.readString(files.get(1).path()));
        assertTrue(index.nonTransactional().orElseThrow().contains("transaction:false"));
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> tool.executableSql(files.get(2), "create table x (id int);\n"));
        assertTrue(broken.getMessage().startsWith("3_broken.sql cannot be run: dbmate requires"), broken.getMessage());
    }

    @Test
    void theMarkerIsInTheFilesAndTheTableCountsOnlyWithoutRailsMetadata() throws Exception {
        Path plain = Files.createDirectory(dir.resolve("plain"));
        new MigrationFolder(plain).file("001_users.sql", "create table users (id int);");
        assertEquals(Detection.NONE, tool.detect(plain, TableProbe.NO_DATABASE).score(), "plain NNN_name.sql is not dbmate's");
        Path migrations = Files.createDirectories(dir.resolve("app").resolve("db").resolve("migrations"));
        new MigrationFolder(migrations).file("20240101000000_users.sql", USERS);
        assertEquals(Detection.MARKER, tool.detect(dir.resolve("app"), TableProbe.NO_DATABASE).score());

        TableProbe dbmateTable = (schema, table) -> table.equals("schema_migrations")
                ? Map.of("version", "character varying") : Map.of();
        TableProbe railsTables = (schema, table) -> table.equals("schema_migrations")
                ? Map.of("version", "character varying")
                : table.equals("ar_internal_metadata") ? Map.of("key", "character varying") : Map.of();
        assertEquals(Detection.TABLE, tool.detect(plain, dbmateTable).score());
        assertEquals(Detection.NONE, tool.detect(plain, railsTables).score(), "the same table beside Rails' metadata");
    }
}
