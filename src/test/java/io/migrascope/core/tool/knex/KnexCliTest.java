package io.migrascope.core.tool.knex;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Knex through the CLI. Fails until Tools registers KnexTool (--tool knex). */
@ExtendWith(PostgresExtension.class)
class KnexCliTest {
    @TempDir
    Path dir;

    @Test
    void statusShowsBatchesAndMarkAppliedWritesTheNextBatch(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101120000_users.js", KnexToolTest.JS).file("20240102120000_orders.js", KnexToolTest.JS);
        // Both tables and the lock row, as Knex's ensureTable leaves them.
        db.execute(String.join(";", new KnexTable("public").createSql()) + "; INSERT INTO knex_migrations (name, batch,"
                + " migration_time) VALUES ('20240101120000_users.js', 1, now())");
        CliRun status = CliRun.status(db, dir, "--tool", "knex");
        assertEquals(1, status.exitCode(), status.toString());
        assertEquals("APPLIED", status.stateOf("20240101120000_users.js"));
        assertEquals("PENDING", status.stateOf("20240102120000_orders.js"));

        CliRun mark = CliRun.of("repair", "mark-applied", "--url", db.url(), "--dir", dir.toString(), "--tool", "knex",
                "--version", "20240102120000_orders.js", "--yes", "--reason", "ran by hand");
        assertEquals(0, mark.exitCode(), mark.toString());
        assertEquals(List.of("2"), db.column("SELECT batch FROM knex_migrations WHERE name = '20240102120000_orders.js'"));
        assertEquals(0, CliRun.status(db, dir, "--tool", "knex").exitCode());
    }

    @Test
    void aStaleLockIsAFindingOfStatus(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101120000_users.js", KnexToolTest.JS);
        db.execute("CREATE TABLE knex_migrations (id serial primary key, name varchar(255), batch integer,"
                + " migration_time timestamptz); CREATE TABLE knex_migrations_lock (index serial primary key,"
                + " is_locked integer); INSERT INTO knex_migrations_lock (is_locked) VALUES (1)");
        CliRun status = CliRun.status(db, dir, "--tool", "knex");
        assertEquals(2, status.exitCode(), status.toString());
        assertTrue(status.out().contains("knex migrate:unlock"), status.toString());
    }
}
