package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.nativeformat.NativeTrackingTable;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class ApplyCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFailingFileLeavesNeitherItsObjectsNorItsTrackingRow(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);")
                .file("002_broken.sql", "CREATE TABLE invoices (id bigint);\n"
                        + "CREATE INDEX invoices_id ON invoices (id);\n"
                        + "ALTER TABLE invoices\n  ADD COLUMN total nosuchtype;\n")
                .file("003_after.sql", "CREATE TABLE after_broken (id bigint);");
        CliRun run = CliRun.apply(db, dir);

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("002_broken.sql failed at statement 3 of 3 (line 4)"), run.err());
        assertTrue(run.err().contains("ALTER TABLE invoices ADD COLUMN total nosuchtype"), run.err());
        assertTrue(run.err().contains("SQLSTATE 42704"), run.err());
        assertTrue(run.err().contains("Nothing of this file was applied"), run.err());
        assertTrue(db.tableExists("users"));
        assertFalse(db.tableExists("invoices"), "the failed file's objects are rolled back");
        assertFalse(db.tableExists("after_broken"), "apply stops at the first failure");
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations ORDER BY version"));
    }

    @Test
    void dryRunPrintsEveryStatementAndChangesNothing(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_users.sql", "-- people\nCREATE TABLE users (id bigint);\nCOMMENT ON TABLE users IS 'a; b';\n");
        CliRun run = CliRun.of("apply", "--url", db.url(), "--dir", dir.toString(), "--dry-run");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("CREATE TABLE users (id bigint);"), run.out());
        assertTrue(run.out().contains("COMMENT ON TABLE users IS 'a; b';"), run.out());
        assertTrue(run.out().contains("INSERT INTO \"public\".\"schema_migrations\""), run.out());
        assertTrue(run.out().contains("Dry run: nothing was changed."), run.out());
        assertFalse(db.tableExists("users"));
        assertFalse(db.tableExists("schema_migrations"), "not even the tracking table is created");
    }

    @Test
    void aFileThatCannotRunInATransactionRunsInAutocommitAndIsRecorded(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint, email text);")
                .file("002_index.sql", "CREATE INDEX CONCURRENTLY users_email ON users (email);");
        CliRun run = CliRun.apply(db, dir);
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("t"), db.column("SELECT to_regclass('users_email') IS NOT NULL"));
        assertEquals(List.of("1"), db.column("SELECT statements_run FROM schema_migrations WHERE version = '002'"));
    }

    @Test
    void theSeedsMigrationStatusViewIsCreated(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        assertEquals(List.of("001|recent"), db.column("SELECT version || '|' || age FROM migration_status"));
    }

    @Test
    void aSecondApplyRefusesWhileTheLockIsHeldAndNamesTheHolder(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        long key = ((LockSpec.Advisory) new NativeTrackingTable("public").lock()).key();
        try (Connection holder = db.connect()) {
            holder.createStatement().execute("SET application_name = 'other-deployer'");
            try (PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                ps.setLong(1, key);
                ps.execute();
            }
            CliRun run = CliRun.apply(db, dir, "--lock-wait", "1");
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("is locked by pid"), run.err());
            assertTrue(run.err().contains("application 'other-deployer'"), run.err());
            assertFalse(db.tableExists("users"));
        }
        assertEquals(0, CliRun.apply(db, dir).exitCode(), "once released, apply proceeds");
        assertTrue(db.tableExists("users"));
    }

    @Test
    void twoConcurrentAppliesRunEachFileExactlyOnce(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir);
        for (int i = 1; i <= 20; i++) {
            folder.file(String.format("%03d_t%d.sql", i, i),
                    "CREATE TABLE t" + i + " (id bigint);\nSELECT pg_sleep(0.02);\n");
        }
        CliRun[] runs = new CliRun[2];
        Thread a = new Thread(() -> runs[0] = CliRun.apply(db, dir, "--lock-wait", "60"));
        Thread b = new Thread(() -> runs[1] = CliRun.apply(db, dir, "--lock-wait", "60"));
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(20, db.column("SELECT version FROM schema_migrations").size());
        // One applies everything; the other either saw nothing to do or found the state changed under the lock.
        int ok = (runs[0].exitCode() == 0 ? 1 : 0) + (runs[1].exitCode() == 0 ? 1 : 0);
        assertTrue(ok >= 1, runs[0] + "\n" + runs[1]);
        for (CliRun r : runs) {
            assertTrue(r.exitCode() == 0 || r.err().contains("changed since the preview"), r.toString());
        }
    }

    @Test
    void aFileThatInsertsItsOwnTrackingRowIsRecognisedAndKeptOnlyWithConsent(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_base.sql", "CREATE TABLE base (id bigint);")
                .file("002_dump.sql", "CREATE TABLE restored (id bigint);\n"
                        + "INSERT INTO schema_migrations (version, name, checksum, success) VALUES ('002', 'dump', 'from a dump', true);\n");
        CliRun refused = CliRun.apply(db, dir);
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("its tracking row already exists when the tool records it (SQLSTATE 23505"),
                refused.err());
        assertFalse(db.tableExists("restored"), "nothing of it is applied without consent");

        CliRun kept = CliRun.apply(db, dir, "--accept-already-tracked");
        assertTrue(kept.out().contains("Keeping the file's own tracking row"), kept.toString());
        assertTrue(db.tableExists("restored"));
        assertEquals(List.of("from a dump"), db.column("SELECT checksum FROM schema_migrations WHERE version = '002'"));
    }

    @Test
    void applyRefusesDuplicateVersionsAndSaysWhichFiles(TestDatabase db) throws Exception {
        new MigrationFolder(dir).copySample("native");
        CliRun run = CliRun.apply(db, dir);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("version 003 is claimed by 003_add_missing_request_columns.sql and"
                + " 003_add_unread_tracking.sql"), run.err());
        assertFalse(db.tableExists("schema_migrations"));
    }
}
