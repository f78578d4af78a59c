package io.migrascope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The network resets the connections mid-file; client and server each see only a broken socket. */
@ExtendWith(PostgresExtension.class)
class ConnectionResetDuringApplyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theClientReportsTheLostConnectionTheServerRollsBackAndTheRerunCompletes(TestDatabase db) throws Exception {
        CliRun run;
        try (Gate gate = Gate.closed(db.url(), 57_005); ResettingProxy proxy = ResettingProxy.inFrontOf(db.url())) {
            GatedFolder.write(dir, gate);
            String throughProxy = proxy.url(db.url());
            CompletableFuture<CliRun> apply = CompletableFuture.supplyAsync(
                    () -> CliRun.of("apply", "--url", throughProxy, "--dir", dir.toString(), "--yes"));
            int backend = gate.awaitWaiter(PATIENCE);
            proxy.resetAll();
            run = apply.get();
            // With the gate still closed, only the server's own check of the socket ends the backend.
            Backends.awaitGone(db.url(), backend, PATIENCE);
        }

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("002_t2.sql was interrupted at statement 2 of 3"), run.err());
        assertTrue(run.err().contains("SQLSTATE 08006"), run.err());
        assertTrue(run.err().contains("connection to the database was lost"), run.err());
        assertTrue(run.err().contains("Nothing of this file was applied"), run.err());
        assertEquals(List.of("001"), GatedFolder.assertConsistent(db.url()));

        CliRun again = CliRun.apply(db, dir);
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(GatedFolder.VERSIONS, GatedFolder.assertConsistent(db.url()));
    }
}
