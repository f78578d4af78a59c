package io.migrascope.core.tool.dbmate;

import static io.migrascope.core.tool.supabase.ToolHarness.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.supabase.ToolHarness;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * dbmate states on a real PostgreSQL, written with the statements dbmate 2.28.0 sends (seen in the
 * server's statement log: {@code create table if not exists public.schema_migrations (version varchar
 * primary key)}, {@code insert into public.schema_migrations (version) values ($1)}). DbmateInteropTest
 * has the real dbmate write and read the same states.
 */
@ExtendWith(PostgresExtension.class)
class DbmateStatusTest {
    static final String DDL = "create table if not exists public.schema_migrations (version varchar primary key)";

    @TempDir
    Path dir;
    @TempDir
    Path journal;

    static String file(String table) {
        return "-- migrate:up\ncreate table " + table + " (id int);\n\n-- migrate:down\ndrop table " + table + ";\n";
    }

    private Report status(TestDatabase db) throws Exception {
        return new ToolHarness(new DbmateTool(), db, dir, journal).status();
    }

    static void applied(TestDatabase db, String... versions) throws Exception {
        db.execute(DDL);
        for (String v : versions) {
            db.execute("insert into public.schema_migrations (version) values ('" + v + "')");
        }
    }

    @Test
    void anOlderUntrackedFileIsPendingBecauseDbmateAppliesItAnyway(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", file("users"))
                .file("20240102000000_merged_late.sql", file("late"))
                .file("20240103000000_orders.sql", file("orders"));
        db.execute("create table users (id int); create table orders (id int);");
        applied(db, "20240101000000", "20240103000000");
        Report report = status(db);
        assertEquals(MigrationState.APPLIED, row(report, "20240101000000").state());
        assertEquals(MigrationState.PENDING, row(report, "20240102000000").state(),
                "dbmate up runs it (only --strict refuses), so it is not out of order");
        assertEquals(1, report.exitCode(), report.findings().toString());
    }

    @Test
    void versionsAreTextSo001And1AreDifferentMigrations(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("1_users.sql", file("users"));
        applied(db, "001");
        Report report = status(db);
        assertEquals(MigrationState.MISSING_FILE, row(report, "001").state());
        assertEquals(MigrationState.PENDING, row(report, "1").state());
    }

    @Test
    void twoFilesWithTheSameDigitsAreADuplicate(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", file("users"))
                .file("20240101000000_accounts.sql", file("accounts"));
        Report report = status(db);
        assertEquals(MigrationState.DUPLICATE, row(report, "20240101000000").state());
        assertTrue(report.findings().stream().anyMatch(f -> f.code() == FindingCode.DUPLICATE_VERSION
                && f.message().contains("20240101000000_accounts.sql") && f.message().contains("20240101000000_users.sql")));
    }

    @Test
    void aGolangMigrateTableReadAsDbmatesSaysWhatItProbablyIs(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("1_users.sql", file("users"));
        db.execute("create table schema_migrations (version bigint not null primary key, dirty boolean not null)");
        Report report = status(db);
        assertTrue(report.findings().stream().anyMatch(f -> f.code() == FindingCode.TRACKING_TABLE_UNEXPECTED
                && f.message().contains("--tool golang-migrate")), report.findings().toString());
    }

    @Test
    void aTableWithoutVersionIsRefusedByName(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("1_users.sql", file("users"));
        db.execute("create table schema_migrations (id int)");
        TrackingTableException e = assertThrows(TrackingTableException.class, () -> status(db));
        assertTrue(e.getMessage().contains("no 'version' column"), e.getMessage());
    }
}
