package io.migrascope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The applying process dies with SIGKILL mid-file: no rollback, no unlock, no journal line from it. */
@ExtendWith(PostgresExtension.class)
class ProcessKilledDuringApplyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @TempDir
    Path home;

    @Test
    void theOrphanedBackendEndsItsFileRollsBackAndTheRerunCompletes(TestDatabase db) throws Exception {
        try (Gate gate = Gate.closed(db.url(), 57_003)) {
            GatedFolder.write(dir, gate);
            int backend;
            try (ChildCli child = ChildCli.start(home, "apply", "--url", db.url(), "--dir", dir.toString(), "--yes")) {
                backend = gate.awaitWaiter(PATIENCE);
                child.kill9();
            }
            // The gate stays closed: the server itself must notice the client is gone and end the
            // backend mid-statement, or its open transaction would outlive the released lock.
            Backends.awaitGone(db.url(), backend, PATIENCE);

            assertEquals(List.of("001"), GatedFolder.assertConsistent(db.url()));
            CliRun status = CliRun.status(db, dir);
            assertEquals("APPLIED", status.stateOf("001"), status.toString());
            assertEquals("PENDING", status.stateOf("002"), status.toString());
            assertEquals(0, status.json().get("lockHolders").size(), "the dead process's lock is released");

            // The rerun goes through the still-closed gate's file only once the gate opens; open it first.
            gate.open();
            CliRun again = CliRun.apply(db, dir);
            assertEquals(0, again.exitCode(), again.toString());
            assertTrue(again.out().contains("Applied 2 migration(s)."), again.out());
        }
        assertEquals(GatedFolder.VERSIONS, GatedFolder.assertConsistent(db.url()));
    }
}
