package io.migrascope.core.tool.golangmigrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
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

/** The folder as golang-migrate's file source reads it ({@code source/parse.go}, {@code source/iofs/iofs.go}). */
class GolangMigrateScanTest {
    @TempDir
    Path dir;

    private final GolangMigrateTool tool = new GolangMigrateTool();

    @Test
    void upFilesAreTheMigrationsInNumericOrderAndTheirDownFilesAreNotNoise() throws IOException {
        new MigrationFolder(dir)
                .file("10_orders.up.sql", "create table orders (id int);")
                .file("10_orders.down.sql", "drop table orders;")
                .file("9_users.up.sql", "create table users (id int);")
                .file("9_users.down.sql", "drop table users;")
                .file("000011_settings.up.sql", "create table settings (id int);");
        FileScan scan = tool.scan(dir);
        assertEquals(List.of("9_users.up.sql", "10_orders.up.sql", "000011_settings.up.sql"),
                scan.files().stream().map(MigrationFile::file).toList());
        assertEquals("users", scan.files().get(0).name());
        assertEquals(List.of(), scan.ignored(), "a .down file beside its .up file is its companion");
    }

    @Test
    void everyOtherFileIsListedWithWhyGolangMigrateSkipsIt() throws IOException {
        new MigrationFolder(dir)
                .file("1_users.up.sql", "create table users (id int);")
                .file("2_orphan.down.sql", "drop table orphan;")
                .file("3_plain.sql", "select 1;")
                .file("README.md", "notes")
                .file("99999999999999999999_huge.up.sql", "select 1;");
        Files.createDirectory(dir.resolve("seeds"));
        FileScan scan = tool.scan(dir);
        assertEquals(List.of("1_users.up.sql"), scan.files().stream().map(MigrationFile::file).toList());
        List<String> ignored = scan.ignored().stream().map(IgnoredFile::file).toList();
        assertEquals(List.of("2_orphan.down.sql", "3_plain.sql", "99999999999999999999_huge.up.sql", "README.md", "seeds"),
                ignored);
        assertTrue(scan.ignored().get(0).reason().startsWith("down migration of 2"), scan.ignored().get(0).reason());
        assertTrue(scan.ignored().get(2).reason().contains("64-bit"), scan.ignored().get(2).reason());
    }

    @Test
    void anyExtensionAfterUpIsAMigrationAsTheSourceRegexAllows() throws IOException {
        new MigrationFolder(dir).file("1_users.up.psql", "create table users (id int);");
        assertEquals(List.of("1_users.up.psql"), tool.scan(dir).files().stream().map(MigrationFile::file).toList());
    }

    @Test
    void leadingZerosNameTheSameVersionAsGolangMigrateParsesAUint() throws IOException {
        new MigrationFolder(dir)
                .file("1_a.up.sql", "select 1;")
                .file("001_b.up.sql", "select 2;");
        List<MigrationFile> files = tool.scan(dir).files();
        assertEquals(files.get(0).version(), files.get(1).version());
    }

    @Test
    void theUpDownNamingIsTheMarkAndTheTableNeedsExactlyVersionAndDirty() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(Detection.NONE, tool.detect(empty, TableProbe.NO_DATABASE).score());
        new MigrationFolder(dir).file("1_users.up.sql", "select 1;").file("1_users.down.sql", "select 1;");
        assertEquals(Detection.MARKER, tool.detect(dir, TableProbe.NO_DATABASE).score());

        TableProbe golang = (schema, table) -> Map.of("version", "bigint", "dirty", "boolean");
        TableProbe dbmateOrRails = (schema, table) -> Map.of("version", "character varying");
        TableProbe extra = (schema, table) -> Map.of("version", "bigint", "dirty", "boolean", "applied_at", "timestamp");
        assertEquals(Detection.TABLE, tool.detect(empty, golang).score());
        assertEquals(Detection.NONE, tool.detect(empty, dbmateOrRails).score());
        assertEquals(Detection.NONE, tool.detect(empty, extra).score());
    }
}
