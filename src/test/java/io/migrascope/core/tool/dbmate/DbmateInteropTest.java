package io.migrascope.core.tool.dbmate;

import static io.migrascope.core.tool.dbmate.DbmateStatusTest.file;
import static io.migrascope.core.tool.supabase.ToolHarness.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.TableColumns;
import io.migrascope.core.tool.supabase.ToolHarness;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real dbmate 2.28.0 (from npm, pinned in src/test/interop) and Migrascope on the same database
 * and folder: what dbmate writes Migrascope reads as dbmate does, and what Migrascope writes leaves
 * dbmate content. Run with {@code mvn -Pinterop}.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class DbmateInteropTest {
    private static final String INDEX = "-- migrate:up transaction:false\ncreate index concurrently users_id on users (id);\n"
            + "-- migrate:down\ndrop index users_id;\n";

    @TempDir
    Path dir;
    @TempDir
    Path journal;

    private ToolHarness migrascope(TestDatabase db) {
        return new ToolHarness(new DbmateTool(), db, dir, journal);
    }

    @Test
    void whatDbmateUpAppliedMigrascopeReadsAsApplied(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", file("users"))
                .file("20240102000000_users_index.sql", INDEX)
                .file("20240103000000_orders.sql", file("orders"));
        DbmateCli dbmate = new DbmateCli(db, dir);
        NodeTools.Run up = dbmate.run("up");
        assertEquals(0, up.exitCode(), up.toString());
        Report report = migrascope(db).status();
        assertTrue(report.rows().stream().allMatch(r -> r.state() == MigrationState.APPLIED), report.rows().toString());
        assertEquals(0, report.exitCode(), report.findings().toString());
        try (Connection c = db.connect()) {
            Detection seen = new DbmateTool().detect(dir, (schema, table) -> TableColumns.of(c, schema, table));
            assertEquals(Detection.MARKER + Detection.TABLE, seen.score(), seen.evidence().toString());
        }
    }

    @Test
    void whatMigrascopeAppliedDbmateSeesAsAppliedAndDoesNotRunAgain(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", file("users"))
                .file("20240102000000_users_index.sql", INDEX);
        assertEquals(2, migrascope(db).apply().size());
        assertTrue(db.tableExists("users"), "only the up block ran");
        DbmateCli dbmate = new DbmateCli(db, dir);
        NodeTools.Run status = dbmate.run("status");
        assertTrue(status.output().contains("[X] 20240101000000_users.sql")
                && status.output().contains("[X] 20240102000000_users_index.sql")
                && status.output().contains("Pending: 0"), status.toString());
        NodeTools.Run up = dbmate.run("up");
        assertEquals(0, up.exitCode(), up.toString());
        assertFalse(up.output().contains("Applying"), up.toString());
    }

    @Test
    void aRowMigrascopeDeletedIsPendingToDbmate(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101000000_users.sql", file("users"));
        DbmateCli dbmate = new DbmateCli(db, dir);
        assertEquals(0, dbmate.run("up").exitCode());
        migrascope(db).repair(ActionKind.DELETE_TRACKING_ROW, "20240101000000");
        NodeTools.Run status = dbmate.run("status");
        assertTrue(status.output().contains("[ ] 20240101000000_users.sql") && status.output().contains("Pending: 1"),
                status.toString());
    }

    @Test
    void whatDbmateRolledBackIsPendingToMigrascope(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", file("users"))
                .file("20240102000000_orders.sql", file("orders"));
        DbmateCli dbmate = new DbmateCli(db, dir);
        assertEquals(0, dbmate.run("up").exitCode());
        NodeTools.Run rollback = dbmate.run("rollback");
        assertEquals(0, rollback.exitCode(), rollback.toString());
        Report report = migrascope(db).status();
        assertEquals(MigrationState.APPLIED, row(report, "20240101000000").state());
        assertEquals(MigrationState.PENDING, row(report, "20240102000000").state());
    }

    @Test
    void anOlderFileMergedLaterIsPendingAndDbmateUpRunsIt(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", file("users"))
                .file("20240103000000_orders.sql", file("orders"));
        DbmateCli dbmate = new DbmateCli(db, dir);
        assertEquals(0, dbmate.run("up").exitCode());
        new MigrationFolder(dir).file("20240102000000_merged_late.sql", file("late"));
        assertEquals(MigrationState.PENDING, migrascope(db).stateOf("20240102000000"));
        NodeTools.Run up = dbmate.run("up");
        assertTrue(up.output().contains("Applying: 20240102000000_merged_late.sql"), up.toString());
        assertTrue(db.tableExists("late"));
    }

    @Test
    void filesDbmateRefusesAreRefusedInTheSameWordsAndFilesItAcceptsAreAccepted(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("1_ok.sql", "-- migrate:up\ncreate table ok (id int);\n-- migrate:down because reasons\ndrop table ok;\n")
                .file("2_no_down.sql", "-- migrate:up\ncreate table a (id int);\n");
        NodeTools.Run up = new DbmateCli(db, dir).run("up");
        assertTrue(db.tableExists("ok"), up.toString());
        String dbmateSays = "dbmate requires each migration to define a down block with '-- migrate:down'";
        assertTrue(up.output().contains(dbmateSays), up.toString());
        Report report = migrascope(db).status();
        assertEquals(MigrationState.APPLIED, row(report, "1").state());
        assertTrue(row(report, "2").files().get(0).problems().stream()
                .anyMatch(p -> p.kind() == FileProblem.Kind.UNREADABLE && p.message().contains(dbmateSays)));
    }
}
