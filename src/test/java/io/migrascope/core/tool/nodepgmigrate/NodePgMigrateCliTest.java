package io.migrascope.core.tool.nodepgmigrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** node-pg-migrate through the CLI. Fails until Tools registers NodePgMigrateTool (--tool node-pg-migrate). */
@ExtendWith(PostgresExtension.class)
class NodePgMigrateCliTest {
    @TempDir
    Path dir;

    @Test
    void statusReadsPgmigrationsAndListsJavaScriptFilesWithoutAFinding(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("1700000000000_users.js", NodePgMigrateToolTest.JS)
                .file("1700000000001_orders.sql", "-- Up Migration\nCREATE TABLE orders (id int);\n");
        db.execute("CREATE TABLE pgmigrations (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);"
                + " INSERT INTO pgmigrations (name, run_on) VALUES ('1700000000000_users', NOW())");
        CliRun run = CliRun.status(db, dir, "--tool", "node-pg-migrate");
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("node-pg-migrate", run.json().get("tool").asText());
        assertEquals("APPLIED", run.stateOf("1700000000000_users"));
        assertEquals("PENDING", run.stateOf("1700000000001_orders"));
        assertEquals(List.of("PENDING"), run.findingCodes());
    }

    @Test
    void applyRunsOnlyTheUpPartOfSqlFilesAndRecordsThemAsTheToolDoes(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("1700000000000_orders.sql",
                "-- Up Migration\nCREATE TABLE orders (id int);\n-- Down Migration\nDROP TABLE orders;\n");
        CliRun apply = CliRun.apply(db, dir, "--tool", "node-pg-migrate");
        assertEquals(0, apply.exitCode(), apply.toString());
        assertTrue(db.tableExists("public.orders"), "the down part must not have run");
        assertEquals(List.of("1700000000000_orders"), db.column("SELECT name FROM public.pgmigrations"));
        assertEquals(0, CliRun.status(db, dir, "--tool", "node-pg-migrate").exitCode());
    }

    @Test
    void applyRefusesJavaScriptAndNamesTheToolButMarkAppliedRecordsIt(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("1700000000000_users.js", NodePgMigrateToolTest.JS);
        CliRun apply = CliRun.apply(db, dir, "--tool", "node-pg-migrate");
        assertEquals(2, apply.exitCode(), apply.toString());
        assertTrue(apply.toString().contains("1700000000000_users.js is JavaScript: run it with node-pg-migrate up"),
                apply.toString());
        assertFalse(db.tableExists("public.users"));
        // The table node-pg-migrate creates on its first run (repairs do not create it yet).
        db.execute(new NodePgMigrateTable("public").createSql().get(0));
        CliRun mark = CliRun.of("repair", "mark-applied", "--url", db.url(), "--dir", dir.toString(), "--tool",
                "node-pg-migrate", "--version", "1700000000000_users", "--yes", "--reason", "ran by hand");
        assertEquals(0, mark.exitCode(), mark.toString());
        assertEquals("APPLIED", CliRun.status(db, dir, "--tool", "node-pg-migrate").stateOf("1700000000000_users"));
    }
}
