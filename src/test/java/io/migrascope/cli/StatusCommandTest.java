package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every state and finding of the native format, on a real PostgreSQL, through the CLI. */
@ExtendWith(PostgresExtension.class)
class StatusCommandTest {
    @TempDir
    Path dir;

    @Test
    void theNativeSampleShowsTheSeedsDuplicateVersionsWithBothFiles(TestDatabase db) {
        new MigrationFolder(dir).copySample("native");
        CliRun run = CliRun.status(db, dir);
        assertEquals(2, run.exitCode(), run.toString());
        JsonNode doc = run.json();
        assertEquals("native", doc.get("tool").asText());
        List<String> duplicateVersions = new ArrayList<>();
        for (JsonNode f : doc.get("findings")) {
            if (f.get("code").asText().equals("DUPLICATE_VERSION")) {
                duplicateVersions.add(f.get("versions").get(0).asText());
            }
        }
        assertEquals(List.of("003", "005", "006"), duplicateVersions);
        for (JsonNode m : doc.get("migrations")) {
            if (m.get("version").asText().equals("005")) {
                assertEquals("DUPLICATE", m.get("state").asText());
                assertEquals(List.of("005_add_request_pins.sql", "005_enhance_chat_for_phase1.sql"),
                        texts(m.get("files")));
            }
        }
        assertTrue(run.findingCodes().contains("IGNORED_FILE"), "README.md is listed as skipped");
        assertEquals(3, doc.get("summary").get("DUPLICATE").asInt());
        assertEquals(7, doc.get("summary").get("PENDING").asInt());
    }

    @Test
    void aCleanFolderIsPendingThenAppliedThenInSync(TestDatabase db) {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);");
        CliRun before = CliRun.status(db, dir);
        assertEquals(1, before.exitCode(), before.toString());
        assertEquals("PENDING", before.stateOf("001"));
        assertEquals(List.of("PENDING"), before.findingCodes());

        CliRun apply = CliRun.apply(db, dir);
        assertEquals(0, apply.exitCode(), apply.toString());

        CliRun after = CliRun.status(db, dir);
        assertEquals(0, after.exitCode(), after.toString());
        assertEquals("APPLIED", after.stateOf("001"));
        assertEquals("APPLIED", after.stateOf("002"));
        assertEquals(List.of(), after.findingCodes());
        JsonNode m = after.json().get("migrations").get(0);
        assertEquals(m.get("checksumFile").asText(), m.get("checksumTracked").asText());
        assertFalse(m.get("appliedAt").isNull());
    }

    @Test
    void editingAnAppliedFileIsDriftAndCrlfIsCosmeticDrift(TestDatabase db) {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n\nCOMMENT ON TABLE users IS 'people';\n")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
        assertEquals(0, CliRun.apply(db, dir).exitCode());

        folder.file("001_users.sql", folder.read("001_users.sql").replace("\n", "\r\n"));
        folder.file("002_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\n");
        CliRun run = CliRun.status(db, dir);
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("DRIFTED_COSMETIC", run.stateOf("001"));
        assertEquals("DRIFTED", run.stateOf("002"));
        assertTrue(run.findingCodes().containsAll(List.of("CHECKSUM_DRIFT", "COSMETIC_DRIFT")), run.toString());
    }

    @Test
    void aTrackedVersionWithoutItsFileIsMissing(TestDatabase db) {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint);");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        folder.delete("002_orders.sql");
        CliRun run = CliRun.status(db, dir);
        assertEquals(2, run.exitCode());
        assertEquals("MISSING_FILE", run.stateOf("002"));
        assertTrue(run.findingCodes().contains("MISSING_FILE"));
    }

    @Test
    void aFileOlderThanTheNewestAppliedIsOutOfOrder(TestDatabase db) {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("003_orders.sql", "CREATE TABLE orders (id bigint);");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        folder.file("002_merged_from_a_branch.sql", "CREATE TABLE invoices (id bigint);")
                .file("004_next.sql", "CREATE TABLE next (id bigint);");
        CliRun run = CliRun.status(db, dir);
        assertEquals(2, run.exitCode());
        assertEquals("OUT_OF_ORDER", run.stateOf("002"));
        assertEquals("PENDING", run.stateOf("004"));
        assertTrue(run.findingCodes().containsAll(List.of("OUT_OF_ORDER", "PENDING")));
    }

    @Test
    void aHalfRunNonTransactionalFileIsPartialWithTheStatementsThatRan(TestDatabase db) {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint, email text);")
                .file("002_index.sql", "CREATE INDEX CONCURRENTLY users_email ON users (email);\n"
                        + "CREATE INDEX CONCURRENTLY users_oops ON users (no_such_column);\n");
        CliRun apply = CliRun.apply(db, dir);
        assertEquals(2, apply.exitCode(), apply.toString());
        CliRun run = CliRun.status(db, dir);
        assertEquals("PARTIAL", run.stateOf("002"), "one of its two indexes exists");
        assertTrue(run.findingCodes().contains("PARTIALLY_APPLIED"), run.toString());
        assertTrue(run.out().contains("statements run 1"), run.out());
        assertTrue(run.out().contains("missing: index users_oops on users"), run.out());
    }

    @Test
    void aFailedFileThatLeftNothingIsFailed(TestDatabase db) {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint, email text);")
                .file("002_index.sql", "CREATE INDEX CONCURRENTLY users_oops ON users (no_such_column);\n");
        assertEquals(2, CliRun.apply(db, dir).exitCode());
        CliRun run = CliRun.status(db, dir);
        assertEquals("FAILED", run.stateOf("002"));
        assertTrue(run.findingCodes().contains("FAILED_MIGRATION"));
        assertTrue(run.out().contains("catalog: 0 of 1 objects the file leaves behind are present"), run.out());
    }

    @Test
    void tablesPresentWithEmptyTrackingAreUntrackedAndSyncMarksExactlyThose(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(64));")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\n"
                        + "CREATE INDEX orders_user ON orders (user_id);")
                .file("003_invoices.sql", "CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(10,2));");
        // Seed 004: the schema was pushed; the tracking table was never written.
        db.execute("CREATE TABLE users (id bigint PRIMARY KEY, email varchar(64));"
                + "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);");
        CliRun run = CliRun.status(db, dir);
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("UNTRACKED", run.stateOf("001"));
        assertEquals("PARTIAL", run.stateOf("002"), "the index is missing");
        assertEquals("PENDING", run.stateOf("003"));
        assertTrue(run.findingCodes().contains("TRACKING_EMPTY_SCHEMA_PRESENT"), run.toString());

        CliRun sync = CliRun.of("repair", "sync", "--url", db.url(), "--dir", dir.toString(), "--yes");
        assertTrue(sync.out().contains("002_orders.sql: only some of its objects exist (5 of 6); not marked"), sync.toString());
        assertTrue(sync.out().contains("Synced: 1 tracking row(s) written"), sync.toString());
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        assertEquals("PARTIAL", CliRun.status(db, dir).stateOf("002"));
    }

    @Test
    void theTableFormIsReadableAndNamesTheFindings(TestDatabase db) {
        new MigrationFolder(dir).copySample("native");
        CliRun run = CliRun.of("status", "--url", db.url(), "--dir", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("DUPLICATE_VERSION: Version 003 is claimed by 2 files:"
                + " 003_add_missing_request_columns.sql, 003_add_unread_tracking.sql"), run.out());
        assertTrue(run.out().contains("Summary: "), run.out());
    }

    @Test
    void anExtraColumnInTheTrackingTableIsReportedAndTheRowsStillRead(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        db.execute("ALTER TABLE schema_migrations ADD COLUMN ticket text, DROP COLUMN statements_run CASCADE");
        CliRun run = CliRun.status(db, dir);
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("APPLIED", run.stateOf("001"));
        String messages = run.json().get("findings").toString();
        assertTrue(messages.contains("has a column 'ticket' the native format does not write"), messages);
        assertTrue(messages.contains("lacks the column 'statements_run'"), messages);
    }

    @Test
    void seed003sOrderingMistakesAreFoundBeforeAnythingRuns(TestDatabase db) {
        new MigrationFolder(dir)
                .file("001_init.sql", "CREATE TABLE dead_letter_queue (id bigint PRIMARY KEY, payload jsonb);")
                .file("002_add_batch_processing.sql",
                        "CREATE TABLE batches (id bigint PRIMARY KEY, project_id bigint REFERENCES projects (id));")
                .file("003_add_error_handling.sql", "CREATE TABLE dead_letter_queue (id bigint PRIMARY KEY);")
                .file("004_add_projects.sql", "CREATE TABLE projects (id bigint PRIMARY KEY);");
        CliRun run = CliRun.status(db, dir);
        assertEquals(2, run.exitCode(), run.toString());
        String findings = run.json().get("findings").toString();
        assertTrue(findings.contains("003_add_error_handling.sql creates table dead_letter_queue, which 001_init.sql"
                + " already creates"), findings);
        assertTrue(findings.contains("002_add_batch_processing.sql uses table projects (foreign key"), findings);
        assertTrue(findings.contains("which only the later 004_add_projects.sql creates"), findings);
    }

    @Test
    void statusNamesWhoHoldsTheMigrationLock(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        long key = ((io.migrascope.core.tool.LockSpec.Advisory)
                new io.migrascope.core.tool.nativeformat.NativeTrackingTable("public").lock()).key();
        try (java.sql.Connection holder = db.connect()) {
            holder.createStatement().execute("SET application_name = 'deploy-job-17'");
            holder.createStatement().execute("SELECT pg_advisory_lock(" + key + ")");
            CliRun run = CliRun.status(db, dir);
            assertTrue(run.json().get("lockHolders").toString().contains("application 'deploy-job-17'"), run.out());
            CliRun table = CliRun.of("status", "--url", db.url(), "--dir", dir.toString());
            assertTrue(table.out().contains("Lock: the migration lock is held by pid"), table.out());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
