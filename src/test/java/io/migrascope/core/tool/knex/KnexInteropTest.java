package io.migrascope.core.tool.knex;

import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.codes;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.row;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.HeldLock;
import io.migrascope.core.db.ToolLock;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.core.tool.nodepgmigrate.TrackingHarness;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The real Knex 3.1.0 CLI (npm) writes, Migrascope reads; Migrascope repairs, Knex accepts. */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class KnexInteropTest {
    @TempDir
    Path project;

    private final KnexTool tool = new KnexTool();

    private Path migrations() throws Exception {
        Files.writeString(project.resolve("knexfile.js"), "module.exports = { client: 'pg',"
                + " connection: process.env.DATABASE_URL, migrations: { directory: './migrations' } };\n");
        NpmTools.linkNodeModules(project);
        return Files.createDirectories(project.resolve("migrations"));
    }

    private NodeTools.Run knex(TestDatabase db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--knexfile";
        all[1] = project.resolve("knexfile.js").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return NpmTools.run(project, Map.of("DATABASE_URL", NodeTools.postgresUrl(db)), "knex", all);
    }

    private static String js(String table) {
        return "exports.up = function(knex) { return knex.schema.createTable('" + table + "', t => t.increments()); };\n"
                + "exports.down = function(knex) { return knex.schema.dropTable('" + table + "'); };\n";
    }

    @Test
    void whatKnexMigratesMigrascopeReadsAsAppliedWithItsBatch(TestDatabase db) throws Exception {
        new MigrationFolder(migrations())
                .file("20240101120000_users.js", js("users"))
                .file("20240102120000_orders.js", js("orders"));
        NodeTools.Run run = knex(db, "migrate:latest");
        assertEquals(0, run.exitCode(), run.toString());
        Report report = new TrackingHarness(tool, db, project).status();
        assertEquals(List.of("APPLIED", "APPLIED"), report.rows().stream().map(r -> r.state().name()).toList());
        assertTrue(row(report, "20240102120000_orders.js").evidence().get(0).contains("batch 1"));
        assertEquals(List.of(), codes(report));
    }

    @Test
    void aFileMigrascopeMarksAppliedIsSkippedByKnex(TestDatabase db) throws Exception {
        new MigrationFolder(migrations())
                .file("20240101120000_users.js", js("users"))
                .file("20240102120000_orders.js", js("orders"));
        TrackingHarness h = new TrackingHarness(tool, db, project);
        h.createTables();
        h.run(h.plan(ActionKind.MARK_APPLIED, "20240101120000_users.js"));
        NodeTools.Run run = knex(db, "migrate:latest");
        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(db.tableExists("public.users"), "Knex must not run what Migrascope marked applied");
        assertTrue(db.tableExists("public.orders"));
        assertEquals(List.of("20240101120000_users.js 1", "20240102120000_orders.js 2"),
                db.column("SELECT name || ' ' || batch FROM knex_migrations ORDER BY id"));
        assertEquals(List.of(), codes(h.status()));
    }

    @Test
    void aDeletedFileIsMissingForMigrascopeAndCorruptionForKnex(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(migrations())
                .file("20240101120000_users.js", js("users"))
                .file("20240102120000_orders.js", js("orders"));
        assertEquals(0, knex(db, "migrate:latest").exitCode());
        folder.delete("20240101120000_users.js");
        Report report = new TrackingHarness(tool, db, project).status();
        assertEquals("MISSING_FILE", stateOf(report, "20240101120000_users.js"));
        String expected = "The migration directory is corrupt, the following files are missing: 20240101120000_users.js";
        assertTrue(String.join("\n", row(report, "20240101120000_users.js").evidence()).contains(expected));
        NodeTools.Run refused = knex(db, "migrate:latest");
        assertNotEquals(0, refused.exitCode(), refused.toString());
        assertTrue(refused.output().contains(expected), refused.toString());
    }

    @Test
    void aStaleLockStopsKnexAndMigrascopeSaysHowToReleaseIt(TestDatabase db) throws Exception {
        new MigrationFolder(migrations()).file("20240101120000_users.js", js("users"));
        assertEquals(0, knex(db, "migrate:latest").exitCode());
        new MigrationFolder(project.resolve("migrations")).file("20240102120000_orders.js", js("orders"));
        db.execute("UPDATE knex_migrations_lock SET is_locked = 1");
        NodeTools.Run refused = knex(db, "migrate:latest");
        assertNotEquals(0, refused.exitCode(), refused.toString());
        assertTrue(refused.output().contains("Migration table is already locked"), refused.toString());
        Report report = new TrackingHarness(tool, db, project).status();
        assertTrue(report.findings().stream().anyMatch(f -> f.message().contains("knex migrate:unlock")),
                report.findings().toString());
        assertEquals(0, knex(db, "migrate:unlock").exitCode());
        assertEquals(0, knex(db, "migrate:latest").exitCode(), "unlocked, Knex runs");
    }

    @Test
    void whileMigrascopeHoldsTheLockRowKnexRefuses(TestDatabase db) throws Exception {
        new MigrationFolder(migrations()).file("20240101120000_users.js", js("users"));
        TrackingHarness h = new TrackingHarness(tool, db, project);
        h.createTables();
        KnexTable writer = new KnexTable("public");
        try (Connection c = db.connect(); HeldLock held = ToolLock.acquire(c, writer.lock(), Duration.ZERO, writer.lockName())) {
            NodeTools.Run refused = knex(db, "migrate:latest");
            assertNotEquals(0, refused.exitCode(), refused.toString());
            assertTrue(refused.output().contains("Migration table is already locked"), refused.toString());
        }
        assertEquals(0, knex(db, "migrate:latest").exitCode(), "released, Knex runs");
    }
}
