package io.migrascope.core.tool.flyway;

import static io.migrascope.core.tool.flyway.FlywayHarness.codes;
import static io.migrascope.core.tool.flyway.FlywayHarness.row;
import static io.migrascope.core.tool.flyway.FlywayHarness.stateOf;
import static io.migrascope.core.tool.flyway.FlywayHarness.states;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Flyway 13.12 (Maven) writes a state, Migrascope reads it as Flyway does; Migrascope
 * repairs or applies, and Flyway's own validate, info and migrate are content afterwards.
 */
@ExtendWith(PostgresExtension.class)
class FlywayInteropTest {
    @TempDir
    Path dir;

    private MigrationFolder threeTables() {
        return threeTables(dir);
    }

    static MigrationFolder threeTables(Path dir) {
        return new MigrationFolder(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n")
                .file("V2__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\n")
                .file("V3__invoices.sql", "CREATE TABLE invoices (id bigint PRIMARY KEY);\n");
    }

    @Test
    void whatFlywayMigratesIsAppliedAndInSync(TestDatabase db) throws Exception {
        threeTables().file("R__user_count.sql", "CREATE OR REPLACE VIEW user_count AS SELECT count(*) FROM users;\n");
        RealFlyway.of(db, dir).migrate();
        Report report = new FlywayHarness(db, dir).status();
        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 APPLIED", "R__user count APPLIED"), states(report));
        assertEquals(List.of(), codes(report));
        assertEquals(0, report.exitCode());
        assertTrue(row(report, "2").evidence().get(0).contains("script V2__orders.sql"), row(report, "2").evidence().toString());
    }

    @Test
    void anEditedAppliedFileFailsFlywaysValidateAndIsDrifted(TestDatabase db) throws Exception {
        MigrationFolder folder = threeTables();
        Flyway flyway = RealFlyway.of(db, dir);
        flyway.migrate();
        folder.file("V2__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\n");
        String error = RealFlyway.validateError(flyway);
        assertTrue(error.contains("Migration checksum mismatch for migration version 2"), error);
        Report report = new FlywayHarness(db, dir).status();
        assertEquals("DRIFTED", stateOf(report, "2"));
        assertTrue(codes(report).contains("CHECKSUM_DRIFT"));
        assertEquals(2, report.exitCode());
    }

    @Test
    void aFailedNonTransactionalMigrationIsFailedAndRollingItBackContentsFlyway(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint, email text);\n")
                .file("V2__email_index.sql", "CREATE INDEX CONCURRENTLY users_email ON users (emali);\n");
        Flyway flyway = RealFlyway.withSessionLock(db, dir);
        assertThrows(RuntimeException.class, flyway::migrate);
        assertEquals(List.of("f"), db.column("SELECT success FROM flyway_schema_history WHERE version = '2'"),
                "Flyway recorded the failure");
        assertTrue(RealFlyway.validateError(flyway).contains("Detected failed migration to version 2"));

        FlywayHarness migrascope = new FlywayHarness(db, dir);
        Report report = migrascope.status();
        assertEquals("FAILED", stateOf(report, "2"));
        assertTrue(codes(report).contains("FAILED_MIGRATION"));

        migrascope.repair(ActionKind.MARK_ROLLED_BACK, "2");
        assertEquals(List.of("1 true"), db.column("SELECT version || ' ' || success FROM flyway_schema_history"),
                "only the failed row went");
        assertEquals("PENDING", stateOf(migrascope.status(), "2"));
        String error = RealFlyway.validateError(flyway);
        assertTrue(error.contains("Detected resolved migration not applied to database: 2"), error);
        assertTrue(!error.contains("failed migration"), error);

        folder.file("V2__email_index.sql", "CREATE INDEX CONCURRENTLY users_email ON users (email);\n");
        flyway.migrate();
        assertNull(RealFlyway.validateError(flyway));
        assertEquals(List.of("1 APPLIED", "2 APPLIED"), states(migrascope.status()));
    }

    @Test
    void aMissingFileIsMarkedDeletedAsFlywaysRepairWould(TestDatabase db) throws Exception {
        MigrationFolder folder = threeTables();
        Flyway flyway = RealFlyway.of(db, dir);
        flyway.migrate();
        folder.delete("V2__orders.sql");
        assertTrue(RealFlyway.validateError(flyway).contains("Detected applied migration not resolved locally: 2"));
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        assertEquals("MISSING_FILE", stateOf(migrascope.status(), "2"));

        migrascope.repair(ActionKind.DELETE_TRACKING_ROW, "2");
        assertNull(RealFlyway.validateError(flyway));
        assertEquals("DELETED", RealFlyway.stateOf(flyway, "V2__orders.sql"));
        assertEquals(List.of("1 SQL", "2 SQL", "3 SQL", "2 DELETE"),
                db.column("SELECT version || ' ' || type FROM flyway_schema_history ORDER BY installed_rank"),
                "the applied row stays; a DELETE marker follows it");
        Report report = migrascope.status();
        assertEquals(List.of("1 APPLIED", "3 APPLIED"), states(report));
        assertEquals(0, report.exitCode());
    }

    @Test
    void migrascopeWritesTheSameDeleteMarkersAsFlywaysRepair(TestDatabase db) throws Exception {
        MigrationFolder folder = threeTables()
                .file("R__user_count.sql", "CREATE OR REPLACE VIEW user_count AS SELECT count(*) FROM users;\n")
                .file("V4__last.sql", "SELECT 1;\n");
        RealFlyway.of(db, dir).migrate();
        folder.delete("V2__orders.sql").delete("R__user_count.sql");
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        migrascope.repair(ActionKind.DELETE_TRACKING_ROW, "2");
        migrascope.repair(ActionKind.DELETE_TRACKING_ROW, "R__user count");
        String markers = "SELECT row(installed_rank, version, description, type, script, checksum, installed_by,"
                + " execution_time, success)::text FROM flyway_schema_history WHERE type = 'DELETE' ORDER BY installed_rank";
        List<String> ours = db.column(markers);
        assertEquals(2, ours.size());
        db.execute("DELETE FROM flyway_schema_history WHERE type = 'DELETE'");
        RealFlyway.of(db, dir).repair();
        assertEquals(db.column(markers), ours);
    }

    @Test
    void flywaysBaselineIsBaselineAndWhatItCoversIsSettled(TestDatabase db) throws Exception {
        threeTables();
        Flyway flyway = RealFlyway.configure(db, dir).baselineVersion("2").load();
        flyway.baseline();
        assertEquals("BELOW_BASELINE", RealFlyway.stateOf(flyway, "V1__users.sql"));
        Report report = new FlywayHarness(db, dir).status();
        assertEquals(List.of("1 BASELINE", "2 BASELINE", "3 PENDING"), states(report));
        assertTrue(row(report, "1").evidence().toString().contains("below the baseline at version 2"));
        assertEquals(1, report.exitCode(), "only pending");
    }

    @Test
    void migrascopeAppliesAndFlywayAcceptsEveryRow(TestDatabase db) throws Exception {
        threeTables()
                .file("V4__index.sql", "CREATE INDEX CONCURRENTLY users_id ON users (id);\n")
                .file("V5__" + "long_".repeat(44) + "name.sql", "CREATE TABLE long_named (id int);\n")
                .file("R__user_count.sql", "CREATE OR REPLACE VIEW user_count AS SELECT count(*) FROM users;\n");
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        assertEquals(6, migrascope.apply().size());
        Flyway flyway = RealFlyway.of(db, dir);
        assertNull(RealFlyway.validateError(flyway));
        assertEquals(0, RealFlyway.pendingCount(flyway));
        assertTrue(RealFlyway.states(flyway).stream().allMatch(s -> s.endsWith(" SUCCESS")), RealFlyway.states(flyway).toString());
        assertEquals(0, flyway.migrate().migrationsExecuted);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), db.column("SELECT installed_rank FROM flyway_schema_history"
                + " WHERE installed_by = current_user AND type = 'SQL' AND success ORDER BY installed_rank"));
        assertEquals(List.of("200"), db.column("SELECT length(description) FROM flyway_schema_history WHERE version = '5'"));
    }

    @Test
    void migrascopeWritesTheRowsFlywayWouldForTheSameFiles(TestDatabase db) throws Exception {
        threeTables().file("V4__" + "long_".repeat(44) + "name.sql", "SELECT 1;\n")
                .file("R__user_count.sql", "CREATE OR REPLACE VIEW user_count AS SELECT count(*) FROM users;\n");
        String rows = "SELECT installed_rank || '|' || coalesce(version, '-') || '|' || description || '|' || type"
                + " || '|' || script || '|' || checksum || '|' || installed_by || '|' || success"
                + " FROM flyway_schema_history ORDER BY installed_rank";
        new FlywayHarness(db, dir).apply();
        List<String> ours = db.column(rows);
        db.execute("DROP TABLE flyway_schema_history; DROP VIEW user_count; DROP TABLE invoices, orders, users");
        RealFlyway.of(db, dir).migrate();
        assertEquals(db.column(rows), ours);
    }

    @Test
    void theLockIsFlywaysOwn(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("V1__slow.sql", "SELECT pg_sleep(3);\n");
        long expected = ((LockSpec.Advisory) new FlywayHarness(db, dir).writer().lock()).key();
        Thread migrate = new Thread(() -> RealFlyway.of(db, dir).migrate());
        migrate.start();
        List<String> held = List.of();
        while (held.isEmpty() && migrate.isAlive()) {
            Thread.sleep(50);
            held = db.column("SELECT (classid::bigint << 32) | objid::bigint FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND granted AND objsubid = 1"
                    + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        }
        migrate.join();
        assertEquals(List.of(Long.toString(expected)), held, "the advisory lock Flyway holds while it migrates");
        assertEquals(77433833903597L, expected, "the reference's example key for \"public\".\"flyway_schema_history\"");
    }

    @Test
    void realigningACosmeticChangeContentsFlywaysValidate(TestDatabase db) throws Exception {
        MigrationFolder folder = threeTables();
        Flyway flyway = RealFlyway.of(db, dir);
        flyway.migrate();
        folder.file("V2__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);   \r\n\t\n");
        assertTrue(RealFlyway.validateError(flyway).contains("checksum mismatch for migration version 2"));
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        assertEquals("DRIFTED_COSMETIC", stateOf(migrascope.status(), "2"));
        migrascope.repair(ActionKind.REALIGN_CHECKSUM, "2");
        assertNull(RealFlyway.validateError(flyway));
        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 APPLIED"), states(migrascope.status()));
    }

    @Test
    void aMigrationMarkedAppliedIsSuccessToFlywayAndMigrateSkipsIt(TestDatabase db) throws Exception {
        MigrationFolder folder = threeTables();
        Flyway flyway = RealFlyway.of(db, dir);
        flyway.migrate();
        folder.file("V4__made_by_hand.sql", "CREATE TABLE made_by_hand (id int);\n");
        db.execute("CREATE TABLE made_by_hand (id int)");
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        migrascope.repair(ActionKind.MARK_APPLIED, "4");
        assertEquals("SUCCESS", RealFlyway.stateOf(flyway, "V4__made_by_hand.sql"));
        assertEquals(0, flyway.migrate().migrationsExecuted, "Flyway would fail on the existing table if it ran it");
        assertNull(RealFlyway.validateError(flyway));
        assertEquals("APPLIED", stateOf(migrascope.status(), "4"));
    }

    @Test
    void markAppliedWritesWhatFlywaysSkipExecutingMigrationsRecords(TestDatabase db) throws Exception {
        threeTables();
        String rows = "SELECT installed_rank || '|' || version || '|' || description || '|' || type || '|' || script"
                + " || '|' || checksum || '|' || installed_by || '|' || execution_time || '|' || success"
                + " FROM flyway_schema_history ORDER BY installed_rank";
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        for (String v : List.of("1", "2", "3")) {
            migrascope.repair(ActionKind.MARK_APPLIED, v);
        }
        List<String> ours = db.column(rows);
        db.execute("DROP TABLE flyway_schema_history");
        RealFlyway.configure(db, dir).skipExecutingMigrations(true).load().migrate();
        assertEquals(db.column(rows), ours);
    }
}
