package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.journal.Journal;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The repairs of the native format through the CLI: previewed, journaled, undoable. */
@ExtendWith(PostgresExtension.class)
class RepairCommandTest {
    private static final Pattern ENTRY = Pattern.compile("journal entry (\\S+)\\.");
    @TempDir
    Path dir;

    private CliRun repair(TestDatabase db, String kind, String version, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("repair", kind, "--url", db.url(), "--dir", dir.toString(),
                "--version", version, "--yes", "--reason", "test " + kind));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String entryId(CliRun run) {
        Matcher m = ENTRY.matcher(run.out());
        assertTrue(m.find(), run.toString());
        return m.group(1);
    }

    @Test
    void aHalfRunNonTransactionalFileIsRolledBackThenRetriedAndTheRollbackCanBeUndone(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint, email text);")
                .file("002_index.sql", "CREATE INDEX CONCURRENTLY users_email ON users (email);\n"
                        + "CREATE INDEX CONCURRENTLY users_oops ON no_such_table (x);\n");
        assertEquals(2, CliRun.apply(db, dir).exitCode());
        assertEquals("PARTIAL", CliRun.status(db, dir).stateOf("002"), "the first index exists");

        CliRun rolledBack = repair(db, "mark-rolled-back", "002");
        assertEquals(2, rolledBack.exitCode(), "still partly there: " + rolledBack);
        assertTrue(rolledBack.out().contains("DELETE FROM \"public\".\"schema_migrations\" WHERE version = '002';"),
                rolledBack.out());
        assertTrue(rolledBack.out().contains("Migration 002 is now PARTIAL."), rolledBack.out());
        String id = entryId(rolledBack);

        JournalEntry entry = Journal.standard().find(id).orElseThrow();
        assertTrue(entry.isCommitted());
        assertEquals("mark-rolled-back", entry.action());
        assertEquals("test mark-rolled-back", entry.reason());
        assertEquals(1, entry.removed().size());
        assertTrue(entry.removed().get(0).contains("\"statements_run\": 1"), entry.removed().get(0));
        assertEquals(List.of(), entry.added());

        CliRun undo = CliRun.of("journal", "undo", id, "--url", db.url(), "--yes");
        assertEquals(0, undo.exitCode(), undo.toString());
        assertTrue(CliRun.status(db, dir).out().contains("\"tracking row: outcome failed"), "the failed row is back exactly");
        CliRun again = CliRun.of("journal", "undo", id, "--url", db.url(), "--yes");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("was already undone"), again.err());

        // The user's path after a rollback: fix the file, roll back again, apply.
        repair(db, "mark-rolled-back", "002");
        folder.file("002_index.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);\n");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
    }

    @Test
    void realignIsRefusedWhenTheChangeIsNotCosmeticAndAllowedWhenItIs(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint);\n")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint);\n");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        folder.file("001_users.sql", "CREATE TABLE users (id bigint);   \r\n\r\n");
        folder.file("002_orders.sql", "CREATE TABLE orders (id bigint, total numeric);\n");

        CliRun refused = repair(db, "realign", "002");
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("migration 002 is DRIFTED: realign is only for a cosmetic change"), refused.err());

        CliRun realigned = repair(db, "realign", "001");
        assertEquals(2, realigned.exitCode(), "002 still drifts: " + realigned);
        assertTrue(realigned.out().contains("Migration 001 is now APPLIED."), realigned.out());
        CliRun undo = CliRun.of("journal", "undo", entryId(realigned), "--url", db.url(), "--yes");
        assertEquals(0, undo.exitCode(), undo.toString());
        assertEquals("DRIFTED_COSMETIC", CliRun.status(db, dir).stateOf("001"));
    }

    @Test
    void undoIsRefusedOnceTheRowChangedSince(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);\n");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        folder.file("001_users.sql", "CREATE TABLE users (id bigint);\r\n");
        String id = entryId(repair(db, "realign", "001"));
        db.execute("UPDATE schema_migrations SET name = 'renamed by hand'");

        CliRun undo = CliRun.of("journal", "undo", id, "--url", db.url(), "--yes");
        assertEquals(2, undo.exitCode(), undo.toString());
        assertTrue(undo.err().contains("no longer there as written"), undo.err());
        assertEquals(List.of("renamed by hand"), db.column("SELECT name FROM schema_migrations"), "nothing changed");
    }

    @Test
    void aMissingFilesRowIsDeletedAndMarkAppliedRunsNoSql(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("002_gone.sql", "CREATE TABLE gone (id bigint);");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        folder.delete("002_gone.sql").file("003_new.sql", "CREATE TABLE brand_new (id bigint);");

        CliRun deleted = repair(db, "delete-row", "002");
        assertTrue(deleted.out().contains("Migration 002 is now no longer listed."), deleted.toString());
        CliRun marked = repair(db, "mark-applied", "003");
        assertTrue(marked.out().contains("Migration 003 is now APPLIED."), marked.toString());
        assertFalse(db.tableExists("brand_new"), "mark applied records; it never runs the file");
        CliRun after = CliRun.status(db, dir);
        assertEquals("APPLIED", after.stateOf("003"));
        assertEquals(List.of("RECORDED_NOT_EFFECTIVE"), after.findingCodes(), "and the catalog says so");
    }

    @Test
    void dryRunWritesNothingAndTheJournalSaysSo(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        CliRun dry = repair(db, "mark-applied", "001", "--dry-run");
        assertEquals(1, dry.exitCode(), dry.toString());
        assertTrue(dry.out().contains("INSERT INTO \"public\".\"schema_migrations\""), dry.out());
        assertFalse(db.tableExists("schema_migrations"));
    }

    @Test
    void applyIsJournaledAndTheListShowsIt(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint);");
        assertEquals(0, CliRun.of("apply", "--url", db.url(), "--dir", dir.toString(), "--yes",
                "--reason", "release 42").exitCode());
        JournalEntry apply = Journal.standard().read().entries().stream()
                .filter(e -> e.database().endsWith("/" + db.name()) && e.action().equals("apply"))
                .findFirst().orElseThrow();
        assertEquals(List.of("001", "002"), apply.versions());
        assertEquals(2, apply.added().size());
        assertEquals("release 42", apply.reason());
        CliRun list = CliRun.of("journal", "list");
        assertTrue(list.out().contains(apply.id()) && list.out().contains("release 42"), list.out());
    }
}
