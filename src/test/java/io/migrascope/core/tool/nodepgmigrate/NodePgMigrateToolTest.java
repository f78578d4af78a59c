package io.migrascope.core.tool.nodepgmigrate;

import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.codes;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.row;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** node-pg-migrate's tracking on a real PostgreSQL, written as the tool writes it (src/migration.ts). */
@ExtendWith(PostgresExtension.class)
class NodePgMigrateToolTest {
    static final String JS = "exports.up = (pgm) => { pgm.createTable('t', { id: 'id' }); };\n"
            + "exports.down = (pgm) => { pgm.dropTable('t'); };\n";

    @TempDir
    Path dir;

    private final NodePgMigrateTool tool = new NodePgMigrateTool();

    private static String sql(String up) {
        return "-- Up Migration\n" + up + "\n-- Down Migration\nSELECT 'never on up';\n";
    }

    private void insertRun(TestDatabase db, String name, String runOn) throws Exception {
        db.execute("INSERT INTO public.pgmigrations (name, run_on) VALUES ('" + name + "', '" + runOn + "')");
    }

    @Test
    void scansEveryFileTheToolWouldLoadAndMarksModulesAsNotRunnableByMigrascope() throws Exception {
        new MigrationFolder(dir)
                .file("1700000000000_users.js", JS)
                .file("1700000000001_orders.sql", sql("CREATE TABLE orders (id int);"))
                .file("1700000000002_typed.ts", "export async function up(pgm) {}")
                .file(".eslintrc.json", "{}")
                .file("README.md", "# notes");
        Files.createDirectory(dir.resolve("archive"));
        FileScan scan = tool.scan(dir);
        assertEquals(List.of("1700000000000_users", "1700000000001_orders", "1700000000002_typed"),
                scan.files().stream().map(f -> f.version().text()).toList());
        MigrationFile js = scan.files().get(0);
        assertTrue(js.has(FileProblem.Kind.NOT_EXECUTABLE));
        assertTrue(js.problems().stream().anyMatch(p -> p.message().contains("is JavaScript: run it with node-pg-migrate up")));
        assertTrue(scan.files().get(2).problems().stream().anyMatch(p -> p.message().contains("is TypeScript")));
        assertFalse(scan.files().get(1).has(FileProblem.Kind.NOT_EXECUTABLE));
        assertEquals(List.of(".eslintrc.json", "README.md", "archive"), scan.ignored().stream().map(i -> i.file()).toList());
        assertTrue(scan.ignored().get(1).reason().contains("Can't get migration files"), scan.ignored().toString());
    }

    @Test
    void aHealthyJavaScriptMigrationRaisesNoFindingButApplyRefusesItNamingTheTool(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("1700000000000_users.js", JS)
                .file("1700000000001_orders.sql", sql("CREATE TABLE orders (id int);"));
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        Report report = h.status();
        assertEquals(List.of("PENDING"), codes(report));
        ApplyAction apply = ApplyAction.plan(report, tool, h.writer(), ApplyOptions.defaults());
        assertEquals(1, apply.blockers().size(), apply.blockers().toString());
        assertTrue(apply.blockers().get(0).contains("1700000000000_users.js is JavaScript: run it with node-pg-migrate up"),
                apply.blockers().get(0));
        String previewed = apply.preview().render();
        assertTrue(previewed.contains("CREATE TABLE orders"), previewed);
        assertFalse(previewed.contains("never on up"), "the down part must not run on apply:\n" + previewed);
    }

    @Test
    void readsRunRowsAsAppliedAndMarksAppliedAsTheFakeRunWould(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("1700000000000_users.js", JS)
                .file("1700000000001_orders.sql", sql("CREATE TABLE orders (id int);"));
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRun(db, "1700000000000_users", "2024-01-01 10:00:00");
        Report before = h.status();
        assertEquals("APPLIED", stateOf(before, "1700000000000_users"));
        assertEquals("PENDING", stateOf(before, "1700000000001_orders"));

        db.execute("CREATE TABLE orders (id int)");
        h.run(h.plan(ActionKind.MARK_APPLIED, "1700000000001_orders"));
        Report after = h.status();
        assertEquals("APPLIED", stateOf(after, "1700000000001_orders"));
        assertEquals(List.of(), codes(after), "its table exists, so the catalog agrees");
        assertEquals(List.of("1700000000000_users", "1700000000001_orders"),
                db.column("SELECT name FROM public.pgmigrations ORDER BY run_on, id"));

        h.run(h.plan(ActionKind.DELETE_TRACKING_ROW, "1700000000000_users"));
        assertEquals(List.of("1700000000001_orders"), db.column("SELECT name FROM public.pgmigrations"));
    }

    @Test
    void anOlderFileAddedAfterANewerRanIsOutOfOrderInTheToolsOwnWords(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("1700000000000_a.js", JS)
                .file("1700000000001_b.js", JS)
                .file("1700000000002_c.js", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRun(db, "1700000000000_a", "2024-01-01 10:00:00");
        insertRun(db, "1700000000002_c", "2024-01-02 10:00:00");
        Report report = h.status();
        assertEquals("OUT_OF_ORDER", stateOf(report, "1700000000001_b"));
        assertTrue(row(report, "1700000000001_b").evidence().contains("Not run migration 1700000000001_b is preceding"
                + " already run migration 1700000000002_c (node-pg-migrate up refuses to run; --no-check-order runs"
                + " it anyway)"), row(report, "1700000000001_b").evidence().toString());
    }

    @Test
    void ordersByTheToolsTimestampsNotByStringsWhenPrefixFormatsMix(TestDatabase db) throws Exception {
        // 17-digit utc of January 2023 sorts before a 13-digit Date.now() of November 2023.
        new MigrationFolder(dir)
                .file("20230101000000000_utc.js", JS)
                .file("1700000000000_ms.js", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRun(db, "1700000000000_ms", "2024-01-01 10:00:00");
        assertEquals("OUT_OF_ORDER", stateOf(h.status(), "20230101000000000_utc"));
        db.execute("TRUNCATE public.pgmigrations");
        insertRun(db, "20230101000000000_utc", "2024-01-01 10:00:00");
        assertEquals("PENDING", stateOf(h.status(), "1700000000000_ms"), "string order would call it out of order");
    }

    @Test
    void markingAnOutOfOrderFileAppliedPlacesItsRowWhereTheOrderCheckExpectsIt(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("1700000000000_a.js", JS)
                .file("1700000000001_b.js", JS)
                .file("1700000000002_c.js", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRun(db, "1700000000000_a", "2024-01-01 10:00:00");
        insertRun(db, "1700000000002_c", "2024-01-02 10:00:00");
        h.run(h.plan(ActionKind.MARK_APPLIED, "1700000000001_b"));
        assertEquals(List.of("1700000000000_a", "1700000000001_b", "1700000000002_c"),
                db.column("SELECT name FROM public.pgmigrations ORDER BY run_on, id"));
        Report after = h.status();
        assertEquals(List.of(), codes(after), after.findings().toString());
    }

    @Test
    void refusesToMarkAnOutOfOrderFileThatNoRunOnCanPlace(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("1700000000000_a.js", JS)
                .file("1700000000001_b.js", JS)
                .file("1700000000002_c.js", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        // One up run writes one run_on for all its files.
        insertRun(db, "1700000000000_a", "2024-01-01 10:00:00");
        insertRun(db, "1700000000002_c", "2024-01-01 10:00:00");
        List<String> refusals = h.refusals(ActionKind.MARK_APPLIED, "1700000000001_b");
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("no run_on can place 1700000000001_b"), refusals.get(0));
    }

    @Test
    void rowsRunInAnotherOrderThanTheFilesSortAreReportedWithTheToolsError(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("1700000000000_a.js", JS).file("1700000000001_b.js", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRun(db, "1700000000001_b", "2024-01-01 10:00:00");
        insertRun(db, "1700000000000_a", "2024-01-02 10:00:00");
        Report report = h.status();
        assertEquals("APPLIED", stateOf(report, "1700000000000_a"));
        assertTrue(report.findings().stream().anyMatch(f -> f.code().name().equals("TRACKING_TABLE_UNEXPECTED")
                && f.message().contains("\"Not run migration 1700000000000_a is preceding already run migration"
                + " 1700000000001_b\"")), report.findings().toString());
    }

    @Test
    void aRowWhoseFileIsGoneIsMissingWithWhatTheToolWillSay(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("1700000000000_a.js", JS).file("1700000000002_c.js", JS);
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        insertRun(db, "1700000000000_a", "2024-01-01 10:00:00");
        insertRun(db, "1700000000001_b", "2024-01-02 10:00:00");
        Report report = h.status();
        assertEquals("MISSING_FILE", stateOf(report, "1700000000001_b"));
        String evidence = String.join("\n", row(report, "1700000000001_b").evidence());
        assertTrue(evidence.contains("\"Not run migration 1700000000002_c is preceding already run migration 1700000000001_b\""), evidence);
        assertTrue(evidence.contains("\"Definitions of migrations 1700000000001_b have been deleted.\""), evidence);
    }

    @Test
    void aTableWithoutTheToolsColumnsIsNamedAndExtraColumnsAreFindings(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE public.pgmigrations (id serial PRIMARY KEY, name varchar(255) NOT NULL)");
        try (Connection c = db.connect()) {
            TrackingTableException e = assertThrows(TrackingTableException.class, () -> tool.readTracking(c, "public"));
            assertTrue(e.getMessage().contains("missing [run_on]"), e.getMessage());
            db.execute("ALTER TABLE public.pgmigrations ADD COLUMN run_on timestamp NOT NULL, ADD COLUMN note text");
            assertTrue(tool.readTracking(c, "public").problems().get(0).contains("'note'"));
        }
    }

    @Test
    void locksWithTheToolsOwnAdvisoryKey() {
        LockSpec lock = new NodePgMigrateTable("public").lock();
        assertEquals(new LockSpec.Advisory(7241865325823964L, "node-pg-migrate"), lock);
    }
}
