package io.migrascope.core.tool.rails;

import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.db.HeldLock;
import io.migrascope.core.db.ToolLock;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.core.tool.nodepgmigrate.TrackingHarness;
import io.migrascope.testing.NodeTools;
import java.util.Map;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real ActiveRecord migrator (Debian's ruby-activerecord 6.1 and ruby-pg:
 * {@code apt-get install -y ruby-activerecord ruby-pg}) migrates, Migrascope reads; Migrascope
 * repairs, ActiveRecord agrees. Skipped where Ruby with ActiveRecord is not installed.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class RailsInteropTest {
    private static final Path SCRIPT = Path.of("src/test/resources/rails/active_record_migrate.rb").toAbsolutePath();

    @TempDir
    Path app;

    private final RailsTool tool = new RailsTool();

    @BeforeAll
    static void activeRecordIsInstalled() throws Exception {
        boolean available;
        try {
            Process p = new ProcessBuilder("ruby", "-e", "require 'active_record'; require 'pg'")
                    .redirectErrorStream(true).start();
            available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            available = false;
        }
        assumeTrue(available, "Ruby with ActiveRecord and pg is needed: apt-get install -y ruby-activerecord ruby-pg");
    }

    private NodeTools.Run activeRecord(TestDatabase db, String command) {
        return NodeTools.exec(app, Map.of("DATABASE_URL", NodeTools.postgresUrl(db)), 120, false,
                List.of("ruby", SCRIPT.toString(), command, app.resolve("db/migrate").toString()));
    }

    private MigrationFolder migrations() throws Exception {
        return new MigrationFolder(Files.createDirectories(app.resolve("db/migrate")))
                .file("20240101120000_create_users.rb", "class CreateUsers < ActiveRecord::Migration[6.1]\n"
                        + "  def change\n    create_table :users\n  end\nend\n")
                .file("20240102120000_create_orders.rb", "class CreateOrders < ActiveRecord::Migration[6.1]\n"
                        + "  def change\n    create_table :orders\n  end\nend\n");
    }

    @Test
    void whatRailsMigratesMigrascopeReadsAsApplied(TestDatabase db) throws Exception {
        migrations();
        NodeTools.Run run = activeRecord(db, "migrate");
        assertEquals(0, run.exitCode(), run.toString());
        Report report = new TrackingHarness(tool, db, app).status();
        assertEquals(List.of("APPLIED", "APPLIED"), report.rows().stream().map(r -> r.state().name()).toList());
        assertTrue(report.rows().get(0).evidence().get(0).contains("last migrated in environment default_env"),
                report.rows().get(0).evidence().toString());
        assertEquals(List.of(), codes(report));
    }

    @Test
    void whatMigrascopeMarksAppliedRailsNoLongerCallsPending(TestDatabase db) throws Exception {
        migrations();
        TrackingHarness h = new TrackingHarness(tool, db, app);
        h.createTables();
        h.run(h.plan(ActionKind.MARK_APPLIED, "20240101120000"));
        NodeTools.Run status = activeRecord(db, "status");
        assertTrue(status.out().contains("pending=20240102120000\n"), status.toString());
        h.run(h.plan(ActionKind.MARK_APPLIED, "20240102120000"));
        NodeTools.Run after = activeRecord(db, "status");
        assertTrue(after.out().contains("needs_migration=false"), after.toString());
        assertEquals(0, activeRecord(db, "migrate").exitCode());
        assertFalse(db.tableExists("public.users"), "Rails must not run what Migrascope marked applied");
    }

    @Test
    void migrascopeTakesTheSameAdvisoryLockAsRails(TestDatabase db) throws Exception {
        migrations();
        assertEquals(String.valueOf(RailsTable.lockId(db.name())), activeRecord(db, "lock_id").out().strip());
        RailsTable writer = new RailsTable("public", db.name());
        try (Connection c = db.connect(); HeldLock held = ToolLock.acquire(c, writer.lock(), Duration.ZERO, writer.lockName())) {
            NodeTools.Run refused = activeRecord(db, "migrate");
            assertNotEquals(0, refused.exitCode(), refused.toString());
            assertTrue(refused.output().contains("ConcurrentMigrationError"), refused.toString());
        }
    }
}
