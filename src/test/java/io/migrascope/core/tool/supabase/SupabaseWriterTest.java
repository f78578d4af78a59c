package io.migrascope.core.tool.supabase;

import static io.migrascope.core.tool.supabase.SupabaseStatusTest.cliApplied;
import static io.migrascope.core.tool.supabase.ToolHarness.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.RepairAction;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.UnsupportedRepairException;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Migrascope writes for Supabase, on a real PostgreSQL: the CLI's own DDL, INSERT and
 * {@code migration repair} statements ({@code pkg/migration/history.go},
 * {@code internal/migration/repair/repair.go}), read back as the CLI reads them
 * ({@code SELECT version, coalesce(name, '') as name, statements}). SupabaseInteropTest has the
 * real CLI accept them.
 */
@ExtendWith(PostgresExtension.class)
class SupabaseWriterTest {
    @TempDir
    Path dir;
    @TempDir
    Path journal;

    private ToolHarness harness(TestDatabase db) {
        return new ToolHarness(new SupabaseTool(), db, dir, journal);
    }

    /** What the CLI reads back: SELECT_VERSION_TABLE. */
    private static List<String> cliRead(TestDatabase db) throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, coalesce(name, '') as name, statements"
                     + " FROM supabase_migrations.schema_migrations ORDER BY version")) {
            while (rs.next()) {
                Object[] statements = rs.getArray(3) == null ? null : (Object[]) rs.getArray(3).getArray();
                rows.add(rs.getString(1) + " " + rs.getString(2) + " "
                        + (statements == null ? "NULL" : Arrays.asList(statements)));
            }
        }
        return rows;
    }

    @Test
    void theTableIsTheClisOwnAndCreatingItTwiceChangesNothing(TestDatabase db) throws Exception {
        TrackingWriter writer = new SupabaseTool().writer("supabase_migrations", db.name());
        harness(db).execute(writer.createSql());
        harness(db).execute(writer.createSql());
        assertEquals(List.of("version text NO", "statements text[] YES", "name text YES"),
                db.column("SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '"
                        + " || CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END FROM pg_attribute a"
                        + " WHERE a.attrelid = 'supabase_migrations.schema_migrations'::regclass AND a.attnum > 0"
                        + " ORDER BY a.attnum"));
        assertEquals(List.of("schema_migrations_pkey"), db.column("SELECT conname FROM pg_constraint WHERE conrelid"
                + " = 'supabase_migrations.schema_migrations'::regclass AND contype = 'p'"));
        assertInstanceOf(LockSpec.None.class, writer.lock(), "the CLI takes no advisory lock");
    }

    @Test
    void applyRunsEachFileAndStoresTheStatementsTheCliWouldStore(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", "-- people\ncreate table users (id int);\n\ncreate index u on users (id);\n")
                .file("20240102000000_orders.sql", "create table orders (id int, note text default 'a;b');\n-- done\n");
        ToolHarness harness = harness(db);
        assertEquals(2, harness.apply().size());
        assertEquals(List.of(
                "20240101000000 users [-- people\ncreate table users (id int), create index u on users (id)]",
                "20240102000000 orders [create table orders (id int, note text default 'a;b'), -- done]"),
                cliRead(db));
        assertTrue(db.tableExists("orders"));
        Report after = harness.status();
        assertTrue(after.rows().stream().allMatch(r -> r.state() == MigrationState.APPLIED), after.rows().toString());
    }

    @Test
    void aPreviewPrintsTheStatementsArrayAsALiteralThatStoresTheSameArray(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101000000_quotes.sql",
                "create table q (t text default 'say \"hi\"');\ncomment on table q is 'back\\slash';\n");
        ToolHarness harness = harness(db);
        Report report = harness.status();
        TrackingWriter writer = new SupabaseTool().writer("supabase_migrations", db.name());
        harness.execute(writer.createSql());
        SqlCommand insert = writer.markApplied(row(report, "20240101000000"), report).get(0);
        String rendered = insert.render();
        assertTrue(rendered.contains("'{\"create table q (t text default ''say \\\"hi\\\"'')\""), rendered);
        harness.execute(List.of(rendered));
        List<String> viaLiteral = cliRead(db);
        db.execute("TRUNCATE supabase_migrations.schema_migrations");
        harness.run(List.of(insert));
        assertEquals(viaLiteral, cliRead(db), "the preview's text and the parameters store the same row");
        assertEquals(List.of("20240101000000 quotes [create table q (t text default 'say \"hi\"'),"
                + " comment on table q is 'back\\slash']"), viaLiteral);
    }

    @Test
    void markAppliedIsRepairStatusAppliedAndMarkRolledBackIsRepairStatusReverted(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", "create table users (id int);")
                .file("20240102000000_orders.sql", "create table orders (id int);");
        ToolHarness harness = harness(db);
        harness.execute(SupabaseStatusTest.CLI_DDL);
        db.execute("create table users (id int)");

        RepairAction mark = harness.planRepair(ActionKind.MARK_APPLIED, "20240101000000");
        assertTrue(mark.commands().get(0).sql().endsWith("ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name,"
                + " statements = EXCLUDED.statements"), mark.commands().get(0).sql());
        harness.repair(ActionKind.MARK_APPLIED, "20240101000000");
        assertEquals(List.of("20240101000000 users [create table users (id int)]"), cliRead(db));
        assertFalse(db.tableExists("orders"), "mark applied runs no migration SQL");

        RepairAction revert = harness.planRepair(ActionKind.MARK_ROLLED_BACK, "20240101000000");
        assertEquals("DELETE FROM \"supabase_migrations\".\"schema_migrations\" WHERE version = ANY('{\"20240101000000\"}')",
                revert.commands().get(0).render());
        harness.repair(ActionKind.MARK_ROLLED_BACK, "20240101000000");
        assertEquals(List.of(), cliRead(db));
        assertEquals(MigrationState.UNTRACKED, harness.stateOf("20240101000000"), "the row is gone, its table stays");
    }

    @Test
    void realignRewritesTheStatementsOnlyForALayoutChange(TestDatabase db) throws Exception {
        ToolHarness harness = harness(db);
        harness.execute(SupabaseStatusTest.CLI_DDL);
        cliApplied(db, "20240101000000", "users", "ARRAY[E'create table users (\\n  id int\\n)']");
        cliApplied(db, "20240102000000", "orders", "ARRAY['create table orders (id int)']");
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", "create table users (  \r\n  id int\r\n);\r\n")
                .file("20240102000000_orders.sql", "create table orders (id bigint);");
        assertEquals(MigrationState.DRIFTED_COSMETIC, harness.stateOf("20240101000000"));
        harness.repair(ActionKind.REALIGN_CHECKSUM, "20240101000000");
        assertEquals(MigrationState.APPLIED, harness.stateOf("20240101000000"));
        assertEquals("20240101000000 users [create table users (  \r\n  id int\r\n)]", cliRead(db).get(0));

        Report report = harness.status();
        TrackingWriter writer = new SupabaseTool().writer("supabase_migrations", db.name());
        UnsupportedRepairException refused = assertThrows(UnsupportedRepairException.class,
                () -> writer.realign(row(report, "20240102000000"), report));
        assertTrue(refused.getMessage().contains("never ran"), refused.getMessage());
    }

    @Test
    void aFailedRunLeavesNoRowBecauseTheClisBatchWouldRollItsInsertBack(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101000000_users.sql", "create table users (id int);");
        Report report = harness(db).status();
        TrackingWriter writer = new SupabaseTool().writer("supabase_migrations", db.name());
        assertEquals(List.of(), writer.recordRun(row(report, "20240101000000").files().get(0),
                new RunOutcome(false, 5, 0, "SQLSTATE 42P07")));
    }

    @Test
    void theSeedsDuplicateIsRenumberedToTheNextFreeVersionKeepingItsName() throws Exception {
        SupabaseTool tool = new SupabaseTool();
        new MigrationFolder(dir).file("006_creator_payouts.sql", "select 1;");
        var file = tool.scan(dir).files().get(0);
        var next = tool.nextVersion(io.migrascope.core.model.Version.textual("007"), file).orElseThrow();
        assertEquals("008", next.text());
        assertEquals("008_creator_payouts.sql", tool.renamedFile(file, next).orElseThrow());
    }
}
