package io.migrascope.core.tool.knex;

import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.codes;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.row;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.nodepgmigrate.TrackingHarness;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Knex's tracking on a real PostgreSQL, written as Migrator.js writes it. */
@ExtendWith(PostgresExtension.class)
class KnexToolTest {
    static final String JS = "exports.up = function(knex) { return knex.schema.createTable('t', t => t.increments()); };\n"
            + "exports.down = function(knex) { return knex.schema.dropTable('t'); };\n";

    @TempDir
    Path dir;

    private final KnexTool tool = new KnexTool();

    private void insertRow(TestDatabase db, String name, int batch) throws Exception {
        db.execute("INSERT INTO public.knex_migrations (name, batch, migration_time) VALUES ('" + name + "', " + batch
                + ", now())");
    }

    @Test
    void scansTheFilesKnexLoadsKeyedByTheirFullFileName() throws Exception {
        new MigrationFolder(dir)
                .file("20240101120000_users.js", JS)
                .file("20240102120000_orders.ts", JS)
                .file("20240103120000_seed.sql", "select 1;")
                .file("20240104120000_esm.mjs", JS);
        FileScan scan = tool.scan(dir);
        assertEquals(List.of("20240101120000_users.js", "20240102120000_orders.ts"),
                scan.files().stream().map(f -> f.version().text()).toList());
        assertTrue(scan.files().stream().allMatch(f -> f.has(FileProblem.Kind.NOT_EXECUTABLE)));
        assertTrue(scan.files().get(0).problems().stream()
                .anyMatch(p -> p.message().equals("is JavaScript: run it with knex migrate:latest; Migrascope can mark it applied")));
        assertEquals(List.of("20240103120000_seed.sql", "20240104120000_esm.mjs"),
                scan.ignored().stream().map(i -> i.file()).toList());
    }

    @Test
    void appliedRowsShowTheirBatchAndApplyRefusesJavaScript(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101120000_users.js", JS).file("20240102120000_orders.js", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRow(db, "20240101120000_users.js", 1);
        Report report = h.status();
        assertEquals("APPLIED", stateOf(report, "20240101120000_users.js"));
        assertTrue(row(report, "20240101120000_users.js").evidence().get(0).contains("batch 1"));
        assertEquals(List.of("PENDING"), codes(report));
        List<String> blockers = ApplyAction.plan(report, tool, h.writer(), ApplyOptions.defaults()).blockers();
        assertTrue(blockers.get(0).contains("20240102120000_orders.js is JavaScript: run it with knex migrate:latest;"
                + " Migrascope can mark it applied"), blockers.toString());
    }

    @Test
    void anOlderUntrackedFileIsPendingBecauseKnexRunsIt(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101120000_a.js", JS).file("20240102120000_b.js", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRow(db, "20240102120000_b.js", 1);
        assertEquals("PENDING", stateOf(h.status(), "20240101120000_a.js"));
    }

    @Test
    void markAppliedStartsANewBatchAndDeleteRemovesByName(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101120000_a.js", JS).file("20240102120000_b.js", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRow(db, "20240101120000_a.js", 3);
        h.run(h.plan(ActionKind.MARK_APPLIED, "20240102120000_b.js"));
        assertEquals(List.of("20240101120000_a.js 3", "20240102120000_b.js 4"),
                db.column("SELECT name || ' ' || batch FROM public.knex_migrations ORDER BY id"));
        assertEquals(List.of(), codes(h.status()));
        h.run(h.plan(ActionKind.MARK_ROLLED_BACK, "20240102120000_b.js"));
        assertEquals(List.of("20240101120000_a.js"), db.column("SELECT name FROM public.knex_migrations"));
    }

    @Test
    void createsBothTablesAndExactlyOneLockRowIdempotently(TestDatabase db) throws Exception {
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        h.createTables();
        assertEquals(List.of("0"), db.column("SELECT is_locked FROM public.knex_migrations_lock"));
    }

    @Test
    void aMissingFileCarriesKnexsCorruptDirectoryErrorAndARenameIsLinked(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101120000_users.ts", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRow(db, "20240101120000_users.js", 1);
        insertRow(db, "20240102120000_gone.js", 1);
        Report report = h.status();
        assertEquals("MISSING_FILE", stateOf(report, "20240101120000_users.js"));
        assertEquals("PENDING", stateOf(report, "20240101120000_users.ts"));
        String evidence = String.join("\n", row(report, "20240101120000_users.js").evidence());
        assertTrue(evidence.contains("\"The migration directory is corrupt, the following files are missing:"
                + " 20240101120000_users.js, 20240102120000_gone.js\""), evidence);
        assertTrue(evidence.contains("20240101120000_users.ts has the same name with another extension"), evidence);
    }

    @Test
    void aSetLockRowIsReportedWithTheWayOut(TestDatabase db) throws Exception {
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        db.execute("UPDATE public.knex_migrations_lock SET is_locked = 1");
        Report report = h.status();
        assertTrue(report.findings().stream().anyMatch(f -> f.code().name().equals("TRACKING_TABLE_UNEXPECTED")
                && f.message().contains("is set (is_locked = 1): a migration is running or one crashed")
                && f.message().contains("knex migrate:unlock")), report.findings().toString());
        assertTrue(KnexLock.describe("t", 2, 2).orElseThrow().contains("2 rows with is_locked = 0"));
        assertTrue(KnexLock.describe("t", 1, 2).isEmpty(), "one free row is enough for Knex's lock");
        assertTrue(KnexLock.describe("t", 0, 0).isEmpty(), "Knex inserts the row itself");
    }

    @Test
    void aTableWithoutKnexsColumnsIsNamed(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE public.knex_migrations (id serial PRIMARY KEY, name varchar(255))");
        try (Connection c = db.connect()) {
            TrackingTableException e = assertThrows(TrackingTableException.class, () -> tool.readTracking(c, "public"));
            assertTrue(e.getMessage().contains("missing [batch, migration_time]"), e.getMessage());
        }
    }
}
