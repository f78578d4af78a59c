package io.migrascope.core.tool.nodepgmigrate;

import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.codes;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.row;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.HeldLock;
import io.migrascope.core.db.ToolLock;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The real node-pg-migrate 8.0.3 (npm) writes, Migrascope reads; Migrascope repairs, the tool accepts. */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class NodePgMigrateInteropTest {
    @TempDir
    Path work;

    private final NodePgMigrateTool tool = new NodePgMigrateTool();

    private Path migrations() throws Exception {
        return Files.createDirectories(work.resolve("migrations"));
    }

    private NodeTools.Run up(TestDatabase db, Path dir) {
        return NpmTools.run(work, Map.of("DATABASE_URL", NodeTools.postgresUrl(db)), "node-pg-migrate", "up", "-m",
                dir.toString());
    }

    private static String js(String table) {
        return "exports.up = (pgm) => { pgm.createTable('" + table + "', { id: 'id' }); };\n"
                + "exports.down = (pgm) => { pgm.dropTable('" + table + "'); };\n";
    }

    private static String sql(String up) {
        return "-- Up Migration\n" + up + "\n-- Down Migration\nDROP TABLE IF EXISTS never;\n";
    }

    @Test
    void whatTheToolMigratesMigrascopeReadsAsApplied(TestDatabase db) throws Exception {
        Path dir = migrations();
        new MigrationFolder(dir)
                .file("1700000000000_users.js", js("users"))
                .file("1700000000001_orders.sql", sql("CREATE TABLE orders (id int);"));
        NodeTools.Run run = up(db, dir);
        assertEquals(0, run.exitCode(), run.toString());
        Report report = new TrackingHarness(tool, db, dir).status();
        assertEquals(List.of("APPLIED", "APPLIED"), report.rows().stream().map(r -> r.state().name()).toList());
        assertEquals(List.of(), codes(report));
    }

    @Test
    void theToolRunsFilesInTheOrderMigrascopeComputes(TestDatabase db) throws Exception {
        Path dir = migrations();
        MigrationFolder folder = new MigrationFolder(dir);
        for (String f : NodePgMigrateOrderTest.TOOL_ORDER) {
            folder.file(f, sql("SELECT 1;"));
        }
        NodeTools.Run run = up(db, dir);
        assertEquals(0, run.exitCode(), run.toString());
        List<String> ranInOrder = db.column("SELECT name FROM public.pgmigrations ORDER BY id");
        List<String> ours = new ArrayList<>();
        new NodePgMigrateTool().scan(dir).files().forEach(f -> ours.add(f.version().text()));
        assertEquals(ranInOrder, ours);
    }

    @Test
    void aFileMigrascopeMarksAppliedIsSkippedByTheTool(TestDatabase db) throws Exception {
        Path dir = migrations();
        new MigrationFolder(dir)
                .file("1700000000000_users.js", js("users"))
                .file("1700000000001_orders.sql", sql("CREATE TABLE orders (id int);"));
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.createTables();
        h.run(h.plan(ActionKind.MARK_APPLIED, "1700000000000_users"));
        NodeTools.Run run = up(db, dir);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(db.tableExists("public.orders"));
        assertTrue(!db.tableExists("public.users"), "the tool must not run a migration Migrascope marked applied");
        assertEquals(List.of(), codes(h.status()));
    }

    @Test
    void anOlderFileAddedLaterIsOutOfOrderForBothAndMarkingItAppliedContentsTheTool(TestDatabase db) throws Exception {
        Path dir = migrations();
        MigrationFolder folder = new MigrationFolder(dir).file("1700000000000_a.js", js("a"));
        assertEquals(0, up(db, dir).exitCode());
        folder.file("1700000000002_c.js", js("c"));
        assertEquals(0, up(db, dir).exitCode(), "a second run, so a and c get different run_on");
        folder.file("1700000000001_b.js", js("b"));

        TrackingHarness h = new TrackingHarness(tool, db, dir);
        MigrationRow b = row(h.status(), "1700000000001_b");
        assertEquals("OUT_OF_ORDER", b.state().name());
        String expected = "Not run migration 1700000000001_b is preceding already run migration 1700000000002_c";
        assertTrue(b.evidence().get(0).startsWith(expected), b.evidence().toString());
        NodeTools.Run refused = up(db, dir);
        assertNotEquals(0, refused.exitCode(), refused.toString());
        assertTrue(refused.output().contains(expected), refused.toString());

        h.run(h.plan(ActionKind.MARK_APPLIED, "1700000000001_b"));
        NodeTools.Run content = up(db, dir);
        assertEquals(0, content.exitCode(), "the order check passes after the repair:\n" + content);
        assertTrue(content.output().contains("No migrations to run!"), content.toString());
    }

    @Test
    void aDeletedRowMakesTheToolRunTheMigrationAgain(TestDatabase db) throws Exception {
        Path dir = migrations();
        new MigrationFolder(dir)
                .file("1700000000000_log.sql", sql("CREATE TABLE IF NOT EXISTS runs (n int); INSERT INTO runs VALUES (1);"));
        assertEquals(0, up(db, dir).exitCode());
        TrackingHarness h = new TrackingHarness(tool, db, dir);
        h.run(h.plan(ActionKind.DELETE_TRACKING_ROW, "1700000000000_log"));
        // Its table is still there, so the catalog calls it untracked; the tool runs it again regardless.
        assertEquals("UNTRACKED", stateOf(h.status(), "1700000000000_log"));
        NodeTools.Run again = up(db, dir);
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(List.of("2"), db.column("SELECT count(*) FROM runs"));
    }

    @Test
    void whileMigrascopeHoldsTheToolsLockTheToolRefusesToRun(TestDatabase db) throws Exception {
        Path dir = migrations();
        new MigrationFolder(dir).file("1700000000000_users.js", js("users"));
        NodePgMigrateTable writer = new NodePgMigrateTable("public");
        try (Connection c = db.connect();
             HeldLock held = ToolLock.acquire(c, writer.lock(), Duration.ZERO, writer.lockName())) {
            NodeTools.Run refused = up(db, dir);
            assertNotEquals(0, refused.exitCode(), refused.toString());
            assertTrue(refused.output().contains("Another migration is already running"), refused.toString());
        }
        assertEquals(0, up(db, dir).exitCode(), "released, the tool runs");
    }
}
