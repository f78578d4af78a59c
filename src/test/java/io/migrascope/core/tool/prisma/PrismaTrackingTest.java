package io.migrascope.core.tool.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * States read from _prisma_migrations rows exactly as Prisma's engine writes them (see
 * {@link PrismaEngineRows}; the engine itself cannot run on this machine), on a real PostgreSQL.
 */
@ExtendWith(PostgresExtension.class)
class PrismaTrackingTest {
    private static final String INIT = "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL);\n";
    private static final String REVENUE = "CREATE TABLE revenue_system_versions (id serial PRIMARY KEY);\n";
    @TempDir
    Path dir;

    private void file(String name, String sql) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("migration.sql"), sql);
    }

    private ToolRun run(TestDatabase db) {
        return new ToolRun(new PrismaTool(), dir, db);
    }

    @Test
    void deployedMigrationsAreAppliedAndUnappliedOnesPendingWhateverTheirPlace(TestDatabase db) throws Exception {
        file("20240101000000_init", INIT);
        file("20240102000000_older_branch", "CREATE TABLE a (id int);\n");
        file("20240103000000_newer", "CREATE TABLE b (id int);\n");
        PrismaEngineRows prisma = new PrismaEngineRows(db);
        prisma.deployed("20240101000000_init", INIT);
        prisma.deployed("20240103000000_newer", "CREATE TABLE b (id int);\n");
        Report r = run(db).status();
        assertEquals(MigrationState.APPLIED, state(r, "20240101000000_init"));
        assertEquals(MigrationState.APPLIED, state(r, "20240103000000_newer"));
        // apply_migrations.rs applies any name without a non-rolled-back row, older or not.
        assertEquals(MigrationState.PENDING, state(r, "20240102000000_older_branch"));
        MigrationRow init = find(r, "20240101000000_init");
        assertEquals(1000L, init.tracked().executionTimeMs(), "finished_at - started_at of the deploy row");
    }

    @Test
    void aFailedDeployIsFailedWithItsLogsAndTheSeedsResolveAppliedMakesItApplied(TestDatabase db) throws Exception {
        file("20250203180200_revenue_system_versions", REVENUE);
        PrismaEngineRows prisma = new PrismaEngineRows(db);
        prisma.failed("20250203180200_revenue_system_versions", REVENUE,
                "Database error code: 42P07\n\nDatabase error:\nERROR: relation \"revenue_system_versions\" already exists");
        MigrationRow failed = run(db).row("20250203180200_revenue_system_versions");
        assertEquals(MigrationState.FAILED, failed.state());
        assertTrue(String.join("\n", failed.evidence()).contains("42P07"), failed.evidence().toString());

        prisma.resolveApplied("20250203180200_revenue_system_versions", REVENUE);
        MigrationRow resolved = run(db).row("20250203180200_revenue_system_versions");
        assertEquals(MigrationState.APPLIED, resolved.state(), resolved.evidence().toString());
        assertTrue(resolved.evidence().toString().contains("resolve --applied"), resolved.evidence().toString());
    }

    @Test
    void aFixedAndRetriedMigrationIsAppliedButMigrateDevWouldCallItModified(TestDatabase db) throws Exception {
        String fixed = "CREATE TABLE IF NOT EXISTS revenue_system_versions (id serial PRIMARY KEY);\n";
        file("20250203180200_revenue_system_versions", fixed);
        PrismaEngineRows prisma = new PrismaEngineRows(db);
        prisma.failed("20250203180200_revenue_system_versions", REVENUE, "relation already exists");
        prisma.resolveRolledBack("20250203180200_revenue_system_versions");
        prisma.deployed("20250203180200_revenue_system_versions", fixed);
        Report r = run(db).status();
        assertEquals(MigrationState.APPLIED, state(r, "20250203180200_revenue_system_versions"));
        assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("was modified after it was applied")),
                r.findings().toString());
    }

    @Test
    void onlyRolledBackRowsAreRolledBackAndDeployWouldRunItAgain(TestDatabase db) throws Exception {
        file("20240101000000_init", INIT);
        PrismaEngineRows prisma = new PrismaEngineRows(db);
        prisma.failed("20240101000000_init", INIT, "boom");
        prisma.resolveRolledBack("20240101000000_init");
        MigrationRow row = run(db).row("20240101000000_init");
        assertEquals(MigrationState.ROLLED_BACK, row.state());
        assertTrue(row.evidence().toString().contains("runs it again"), row.evidence().toString());
    }

    @Test
    void aFailedRowBesideASuccessfulOneStillBlocksDeploySoItIsFailed(TestDatabase db) throws Exception {
        file("20240101000000_init", INIT);
        PrismaEngineRows prisma = new PrismaEngineRows(db);
        prisma.deployed("20240101000000_init", INIT);
        prisma.failed("20240101000000_init", INIT, "a second attempt by hand");
        MigrationRow row = run(db).row("20240101000000_init");
        assertEquals(MigrationState.FAILED, row.state());
        assertTrue(row.evidence().toString().contains(PrismaHistory.ALSO_FINISHED), row.evidence().toString());
    }

    @Test
    void aZeroInitResolvedAsAppliedIsTheBaseline(TestDatabase db) throws Exception {
        file("0_init", INIT);
        file("20240101000000_second", "CREATE TABLE b (id int);\n");
        PrismaEngineRows prisma = new PrismaEngineRows(db);
        prisma.resolveApplied("0_init", INIT);
        prisma.resolveApplied("20240101000000_second", "CREATE TABLE b (id int);\n");
        Report r = run(db).status();
        assertEquals(MigrationState.BASELINE, state(r, "0_init"));
        assertEquals(MigrationState.APPLIED, state(r, "20240101000000_second"));
    }

    @Test
    void checksumsFollowPrismasRulesAndDriftSaysDeployWouldNotNotice(TestDatabase db) throws Exception {
        file("1_crlf", "CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n");
        file("2_spaces", "CREATE TABLE c (id int);   \n");
        file("3_edited", "CREATE TABLE d (id bigint);\n");
        file("4_legacy", "CREATE TABLE e (id int);\n");
        PrismaEngineRows prisma = new PrismaEngineRows(db);
        prisma.deployed("1_crlf", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
        prisma.deployed("2_spaces", "CREATE TABLE c (id int);\n");
        prisma.deployed("3_edited", "CREATE TABLE d (id int);\n");
        prisma.deployedWithLegacyChecksum("4_legacy", "CREATE TABLE e (id int);\n");
        Report r = run(db).status();
        assertEquals(MigrationState.APPLIED, state(r, "1_crlf"), "Prisma accepts other line endings");
        assertEquals(MigrationState.DRIFTED_COSMETIC, state(r, "2_spaces"));
        assertEquals(MigrationState.DRIFTED, state(r, "3_edited"));
        assertTrue(find(r, "3_edited").evidence().toString().contains("deploy never compares checksums"));
        assertEquals(MigrationState.APPLIED, state(r, "4_legacy"), "prisma-engines #1887");
    }

    @Test
    void aRowWithoutAFolderIsMissing(TestDatabase db) throws Exception {
        file("20240101000000_init", INIT);
        PrismaEngineRows prisma = new PrismaEngineRows(db);
        prisma.deployed("20240101000000_init", INIT);
        prisma.deployed("20231231000000_deleted", "SELECT 1;");
        assertEquals(MigrationState.MISSING_FILE, state(run(db).status(), "20231231000000_deleted"));
    }

    @Test
    void aTableWithoutPrismasColumnsIsRefusedByNameAndAnExtraColumnIsAFinding(TestDatabase db) throws Exception {
        file("20240101000000_init", INIT);
        db.execute("CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY, checksum varchar(64), migration_name text)");
        TrackingTableException e = assertThrows(TrackingTableException.class, () -> run(db).status());
        assertTrue(e.getMessage().contains("finished_at") && e.getMessage().contains("applied_steps_count"), e.getMessage());

        db.execute("DROP TABLE _prisma_migrations");
        new PrismaEngineRows(db).deployed("20240101000000_init", INIT);
        db.execute("ALTER TABLE _prisma_migrations ADD COLUMN deployed_by text");
        Report r = run(db).status();
        assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("deployed_by")), r.findings().toString());
        assertEquals(MigrationState.APPLIED, state(r, "20240101000000_init"));
    }

    private static MigrationState state(Report r, String name) {
        return find(r, name).state();
    }

    private static MigrationRow find(Report r, String name) {
        return r.rows().stream().filter(m -> m.version().text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + r.rows()));
    }
}
