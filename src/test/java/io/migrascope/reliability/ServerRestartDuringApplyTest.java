package io.migrascope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server is shut down (fast mode, as a restart or failover does) mid-file, then started again on
 * the same data directory. A private server: stopping the shared test server would break every
 * other test.
 */
class ServerRestartDuringApplyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @TempDir
    Path data;

    @Test
    void theInterruptedFileIsRolledBackAndTheRerunAfterTheRestartCompletes() throws Exception {
        EmbeddedPostgres server = start(0);
        int port = server.getPort();
        String url = server.getJdbcUrl("postgres", "postgres");
        CliRun run;
        try {
            Gate gate = Gate.closed(url, 57_004);
            GatedFolder.write(dir, gate);
            CompletableFuture<CliRun> apply = CompletableFuture.supplyAsync(() -> apply(url));
            gate.awaitWaiter(PATIENCE);
            server.close();
            run = apply.get();
            gate.close();
        } finally {
            server.close();
        }

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("002_t2.sql was interrupted at statement 2 of 3"), run.err());
        assertTrue(run.err().contains("connection to the database was lost"), run.err());
        assertTrue(run.err().contains("run apply again once the server answers"), run.err());

        try (EmbeddedPostgres restarted = start(port)) {
            assertEquals(List.of("001"), GatedFolder.assertConsistent(url));
            CliRun again = apply(url);
            assertEquals(0, again.exitCode(), again.toString());
            assertEquals(GatedFolder.VERSIONS, GatedFolder.assertConsistent(url));
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "off").start();
    }

    private CliRun apply(String url) {
        return CliRun.of("apply", "--url", url, "--dir", dir.toString(), "--yes");
    }
}
