package io.migrascope.core.tool.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.UnsupportedRepairException;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrascope's writes to _prisma_migrations, run through the real repair and apply executors, leave
 * exactly the rows Prisma's engine leaves for the same command — compared row by row with a second
 * database where {@link PrismaEngineRows} replays the engine's statements. (The engine cannot run
 * here; see PrismaEngineRows.)
 */
@ExtendWith(PostgresExtension.class)
class PrismaRepairTest {
    private static final String NAME = "20250203180200_revenue_system_versions";
    private static final String SQL = "CREATE TABLE IF NOT EXISTS revenue_system_versions (id serial PRIMARY KEY);\n";
    /** What makes two rows the same kind of row; ids and times differ by nature. */
    private static final String SHAPE = "SELECT migration_name || ' | ' || checksum || ' | logs=' || coalesce(quote_literal(logs), 'NULL')"
            + " || ' | steps=' || applied_steps_count || ' | finished=' || (finished_at IS NOT NULL)"
            + " || ' | rolled_back=' || (rolled_back_at IS NOT NULL) || ' | started=finished ' || (started_at = finished_at)"
            + " || ' | uuid ' || (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')"
            + " FROM _prisma_migrations ORDER BY started_at, migration_name";
    @TempDir
    Path dir;

    private ToolRun run(TestDatabase db) throws Exception {
        Path d = Files.createDirectories(dir.resolve(NAME));
        Files.writeString(d.resolve("migration.sql"), SQL);
        return new ToolRun(new PrismaTool(), dir, db);
    }

    @Test
    void markAppliedIsResolveAppliedRowForRowAndTheSecondTimeIsP3008(TestDatabase mine, TestDatabase prismas)
            throws Exception {
        ToolRun migrascope = run(mine);
        new PrismaEngineRows(mine).failed(NAME, SQL, "relation already exists");
        PrismaEngineRows engine = new PrismaEngineRows(prismas);
        engine.failed(NAME, SQL, "relation already exists");

        migrascope.repair(ActionKind.MARK_APPLIED, NAME);
        engine.resolveApplied(NAME, SQL);

        assertEquals(prismas.column(SHAPE), mine.column(SHAPE));
        assertEquals(MigrationState.APPLIED, migrascope.row(NAME).state());
        List<String> refused = migrascope.plan(ActionKind.MARK_APPLIED, NAME).blockers();
        assertTrue(refused.toString().contains("P3008") || refused.toString().contains("APPLIED"), refused.toString());
        UnsupportedRepairException e = assertThrows(UnsupportedRepairException.class, () -> new PrismaTool()
                .writer("public", mine.name()).markApplied(migrascope.row(NAME), migrascope.status()));
        assertTrue(e.getMessage().startsWith("P3008: The migration `" + NAME + "` is already recorded as applied"),
                e.getMessage());
    }

    @Test
    void baseliningAFreshDatabaseCreatesPrismasTableAndTheZeroInitIsTheBaseline(TestDatabase mine, TestDatabase prismas)
            throws Exception {
        Path d = Files.createDirectories(dir.resolve("0_init"));
        Files.writeString(d.resolve("migration.sql"), SQL);
        ToolRun migrascope = new ToolRun(new PrismaTool(), dir, mine);
        migrascope.repair(ActionKind.MARK_APPLIED, "0_init");
        new PrismaEngineRows(prismas).resolveApplied("0_init", SQL);

        String columns = "SELECT column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '-')"
                + " || ' ' || is_nullable || ' ' || coalesce(column_default, '-') FROM information_schema.columns"
                + " WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position";
        assertEquals(prismas.column(columns), mine.column(columns));
        assertEquals(prismas.column(SHAPE), mine.column(SHAPE));
        assertEquals(MigrationState.BASELINE, migrascope.row("0_init").state());
    }

    @Test
    void markRolledBackIsResolveRolledBackAndRefusesWhatPrismaRefuses(TestDatabase mine, TestDatabase prismas)
            throws Exception {
        ToolRun migrascope = run(mine);
        new PrismaEngineRows(mine).failed(NAME, SQL, "boom");
        PrismaEngineRows engine = new PrismaEngineRows(prismas);
        engine.failed(NAME, SQL, "boom");

        migrascope.repair(ActionKind.MARK_ROLLED_BACK, NAME);
        engine.resolveRolledBack(NAME);
        assertEquals(prismas.column(SHAPE), mine.column(SHAPE));
        assertEquals(MigrationState.ROLLED_BACK, migrascope.row(NAME).state());

        var writer = new PrismaTool().writer("public", mine.name());
        mine.execute("DELETE FROM _prisma_migrations");
        UnsupportedRepairException never = assertThrows(UnsupportedRepairException.class,
                () -> writer.markRolledBack(migrascope.row(NAME), migrascope.status()));
        assertTrue(never.getMessage().startsWith("P3011: Migration `" + NAME + "` cannot be rolled back because it was"
                + " never applied"), never.getMessage());
        PrismaEngineRows.existing(mine).deployed(NAME, SQL);
        UnsupportedRepairException succeeded = assertThrows(UnsupportedRepairException.class,
                () -> writer.markRolledBack(migrascope.row(NAME), migrascope.status()));
        assertTrue(succeeded.getMessage().startsWith("P3012: Migration `" + NAME + "` cannot be rolled back because it is"
                + " not in a failed state"), succeeded.getMessage());
    }

    @Test
    void applyLeavesTheRowDeployLeaves(TestDatabase mine, TestDatabase prismas) throws Exception {
        ToolRun migrascope = run(mine);
        migrascope.apply();
        new PrismaEngineRows(prismas).deployed(NAME, SQL);
        assertEquals(prismas.column(SHAPE), mine.column(SHAPE));
        assertEquals(List.of("t"), mine.column("SELECT started_at <= finished_at FROM _prisma_migrations"));
        assertTrue(mine.tableExists("public.revenue_system_versions"));
        assertEquals(MigrationState.APPLIED, migrascope.row(NAME).state());
    }

    @Test
    void deleteRowRemovesEveryRowOfTheNameAndRealignFixesACosmeticEdit(TestDatabase db) throws Exception {
        ToolRun migrascope = run(db);
        PrismaEngineRows engine = new PrismaEngineRows(db);
        engine.failed(NAME, SQL, "boom");
        engine.resolveRolledBack(NAME);
        engine.deployed(NAME, SQL);
        migrascope.repair(ActionKind.DELETE_TRACKING_ROW, NAME);
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM _prisma_migrations"));
        assertEquals(MigrationState.PENDING, migrascope.row(NAME).state());

        engine.deployed(NAME, SQL.strip());
        assertEquals(MigrationState.DRIFTED_COSMETIC, migrascope.row(NAME).state());
        migrascope.repair(ActionKind.REALIGN_CHECKSUM, NAME);
        assertEquals(MigrationState.APPLIED, migrascope.row(NAME).state());
        assertEquals(List.of(PrismaEngineRows.checksum(SQL)), db.column("SELECT checksum FROM _prisma_migrations"));
    }

    @Test
    void whilePrismaHoldsItsAdvisoryLockMigrascopeDoesNotWrite(TestDatabase db) throws Exception {
        ToolRun migrascope = run(db);
        try (Connection prisma = db.connect(); Statement st = prisma.createStatement()) {
            st.execute("SELECT pg_advisory_lock(72707369)"); // flavour/postgres.rs acquire_lock
            LockHeldException e = assertThrows(LockHeldException.class, migrascope::apply);
            assertTrue(e.getMessage().contains("Prisma"), e.getMessage());
        }
        assertEquals(1, migrascope.apply().size());
        Report after = migrascope.status();
        assertEquals(MigrationState.APPLIED, after.rows().get(0).state());
    }
}
