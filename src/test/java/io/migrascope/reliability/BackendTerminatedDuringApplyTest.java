package io.migrascope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An administrator (or a watchdog) ends the applying session with pg_terminate_backend mid-file. */
@ExtendWith(PostgresExtension.class)
class BackendTerminatedDuringApplyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aTransactionalFileIsRolledBackWithItsRowAndTheRerunCompletes(TestDatabase db) throws Exception {
        CliRun run;
        try (Gate gate = Gate.closed(db.url(), 57_001)) {
            GatedFolder.write(dir, gate);
            CompletableFuture<CliRun> apply = CompletableFuture.supplyAsync(() -> CliRun.apply(db, dir));
            Backends.terminate(db.url(), gate.awaitWaiter(PATIENCE));
            run = apply.get();
        }

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("002_t2.sql"), run.err());
        assertTrue(run.err().contains("statement 2 of 3"), run.err());
        assertTrue(run.err().contains("SQLSTATE 57P01"), run.err());
        assertTrue(run.err().contains("connection to the database was lost"), run.err());
        assertTrue(run.err().contains("Nothing of this file was applied"), run.err());
        assertEquals(List.of("001"), GatedFolder.assertConsistent(db.url()));

        CliRun again = CliRun.apply(db, dir);
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(GatedFolder.VERSIONS, GatedFolder.assertConsistent(db.url()));
    }

    @Test
    void aNonTransactionalFileReportsExactlyHowManyStatementsRan(TestDatabase db) throws Exception {
        CliRun run;
        try (Gate gate = Gate.closed(db.url(), 57_002)) {
            new MigrationFolder(dir)
                    .file("001_users.sql", "CREATE TABLE users (id bigint, email text);\n")
                    .file("002_index.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_id ON users (id);\n"
                            + gate.statement() + "\n"
                            + "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);\n");
            CompletableFuture<CliRun> apply = CompletableFuture.supplyAsync(() -> CliRun.apply(db, dir));
            Backends.terminate(db.url(), gate.awaitWaiter(PATIENCE));
            run = apply.get();
        }

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("002_index.sql"), run.err());
        assertTrue(run.err().contains("SQLSTATE 57P01"), run.err());
        assertTrue(run.err().contains("1 of 3 statements ran and stay committed"), run.err());
        assertEquals(List.of("t"), db.column("SELECT to_regclass('users_id') IS NOT NULL"), "statement 1 stays");
        assertEquals(List.of("f"), db.column("SELECT to_regclass('users_email') IS NOT NULL"), "statement 3 never ran");
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations WHERE success ORDER BY version"));

        CliRun again = CliRun.apply(db, dir);
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(List.of("t"), db.column("SELECT to_regclass('users_email') IS NOT NULL"));
        assertEquals(List.of("001", "002"),
                db.column("SELECT version FROM schema_migrations WHERE success ORDER BY version"));
    }
}
