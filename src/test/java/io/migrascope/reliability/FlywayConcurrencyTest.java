package io.migrascope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.Database;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrascope's apply and the real Flyway 13 {@code migrate} on one database at once. Migrascope
 * takes Flyway's own advisory lock, so whichever comes second waits for the first, and no file runs
 * twice.
 */
@ExtendWith(PostgresExtension.class)
class FlywayConcurrencyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> VERSIONS = List.of("1", "2", "3");

    @TempDir
    Path dir;

    private void folder(Gate gate) {
        new MigrationFolder(dir)
                .file("V1__t1.sql", "CREATE TABLE t1 (id bigint);\n")
                .file("V2__t2.sql", "CREATE TABLE t2 (id bigint);\n" + gate.statement() + "\nINSERT INTO t2 VALUES (2);\n")
                .file("V3__t3.sql", "CREATE TABLE t3 (id bigint);\n");
    }

    private Flyway flyway(TestDatabase db) {
        // Retries well beyond the time Migrascope holds the lock in these tests.
        return Flyway.configure().dataSource(db.url(), null, null).locations("filesystem:" + dir)
                .lockRetryCount(300).load();
    }

    private CliRun apply(TestDatabase db, String lockWait) {
        return CliRun.apply(db, dir, "--tool", "flyway", "--lock-wait", lockWait);
    }

    @Test
    void migrascopeRefusesAndThenWaitsWhileFlywayMigrates(TestDatabase db) throws Exception {
        MigrateResult flywayResult;
        CliRun waited;
        try (Gate gate = Gate.closed(db.url(), 57_201)) {
            folder(gate);
            CompletableFuture<MigrateResult> migrate = CompletableFuture.supplyAsync(() -> flyway(db).migrate());
            gate.awaitWaiter(PATIENCE);

            CliRun refused = apply(db, "1");
            assertEquals(2, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("(Flyway's lock) is locked by pid"), refused.err());
            assertEquals(List.of("f"), db.column("SELECT to_regclass('t3') IS NOT NULL"), "Migrascope ran nothing");

            CompletableFuture<CliRun> waiting = CompletableFuture.supplyAsync(() -> apply(db, "60"));
            LockSessions.awaitTriers(db.url(), Database.APPLICATION_NAME, true, 1, PATIENCE);
            gate.open();
            flywayResult = migrate.get();
            waited = waiting.get();
        }

        assertEquals(3, flywayResult.migrationsExecuted, "Flyway ran every file");
        assertEquals(0, waited.exitCode(), waited.toString());
        assertTrue(waited.out().contains("Waiting for the migration lock, held by pid"), waited.out());
        assertTrue(waited.out().contains("Not run again: V2__t2.sql, V3__t3.sql"), waited.out());
        assertEachVersionOnceAndFlywayContent(db);
    }

    @Test
    void flywayWaitsWhileMigrascopeApplies(TestDatabase db) throws Exception {
        CliRun ours;
        MigrateResult flywayResult;
        try (Gate gate = Gate.closed(db.url(), 57_202)) {
            folder(gate);
            CompletableFuture<CliRun> apply = CompletableFuture.supplyAsync(() -> apply(db, "10"));
            gate.awaitWaiter(PATIENCE);
            CompletableFuture<MigrateResult> migrate = CompletableFuture.supplyAsync(() -> flyway(db).migrate());
            LockSessions.awaitTriers(db.url(), Database.APPLICATION_NAME, false, 1, PATIENCE);
            gate.open();
            ours = apply.get();
            flywayResult = migrate.get();
        }

        assertEquals(0, ours.exitCode(), ours.toString());
        assertTrue(ours.out().contains("Applied 3 migration(s)."), ours.out());
        assertEquals(0, flywayResult.migrationsExecuted, "Flyway found nothing left to run");
        assertEachVersionOnceAndFlywayContent(db);
    }

    private void assertEachVersionOnceAndFlywayContent(TestDatabase db) throws Exception {
        assertEquals(List.of(), LockSessions.duplicates(db.url(), "flyway_schema_history", "version"));
        assertEquals(VERSIONS, db.column("SELECT version FROM flyway_schema_history WHERE success"
                + " AND version IS NOT NULL ORDER BY installed_rank"));
        assertEquals(List.of("1"), db.column("SELECT count(*) FROM t2"), "V2's insert ran once");
        flyway(db).validate();
    }
}
