package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tracking schema whose name is an injection attempt stays a name: status, apply and repairs
 * quote it everywhere, the schema is created under exactly that name, and the statement hidden in
 * it never runs (the table it would drop survives).
 */
@ExtendWith(PostgresExtension.class)
class HostileSchemaNameTest {
    static final String SCHEMA = "a\";drop table x;--";

    @TempDir
    Path dir;

    private CliRun run(TestDatabase db, String tool, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--dir", dir.toString(), "--tool", tool, "--schema", SCHEMA));
        return CliRun.of(all.toArray(String[]::new));
    }

    private String state(TestDatabase db, String tool, String version) {
        CliRun status = run(db, tool, "status", "--json");
        assertTrue(status.exitCode() <= 2, status.toString());
        return status.stateOf(version);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "native        | 001            | 001_create.sql            | CREATE TABLE created (id int);",
        "flyway        | 1              | V1__create.sql            | CREATE TABLE created (id int);",
        "dbmate        | 20240101000000 | 20240101000000_create.sql | -- migrate:up\\nCREATE TABLE created (id int);\\n-- migrate:down\\nDROP TABLE created;",
    })
    void statusApplyAndRepairsQuoteTheSchemaAndRunNothingHiddenInIt(String tool, String version, String file,
                                                                     String sql, TestDatabase db) throws Exception {
        db.execute("CREATE TABLE x (id int)");
        new MigrationFolder(dir).file(file, sql.replace("\\n", "\n"));
        assertEquals("PENDING", state(db, tool, version));

        CliRun apply = run(db, tool, "apply", "--yes");
        assertEquals(0, apply.exitCode(), apply.toString());
        assertEquals(List.of(SCHEMA), db.column("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'a%drop%'"),
                "the schema is created under exactly the name given");
        assertTrue(db.tableExists("created"));
        assertEquals("APPLIED", state(db, tool, version));

        // The file goes, so the row may go (every tool allows that); then the file comes back to be marked.
        new MigrationFolder(dir).delete(file);
        assertEquals("MISSING_FILE", state(db, tool, version));
        CliRun delete = run(db, tool, "repair", "delete-row", "--version", version, "--yes", "--reason", "t");
        assertTrue(delete.out().contains("Done:"), delete.toString());
        assertTrue(delete.out().contains("\"a\"\";drop table x;--\""), "the preview shows the quoted name:\n"
                + delete.out());
        new MigrationFolder(dir).file(file, sql.replace("\\n", "\n"));
        assertEquals("UNTRACKED", state(db, tool, version));

        CliRun mark = run(db, tool, "repair", "mark-applied", "--version", version, "--yes", "--reason", "t");
        assertTrue(mark.out().contains("Done:"), mark.toString());
        assertEquals("APPLIED", state(db, tool, version));

        assertTrue(db.tableExists("x"), "the statement hidden in the schema name never ran");
    }
}
