package io.migrascope.core.tool.drizzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.Checksums;
import io.migrascope.core.tool.UnsupportedRepairException;
import io.migrascope.core.tool.prisma.ToolRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * States and repairs on rows written the way drizzle-orm's migrator writes them (pg-core/dialect.ts
 * migrate(): its CREATE SCHEMA, CREATE TABLE and insert), in the default suite; DrizzleInteropTest
 * runs the real migrator against the same code.
 */
@ExtendWith(PostgresExtension.class)
class DrizzleTrackingTest {
    private static final long T0 = 1_700_000_000_000L;
    @TempDir
    Path dir;

    private DrizzleProject project() throws Exception {
        return new DrizzleProject(dir.resolve("drizzle"))
                .entry("0000_users", T0, "CREATE TABLE users (id int);")
                .entry("0001_orders", T0 + 1000, "CREATE TABLE orders (id int);")
                .entry("0002_notes", T0 + 2000, "CREATE TABLE notes (id int);");
    }

    /** What drizzle's migrate() runs before it reads, and the row it inserts per migration. */
    private static void drizzleRow(TestDatabase db, Path file, long when) throws Exception {
        db.execute("CREATE SCHEMA IF NOT EXISTS \"drizzle\"");
        db.execute("CREATE TABLE IF NOT EXISTS \"drizzle\".\"__drizzle_migrations\" (id SERIAL PRIMARY KEY, hash text NOT NULL,"
                + " created_at bigint)");
        String hash = Checksums.sha256(Files.readAllBytes(file));
        db.execute("insert into \"drizzle\".\"__drizzle_migrations\" (\"hash\", \"created_at\") values('" + hash + "', " + when + ")");
    }

    private ToolRun run(TestDatabase db) {
        return new ToolRun(new DrizzleTool(), dir, db);
    }

    @Test
    void rowsAreTiedToEntriesByCreatedAtAndAStrangerIsAMissingFile(TestDatabase db) throws Exception {
        DrizzleProject p = project();
        drizzleRow(db, p.out().resolve("0000_users.sql"), T0);
        drizzleRow(db, p.out().resolve("0001_orders.sql"), T0 + 1000);
        db.execute("insert into drizzle.__drizzle_migrations (hash, created_at) values ('abc', 42)");
        Report r = run(db).status();
        assertEquals(MigrationState.APPLIED, state(r, "0000"));
        assertEquals(MigrationState.APPLIED, state(r, "0001"));
        assertEquals(MigrationState.PENDING, state(r, "0002"));
        assertEquals(MigrationState.MISSING_FILE, state(r, "created_at:42"));
    }

    @Test
    void anEntryNotNewerThanTheNewestRowIsOutOfOrderEvenWhenItComesLastInTheJournal(TestDatabase db) throws Exception {
        DrizzleProject p = project();
        drizzleRow(db, p.out().resolve("0000_users.sql"), T0);
        drizzleRow(db, p.out().resolve("0002_notes.sql"), T0 + 2000);
        p.entry("0003_same_time", T0 + 2000, "CREATE TABLE same_time (id int);");
        p.entry("0004_newer", T0 + 3000, "CREATE TABLE newer (id int);");
        Report r = run(db).status();
        MigrationRow orders = row(r, "0001");
        assertEquals(MigrationState.OUT_OF_ORDER, orders.state());
        assertTrue(orders.evidence().get(0).startsWith("drizzle will never apply this: its journal time " + (T0 + 1000)
                + " ("), orders.evidence().toString());
        assertTrue(orders.evidence().get(0).contains("is older than the last applied migration's created_at " + (T0 + 2000)));
        assertTrue(row(r, "0003").evidence().get(0).contains("is the same as"), "drizzle needs a strictly later time");
        assertEquals(MigrationState.PENDING, state(r, "0004"));
    }

    @Test
    void aChangedFileIsDriftThatDrizzleItselfNeverNotices(TestDatabase db) throws Exception {
        DrizzleProject p = project();
        drizzleRow(db, p.out().resolve("0000_users.sql"), T0);
        drizzleRow(db, p.out().resolve("0001_orders.sql"), T0 + 1000);
        Files.writeString(p.out().resolve("0000_users.sql"), "CREATE TABLE users (id bigint);");
        Files.writeString(p.out().resolve("0001_orders.sql"), "CREATE TABLE orders (id int);\r\n");
        Report r = run(db).status();
        assertEquals(MigrationState.DRIFTED, state(r, "0000"));
        assertTrue(row(r, "0000").evidence().toString().contains("drizzle itself does not check hashes"));
        assertEquals(MigrationState.DRIFTED_COSMETIC, state(r, "0001"));
    }

    @Test
    void theBetaColumnsAreReadAndAStrangeColumnIsAFinding(TestDatabase db) throws Exception {
        DrizzleProject p = project();
        drizzleRow(db, p.out().resolve("0000_users.sql"), T0);
        db.execute("ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN IF NOT EXISTS name text,"
                + " ADD COLUMN IF NOT EXISTS applied_at timestamptz DEFAULT now(), ADD COLUMN checked_by text");
        db.execute("UPDATE drizzle.__drizzle_migrations SET name = '0000_users', applied_at = '2024-05-01T10:00:00Z'");
        Report r = run(db).status();
        MigrationRow users = row(r, "0000");
        assertEquals(MigrationState.APPLIED, users.state());
        assertEquals("0000_users", users.tracked().name());
        assertEquals(java.time.Instant.parse("2024-05-01T10:00:00Z"), users.tracked().appliedAt());
        assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("checked_by")), r.findings().toString());
    }

    @Test
    void markAppliedWritesDrizzlesRowAndTheOtherRepairsAreWhatDrizzleAllows(TestDatabase db) throws Exception {
        DrizzleProject p = project();
        ToolRun migrascope = run(db);
        migrascope.repair(ActionKind.MARK_APPLIED, "0000");
        assertEquals(List.of(Checksums.sha256(Files.readAllBytes(p.out().resolve("0000_users.sql"))) + " " + T0),
                db.column("SELECT hash || ' ' || created_at FROM drizzle.__drizzle_migrations"));
        assertEquals(MigrationState.APPLIED, migrascope.row("0000").state());

        UnsupportedRepairException e = assertThrows(UnsupportedRepairException.class, () -> new DrizzleTool()
                .writer("drizzle", db.name()).markRolledBack(migrascope.row("0000"), migrascope.status()));
        assertTrue(e.getMessage().startsWith("Drizzle has no rolled-back or failed state"), e.getMessage());

        Files.writeString(p.out().resolve("0000_users.sql"), "CREATE TABLE users (id int);\n");
        assertEquals(MigrationState.DRIFTED_COSMETIC, migrascope.row("0000").state());
        migrascope.repair(ActionKind.REALIGN_CHECKSUM, "0000");
        assertEquals(MigrationState.APPLIED, migrascope.row("0000").state());

        migrascope.repair(ActionKind.DELETE_TRACKING_ROW, "0000");
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM drizzle.__drizzle_migrations"));
    }

    @Test
    void applyRecordsEachFileWithItsJournalTime(TestDatabase db) throws Exception {
        project();
        assertEquals(3, run(db).apply().size());
        assertEquals(List.of(String.valueOf(T0), String.valueOf(T0 + 1000), String.valueOf(T0 + 2000)),
                db.column("SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY id"));
        assertTrue(db.tableExists("public.notes"));
        assertTrue(run(db).status().rows().stream().allMatch(m -> m.state() == MigrationState.APPLIED));
    }

    private static MigrationState state(Report r, String version) {
        return row(r, version).state();
    }

    private static MigrationRow row(Report r, String version) {
        return r.rows().stream().filter(m -> m.version().text().equals(version)).findFirst()
                .orElseThrow(() -> new AssertionError(version + " not in " + r.rows()));
    }
}
