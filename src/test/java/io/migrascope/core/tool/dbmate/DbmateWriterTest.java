package io.migrascope.core.tool.dbmate;

import static io.migrascope.core.tool.dbmate.DbmateStatusTest.applied;
import static io.migrascope.core.tool.dbmate.DbmateStatusTest.file;
import static io.migrascope.core.tool.supabase.ToolHarness.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.ApplyAction;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What Migrascope writes and runs for dbmate, on a real PostgreSQL; DbmateInteropTest has dbmate check it. */
@ExtendWith(PostgresExtension.class)
class DbmateWriterTest {
    @TempDir
    Path dir;
    @TempDir
    Path journal;

    private ToolHarness harness(TestDatabase db) {
        return new ToolHarness(new DbmateTool(), db, dir, journal);
    }

    @Test
    void theTableIsDbmatesOwn(TestDatabase db) throws Exception {
        TrackingWriter writer = new DbmateTool().writer("public", db.name());
        assertEquals(List.of("create table if not exists \"public\".\"schema_migrations\" (version varchar primary key)"),
                writer.createSql());
        harness(db).execute(writer.createSql());
        harness(db).execute(writer.createSql());
        assertEquals(List.of("version character varying true"), db.column("SELECT attname || ' ' ||"
                + " format_type(atttypid, atttypmod) || ' ' || attnotnull FROM pg_attribute WHERE attrelid ="
                + " 'public.schema_migrations'::regclass AND attnum > 0"));
        TrackingWriter elsewhere = new DbmateTool().writer("app", db.name());
        harness(db).execute(elsewhere.createSql());
        assertTrue(db.tableExists("app.schema_migrations"), "dbmate creates a missing schema (3F000) too");
    }

    @Test
    void applyRunsOnlyTheUpBlocksAndTransactionFalseOutsideATransaction(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", file("users"))
                .file("20240102000000_index.sql", "-- migrate:up transaction:false\n"
                        + "create index concurrently users_id on users (id);\n-- migrate:down\ndrop index users_id;\n");
        ToolHarness harness = harness(db);
        ApplyAction plan = harness.planApply();
        assertTrue(plan.files().get(0).transactional());
        assertFalse(plan.files().get(1).transactional());
        assertTrue(plan.preview().render().contains("transaction:false"), plan.preview().render());
        assertFalse(plan.preview().render().contains("drop table"), "the down block is never part of apply");
        assertEquals(2, harness.apply().size());
        assertTrue(db.tableExists("users"), "the down block in the same file did not run");
        assertEquals(List.of("users_id"), db.column("select indexname from pg_indexes where indexname = 'users_id'"));
        assertEquals(List.of("20240101000000", "20240102000000"),
                db.column("select version from schema_migrations order by version"));
        assertTrue(harness.status().rows().stream().allMatch(r -> r.state() == MigrationState.APPLIED));
    }

    @Test
    void aFileDbmateWouldRefuseBlocksApplyWithDbmatesMessage(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101000000_users.sql", "-- migrate:up\ncreate table users (id int);\n");
        ApplyAction plan = harness(db).planApply();
        assertFalse(plan.preview().isRunnable());
        assertTrue(plan.blockers().get(0).contains("dbmate requires each migration to define a down block"),
                plan.blockers().toString());
    }

    @Test
    void markAppliedAndRolledBackWriteTheRowsUpAndRollbackWrite(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101000000_users.sql", file("users"));
        ToolHarness harness = harness(db);
        applied(db);
        assertEquals(List.of("insert into \"public\".\"schema_migrations\" (version) values ('20240101000000')"),
                harness.planRepair(ActionKind.MARK_APPLIED, "20240101000000").commands().stream()
                        .map(SqlCommand::render).toList());
        harness.repair(ActionKind.MARK_APPLIED, "20240101000000");
        assertEquals(List.of("20240101000000"), db.column("select version from schema_migrations"));
        assertEquals(List.of("delete from \"public\".\"schema_migrations\" where version = '20240101000000'"),
                harness.planRepair(ActionKind.MARK_ROLLED_BACK, "20240101000000").commands().stream()
                        .map(SqlCommand::render).toList());
        harness.repair(ActionKind.DELETE_TRACKING_ROW, "20240101000000");
        assertEquals(List.of(), db.column("select version from schema_migrations"));
    }

    @Test
    void thereIsNoChecksumToRealignAndAFailedRunRecordsNothing(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101000000_users.sql", file("users"));
        applied(db, "20240101000000");
        Report report = harness(db).status();
        TrackingWriter writer = new DbmateTool().writer("public", db.name());
        assertThrows(UnsupportedRepairException.class, () -> writer.realign(row(report, "20240101000000"), report));
        assertEquals(List.of(), writer.recordRun(row(report, "20240101000000").files().get(0),
                new RunOutcome(false, 1, 0, "SQLSTATE 42P07")));
    }
}
