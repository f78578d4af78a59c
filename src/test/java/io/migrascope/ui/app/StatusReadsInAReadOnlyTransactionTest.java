package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.journal.Journal;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the state never writes, and it is PostgreSQL that sees to it, not the client: the
 * tracking table here is a trap, a view whose rows come from a function that inserts a row each
 * time it is read. Read on an ordinary connection it writes; read by {@code status} (CLI) or by
 * the console opening a profile it is refused by the server with SQLSTATE 25006.
 */
@ExtendWith(PostgresExtension.class)
class StatusReadsInAReadOnlyTransactionTest {
    @TempDir
    Path dir;

    private static void setTrap(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE written (at timestamptz NOT NULL DEFAULT now())");
        db.execute("CREATE FUNCTION tracking_rows() RETURNS TABLE (version text, name text, checksum text,"
                + " normalized_checksum text, success boolean) LANGUAGE plpgsql VOLATILE AS $$"
                + " BEGIN INSERT INTO written DEFAULT VALUES; RETURN; END $$");
        db.execute("CREATE VIEW schema_migrations AS SELECT * FROM tracking_rows()");
        // The trap is armed: an ordinary read writes.
        db.column("SELECT count(*) FROM schema_migrations");
        assertEquals(List.of("1"), db.column("SELECT count(*) FROM written"));
        db.execute("DELETE FROM written");
    }

    @Test
    void theCliStatusReadIsRefusedByTheServerWhenItWouldWrite(TestDatabase db) throws Exception {
        setTrap(db);
        new MigrationFolder(dir).file("001_a.sql", "CREATE TABLE a (id int);");
        CliRun run = CliRun.status(db, dir, "--tool", "native");
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("SQLSTATE 25006"), run.err());
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM written"), "nothing was written");
    }

    @Test
    void theConsoleReadOfAProductionProfileIsRefusedByTheServerLockedOrNot(TestDatabase db) throws Exception {
        setTrap(db);
        new MigrationFolder(dir).file("001_a.sql", "CREATE TABLE a (id int);");
        Profile profile = ConsoleFixtures.profile(db, dir, Environment.PRODUCTION);
        ConsoleSession session = new ConsoleSession(profile, new SynchronousTaskRunner(),
                ConsoleFixtures.passwords(db, profile).sourceFor(profile, Map.of()), Journal.standard());
        List<Throwable> failures = new ArrayList<>();
        session.open(() -> { }, failures::add);
        assertEquals(1, failures.size(), "opening fails instead of writing");
        assertEquals("25006", sqlState(failures.get(0)), String.valueOf(failures.get(0)));
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM written"));

        // Unlocked, writes are allowed, but a read is still a read: the refresh path refuses too.
        Database unlocked = profile.toDatabase(ConsoleFixtures.passwords(db, profile).sourceFor(profile, Map.of()), false);
        try (Connection c = unlocked.openForReading(); Statement st = c.createStatement()) {
            assertEquals("25006", assertThrows(SQLException.class,
                    () -> st.executeQuery("SELECT * FROM schema_migrations")).getSQLState());
        }
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM written"));
    }

    @Test
    void aReadingConnectionStaysReadOnlyEvenWhenTheUrlTellsTheDriverToIgnoreReadOnly(TestDatabase db)
            throws Exception {
        db.execute("CREATE TABLE t (id int)");
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "readOnlyMode=ignore";
        Database database = new Database(ConnectionSpec.parse(url), new PasswordSource(Map.of(), null));
        try (Connection c = database.openForReading(); Statement st = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> st.execute("INSERT INTO t VALUES (1)"));
            assertEquals("25006", refused.getSQLState(), refused.getMessage());
        }
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM t"));
    }

    private static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "no SQLException in " + t;
    }
}
