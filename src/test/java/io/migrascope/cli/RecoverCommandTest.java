package io.migrascope.cli;

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

/** The guided recovery as support staff use it: list, read the guide, carry out an option, see it verified. */
@ExtendWith(PostgresExtension.class)
class RecoverCommandTest {
    @TempDir
    Path dir;

    private CliRun recover(TestDatabase db, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("recover", "--url", db.url(), "--dir", dir.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aFailedMigrationThatLeftNothingIsRolledBackOnTheEvidenceAndVerified(TestDatabase db) {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint, email text);")
                .file("002_index.sql", "CREATE INDEX CONCURRENTLY users_email ON users (no_such_column);\n");
        assertEquals(2, CliRun.apply(db, dir).exitCode());

        CliRun list = recover(db);
        assertTrue(list.out().contains("1. FAILED_MIGRATION 002"), list.out());

        CliRun guide = recover(db, "--finding", "1");
        assertTrue(guide.out().contains("None of its objects exist, so it changed nothing that stayed."), guide.out());
        assertTrue(guide.out().contains("1. Mark 002 rolled back, fix the file, and apply again   <- recommended"),
                guide.out());
        assertTrue(guide.out().contains("catalog: 0 of 1 objects"), guide.out());

        CliRun done = recover(db, "--finding", "1", "--option", "1", "--yes", "--reason", "ticket 7");
        assertTrue(done.out().contains("DELETE FROM \"public\".\"schema_migrations\" WHERE version = '002'"), done.out());
        assertTrue(done.out().contains("002: PENDING"), done.out());
        assertTrue(done.out().contains("Resolved: FAILED_MIGRATION 002 is gone."), done.out());
    }

    @Test
    void aPushedSchemaIsSyncedFromTheGuide(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);");
        db.execute("CREATE TABLE users (id bigint PRIMARY KEY); CREATE TABLE orders (id bigint PRIMARY KEY);");
        CliRun guide = recover(db, "--finding", "1");
        assertTrue(guide.out().contains("== TRACKING_EMPTY_SCHEMA_PRESENT 001"), guide.out());
        assertTrue(guide.out().contains("Sync: mark applied exactly the files whose objects all exist   <- recommended"),
                guide.out());
        CliRun done = recover(db, "--finding", "1", "--option", "1", "--yes");
        assertEquals(0, done.exitCode(), done.toString());
        assertTrue(done.out().contains("001: APPLIED") && done.out().contains("002: APPLIED"), done.out());
    }

    @Test
    void aPartlyRunFileGetsAnIdempotentRewriteToSave(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_revenue.sql", "CREATE TABLE revenue_versions (id bigint PRIMARY KEY, payload jsonb);\n"
                        + "CREATE INDEX revenue_versions_payload ON revenue_versions USING gin (payload);\n");
        db.execute("CREATE TABLE revenue_versions (id bigint PRIMARY KEY, payload jsonb)");
        CliRun guide = recover(db, "--finding", "1");
        assertTrue(guide.out().contains("== PARTIALLY_APPLIED 001"), guide.out());
        assertTrue(guide.out().contains("CREATE TABLE IF NOT EXISTS revenue_versions"), guide.out());
        assertTrue(guide.out().contains("CREATE INDEX IF NOT EXISTS revenue_versions_payload"), guide.out());
    }
}
