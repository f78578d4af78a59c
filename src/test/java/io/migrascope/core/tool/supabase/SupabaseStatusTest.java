package io.migrascope.core.tool.supabase;

import static io.migrascope.core.tool.supabase.ToolHarness.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Status of Supabase projects on a real PostgreSQL, each state built with the CLI's own statements
 * ({@code pkg/migration/history.go}) and the statements it stores, written out by hand; states the
 * CLI cannot reach by itself (no statements, an old table) are only possible this way.
 * SupabaseInteropTest has the real CLI (npm supabase 3.1.0) write the ordinary ones.
 */
@ExtendWith(PostgresExtension.class)
class SupabaseStatusTest {
    /** CreateMigrationTable, verbatim. */
    static final List<String> CLI_DDL = SupabaseCli.TABLE_DDL;

    @TempDir
    Path dir;
    @TempDir
    Path journal;

    private ToolHarness harness(TestDatabase db) {
        return new ToolHarness(new SupabaseTool(), db, dir, journal);
    }

    /** INSERT_MIGRATION_VERSION with the statements array the CLI would send. */
    static void cliApplied(TestDatabase db, String version, String name, String statementsArray) throws Exception {
        db.execute("INSERT INTO supabase_migrations.schema_migrations(version, name, statements) VALUES ('"
                + version + "', '" + name + "', " + statementsArray + ")");
    }

    private static void cliTable(TestDatabase db) throws Exception {
        for (String s : CLI_DDL) {
            db.execute(s);
        }
    }

    @Test
    void aFileWhoseStatementsAreTheStoredOnesIsApplied(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", "-- people\ncreate table users (id int);\n\ncreate index u on users (id);\n");
        cliTable(db);
        cliApplied(db, "20240101000000", "users",
                "ARRAY[E'-- people\\ncreate table users (id int)', 'create index u on users (id)']");
        MigrationRow users = row(harness(db).status(), "20240101000000");
        assertEquals(MigrationState.APPLIED, users.state(), users.evidence().toString());
        assertTrue(users.evidence().toString().contains("statements stored 2"), users.evidence().toString());
    }

    @Test
    void aLayoutOnlyEditIsCosmeticAndARealEditIsDrift(TestDatabase db) throws Exception {
        cliTable(db);
        cliApplied(db, "20240101000000", "users", "ARRAY[E'create table users (\\n  id int\\n)']");
        cliApplied(db, "20240102000000", "orders", "ARRAY['create table orders (id int)']");
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", "create table users (  \r\n  id int\r\n\r\n);\r\n")
                .file("20240102000000_orders.sql", "create table orders (id bigint);\n");
        Report report = harness(db).status();
        assertEquals(MigrationState.DRIFTED_COSMETIC, row(report, "20240101000000").state());
        assertEquals(MigrationState.DRIFTED, row(report, "20240102000000").state());
        List<FindingCode> codes = report.findings().stream().map(Finding::code).toList();
        assertTrue(codes.containsAll(List.of(FindingCode.COSMETIC_DRIFT, FindingCode.CHECKSUM_DRIFT)), codes.toString());
    }

    @Test
    void aRowWithoutStatementsCannotShowDriftAndSaysSo(TestDatabase db) throws Exception {
        cliTable(db);
        cliApplied(db, "20240101000000", "users", "NULL");
        new MigrationFolder(dir).file("20240101000000_users.sql", "create table users (id bigint);\n");
        MigrationRow users = row(harness(db).status(), "20240101000000");
        assertEquals(MigrationState.APPLIED, users.state());
        assertTrue(users.evidence().toString().contains("this row stores no statements"), users.evidence().toString());
    }

    @Test
    void seed000TwoFilesWithVersion006AreADuplicatePointingAtBothFiles(TestDatabase db) throws Exception {
        copy("/supabase/seed000", dir);
        cliTable(db);
        // An older CLI stored no statements; the duplicate does not depend on them.
        cliApplied(db, "005", "creators", "NULL");
        cliApplied(db, "006", "creator_marketplace", "NULL");
        ToolHarness harness = harness(db);
        Report report = harness.status();
        MigrationRow six = row(report, "006");
        assertEquals(MigrationState.DUPLICATE, six.state());
        assertEquals(List.of("supabase/migrations/006_creator_marketplace.sql", "supabase/migrations/006_creator_payouts.sql"),
                six.files().stream().map(f -> f.file()).toList());
        assertTrue(six.evidence().get(0).contains("its name is the one tracked"), six.evidence().toString());
        Finding duplicate = report.findings().stream().filter(f -> f.code() == FindingCode.DUPLICATE_VERSION)
                .findFirst().orElseThrow();
        assertTrue(duplicate.message().contains("006_creator_marketplace.sql")
                && duplicate.message().contains("006_creator_payouts.sql"), duplicate.message());
        assertTrue(duplicate.message().contains("applied as 'creator_marketplace'"), duplicate.message());
        assertEquals(MigrationState.PENDING, row(report, "007").state());

        ApplyAction apply = harness.planApply();
        assertFalse(apply.preview().isRunnable(), "the CLI would fail with 23505 on schema_migrations_pkey");
        assertEquals(List.of("version 006 is claimed by supabase/migrations/006_creator_marketplace.sql and"
                + " supabase/migrations/006_creator_payouts.sql; renumber the one that is not applied, then apply"),
                apply.blockers());
    }

    @Test
    void anOlderFileByTextIsOutOfOrderEvenWhenItIsNumericallyNewer(TestDatabase db) throws Exception {
        cliTable(db);
        cliApplied(db, "20240102", "eight_digits", "ARRAY['select 1']");
        new MigrationFolder(dir)
                .file("20240102_eight_digits.sql", "select 1;")
                .file("20240101120000_fourteen_digits.sql", "select 2;")
                .file("20240103_later.sql", "select 3;");
        Report report = harness(db).status();
        MigrationRow fourteen = row(report, "20240101120000");
        // 20240101120000 > 20240102 as numbers, but the CLI compares text and so does this status.
        assertEquals(MigrationState.OUT_OF_ORDER, fourteen.state());
        assertTrue(fourteen.evidence().get(0).contains("--include-all"), fourteen.evidence().toString());
        assertEquals(MigrationState.PENDING, row(report, "20240103").state());
        assertEquals(List.of("20240101120000", "20240102", "20240103"),
                report.rows().stream().map(r -> r.version().text()).toList(), "rows in the CLI's order");
    }

    @Test
    void aRowWhoseNameDiffersFromItsFileSaysSo(TestDatabase db) throws Exception {
        cliTable(db);
        cliApplied(db, "20240101000000", "create_users", "ARRAY['create table users (id int)']");
        new MigrationFolder(dir).file("20240101000000_users_table.sql", "create table users (id int);");
        MigrationRow users = row(harness(db).status(), "20240101000000");
        assertEquals(MigrationState.APPLIED, users.state());
        assertTrue(users.evidence().toString().contains("the row records the name 'create_users'"), users.evidence().toString());
    }

    @Test
    void aRowWithoutAFileIsMissingAndNoTableMeansEverythingIsPending(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240102000000_b.sql", "select 2;");
        assertEquals(MigrationState.PENDING, harness(db).stateOf("20240102000000"));
        cliTable(db);
        cliApplied(db, "20240101000000", "gone", "ARRAY['select 1']");
        assertEquals(MigrationState.MISSING_FILE, harness(db).stateOf("20240101000000"));
    }

    @Test
    void anOldTableWithoutTheLaterColumnsIsReadAndItsGapsReported(TestDatabase db) throws Exception {
        db.execute(CLI_DDL.get(0));
        db.execute(CLI_DDL.get(1));
        db.execute("ALTER TABLE supabase_migrations.schema_migrations ADD COLUMN inserted_at timestamptz DEFAULT now()");
        db.execute("INSERT INTO supabase_migrations.schema_migrations(version) VALUES ('20240101000000')");
        new MigrationFolder(dir).file("20240101000000_users.sql", "create table users (id int);");
        Report report = harness(db).status();
        assertEquals(MigrationState.APPLIED, row(report, "20240101000000").state());
        List<String> problems = report.findings().stream()
                .filter(f -> f.code() == FindingCode.TRACKING_TABLE_UNEXPECTED).map(Finding::message).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("lacks the column 'statements'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'inserted_at'")), problems.toString());
    }

    @Test
    void aTableWithoutAVersionColumnIsRefusedByName(TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA supabase_migrations");
        db.execute("CREATE TABLE supabase_migrations.schema_migrations (id int)");
        new MigrationFolder(dir).file("1_a.sql", "select 1;");
        TrackingTableException e = assertThrows(TrackingTableException.class, () -> harness(db).status());
        assertTrue(e.getMessage().contains("no 'version' column"), e.getMessage());
    }

    static void copy(String resource, Path to) throws Exception {
        Path from = Path.of(SupabaseStatusTest.class.getResource(resource).toURI());
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
