package io.migrascope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.Database;
import io.migrascope.core.db.LockHolder;
import io.migrascope.core.tool.nativeformat.NativeTrackingTable;
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

/** Two Migrascope runs on one folder and one database at once, as two deploy jobs would start them. */
@ExtendWith(PostgresExtension.class)
class ConcurrentApplyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @TempDir
    Path home;

    @Test
    void aSecondProcessRefusesNamingTheHolderAndStatusShowsIt(TestDatabase db) throws Exception {
        try (Gate gate = Gate.closed(db.url(), 57_101);
             ChildCli child = ChildCli.start(home, "apply", "--url", db.url(), "--dir", GatedFolder.write(dir, gate).toString(),
                     "--yes")) {
            gate.awaitWaiter(PATIENCE);
            List<LockHolder> holders = LockSessions.holders(db.url(), new NativeTrackingTable("public").lock());
            assertEquals(1, holders.size(), holders.toString());
            LockHolder holder = holders.get(0);

            CliRun refused = CliRun.apply(db, dir, "--lock-wait", "1");
            assertEquals(2, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("is locked by pid " + holder.pid()), refused.err());
            assertTrue(refused.err().contains("application 'migrascope'"), refused.err());
            assertTrue(refused.err().contains("client " + holder.clientAddress()), refused.err());
            assertTrue(refused.err().contains("connected since " + holder.sessionStart()), refused.err());
            assertTrue(refused.err().contains("raise --lock-wait"), refused.err());

            CliRun text = CliRun.of("status", "--url", db.url(), "--dir", dir.toString());
            assertTrue(text.out().contains("Lock: the migration lock is held by pid " + holder.pid()), text.out());
            CliRun json = CliRun.status(db, dir);
            assertEquals(1, json.json().get("lockHolders").size(), json.out());
            assertTrue(json.json().get("lockHolders").get(0).asText().startsWith("pid " + holder.pid()), json.out());

            gate.open();
            assertEquals(0, child.await(), child.toString());
        }
        assertEquals(List.of(), LockSessions.duplicates(db.url(), "schema_migrations", "version"));
        assertEquals(GatedFolder.VERSIONS, GatedFolder.assertConsistent(db.url()));
    }

    @Test
    void theSecondRunWaitsNamingTheHolderAndDoesNotRunAgainWhatTheFirstApplied(TestDatabase db) throws Exception {
        CliRun first;
        CliRun second;
        try (Gate gate = Gate.closed(db.url(), 57_102)) {
            GatedFolder.write(dir, gate);
            CompletableFuture<CliRun> a = CompletableFuture.supplyAsync(() -> CliRun.apply(db, dir));
            gate.awaitWaiter(PATIENCE);
            CompletableFuture<CliRun> b = CompletableFuture.supplyAsync(
                    () -> CliRun.apply(db, dir, "--lock-wait", "60"));
            // The first run's lock session and the second run's polling session.
            LockSessions.awaitTriers(db.url(), Database.APPLICATION_NAME, true, 2, PATIENCE);
            gate.open();
            first = a.get();
            second = b.get();
        }

        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().contains("Applied 3 migration(s)."), first.out());
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.out().contains("Waiting for the migration lock, held by pid"), second.out());
        assertTrue(second.out().contains("Not run again: 002_t2.sql, 003_t3.sql (another session applied them"),
                second.out());
        assertTrue(second.out().contains("Applied 0 migration(s)."), second.out());
        assertFalse(second.out().contains("[1/"), "the second run ran no file: " + second.out());
        assertEquals(List.of(), LockSessions.duplicates(db.url(), "schema_migrations", "version"));
        assertEquals(GatedFolder.VERSIONS, GatedFolder.assertConsistent(db.url()));
    }
}
