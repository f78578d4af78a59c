package io.migrascope.core.tool.golangmigrate;

import static io.migrascope.core.tool.golangmigrate.GolangMigrateStatusTest.setVersion;
import static io.migrascope.core.tool.supabase.ToolHarness.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.RepairAction;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.UnsupportedRepairException;
import io.migrascope.core.tool.supabase.ToolHarness;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Migrascope writes for golang-migrate, on a real PostgreSQL: {@code SetVersion} and
 * {@code migrate force}. golang-migrate cannot run here (see {@link GolangMigrateStatusTest}); it is
 * content afterwards when {@code SELECT version, dirty FROM schema_migrations LIMIT 1} — all it
 * reads ({@code postgres.go Version}) — returns the version and clean flag it would have written.
 */
@ExtendWith(PostgresExtension.class)
class GolangMigrateWriterTest {
    @TempDir
    Path dir;
    @TempDir
    Path journal;

    @BeforeEach
    void threeMigrations() {
        new MigrationFolder(dir)
                .file("1_users.up.sql", "create table users (id int);").file("1_users.down.sql", "drop table users;")
                .file("2_orders.up.sql", "create table orders (id int);").file("2_orders.down.sql", "drop table orders;")
                .file("3_items.up.sql", "create table items (id int);").file("3_items.down.sql", "drop table items;");
    }

    private ToolHarness harness(TestDatabase db) {
        return new ToolHarness(new GolangMigrateTool(), db, dir, journal);
    }

    /** postgres.go Version(): the one row golang-migrate reads. */
    private static List<String> golangMigrateReads(TestDatabase db) throws Exception {
        return db.column("SELECT version || ' ' || dirty FROM schema_migrations");
    }

    @Test
    void theTableIsGolangMigratesOwn(TestDatabase db) throws Exception {
        TrackingWriter writer = new GolangMigrateTool().writer("public", db.name());
        harness(db).execute(writer.createSql());
        harness(db).execute(writer.createSql());
        assertEquals(List.of("version bigint true", "dirty boolean true"), db.column("SELECT attname || ' '"
                + " || format_type(atttypid, atttypmod) || ' ' || attnotnull FROM pg_attribute WHERE attrelid ="
                + " 'public.schema_migrations'::regclass AND attnum > 0 ORDER BY attnum"));
    }

    @Test
    void applyLeavesOneCleanRowAtTheLastVersionAsUpDoes(TestDatabase db) throws Exception {
        ToolHarness harness = harness(db);
        assertEquals(3, harness.apply().size());
        assertEquals(List.of("3 false"), golangMigrateReads(db));
        assertTrue(db.tableExists("items"));
        assertTrue(harness.status().rows().stream().allMatch(r -> r.state() == MigrationState.APPLIED));
    }

    @Test
    void applyFromTheCurrentVersionRunsOnlyTheFilesAboveIt(TestDatabase db) throws Exception {
        setVersion(db, 2, false);
        assertEquals(1, harness(db).apply().size());
        assertFalse(db.tableExists("users"), "versions below 2 count as applied and are not run");
        assertTrue(db.tableExists("items"));
        assertEquals(List.of("3 false"), golangMigrateReads(db));
    }

    @Test
    void aDirtyVersionIsForcedCleanOrToThePreviousVersion(TestDatabase db) throws Exception {
        ToolHarness harness = harness(db);
        setVersion(db, 3, true);
        RepairAction applied = harness.planRepair(ActionKind.MARK_APPLIED, "3");
        assertEquals(List.of("TRUNCATE \"public\".\"schema_migrations\"",
                "INSERT INTO \"public\".\"schema_migrations\" (version, dirty) VALUES (3, false)"),
                applied.commands().stream().map(SqlCommand::render).toList());
        harness.repair(ActionKind.MARK_APPLIED, "3");
        assertEquals(List.of("3 false"), golangMigrateReads(db));

        setVersion(db, 3, true);
        harness.repair(ActionKind.MARK_ROLLED_BACK, "3");
        assertEquals(List.of("2 false"), golangMigrateReads(db), "migrate force 2");
        assertEquals(MigrationState.PENDING, harness.stateOf("3"));
    }

    @Test
    void rollingBackTheFirstVersionIsForceMinusOne(TestDatabase db) throws Exception {
        ToolHarness harness = harness(db);
        setVersion(db, 1, true);
        RepairAction rollBack = harness.planRepair(ActionKind.MARK_ROLLED_BACK, "1");
        assertEquals(List.of("TRUNCATE \"public\".\"schema_migrations\""),
                rollBack.commands().stream().map(SqlCommand::render).toList());
        harness.repair(ActionKind.MARK_ROLLED_BACK, "1");
        assertEquals(List.of(), golangMigrateReads(db));
    }

    @Test
    void versionsImpliedByTheCurrentOneCannotBeMarkedOnTheirOwn(TestDatabase db) throws Exception {
        setVersion(db, 3, false);
        Report report = harness(db).status();
        TrackingWriter writer = new GolangMigrateTool().writer("public", db.name());
        UnsupportedRepairException rollBack = assertThrows(UnsupportedRepairException.class,
                () -> writer.markRolledBack(row(report, "1"), report));
        assertTrue(rollBack.getMessage().contains("would roll back every version above it too"), rollBack.getMessage());
        assertThrows(UnsupportedRepairException.class, () -> writer.markApplied(row(report, "2"), report));
        UnsupportedRepairException delete = assertThrows(UnsupportedRepairException.class,
                () -> writer.deleteRow(row(report, "3"), report));
        assertTrue(delete.getMessage().contains("force"), delete.getMessage());
        assertThrows(UnsupportedRepairException.class, () -> writer.realign(row(report, "3"), report));
    }

    @Test
    void aFailedNonTransactionalRunIsLeftDirtyAtItsVersion(TestDatabase db) throws Exception {
        setVersion(db, 2, false);
        Report report = harness(db).status();
        TrackingWriter writer = new GolangMigrateTool().writer("public", db.name());
        harness(db).run(writer.recordRun(row(report, "3").files().get(0), new RunOutcome(false, 3, 1, "SQLSTATE 42P01")));
        assertEquals(List.of("3 true"), golangMigrateReads(db));
        assertEquals(MigrationState.FAILED, harness(db).stateOf("3"));
    }
}
