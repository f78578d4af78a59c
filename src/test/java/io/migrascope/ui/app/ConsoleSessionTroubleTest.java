package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestPostgres;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What an open session does when the world changes under it: its pool, the database going away, the folder deleted. */
@ExtendWith(PostgresExtension.class)
class ConsoleSessionTroubleTest {
    @TempDir
    Path dir;
    private final SynchronousTaskRunner tasks = new SynchronousTaskRunner();

    private ConsoleSession opened(TestDatabase db) {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        Profile profile = ConsoleFixtures.profile(db, dir, Environment.DEV);
        ConsoleSession session = new ConsoleSession(profile, tasks,
                ConsoleFixtures.passwords(db, profile).sourceFor(profile, Map.of()), Journal.standard());
        session.open(() -> { }, e -> {
            throw new AssertionError(e);
        });
        assertNotNull(session.report().get());
        return session;
    }

    @Test
    void refreshesShareASmallPoolThatEndsWithTheSession(TestDatabase db) throws Exception {
        ConsoleSession session = opened(db);
        for (int i = 0; i < 8; i++) {
            session.refresh();
            assertEquals("", session.problem().get());
        }
        int backends = backends(db);
        // At most the pool's size: eight refreshes reuse its connections (the pool may also have retired them all).
        assertTrue(backends <= 3, "eight refreshes reuse the pool's connections, not " + backends);

        // An application stopped earlier in this JVM drained the closer; it must still close later pools.
        PoolCloser.drain(java.time.Duration.ofSeconds(5));
        session.close();
        PoolCloser.drain(java.time.Duration.ofSeconds(5));
        // The server notes a backend's end a moment after the socket closes.
        for (int i = 0; i < 100 && backends(db) > 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(0, backends(db), "closing the profile ends its connections");
    }

    @Test
    void aPooledConnectionComesBackWithoutWhatTheLastBorrowerLeftBehind(TestDatabase db) throws Exception {
        ConsoleSession session = opened(db);
        // What an applied file or an interrupted write can leave on a session.
        try (Connection c = session.database().open(); Statement st = c.createStatement()) {
            st.execute("SET search_path = elsewhere");
            st.execute("SELECT pg_advisory_lock(4242)");
        }
        for (int i = 0; i < 3; i++) {
            try (Connection c = session.database().open(); Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT current_setting('search_path'),"
                         + " (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242)")) {
                rs.next();
                assertEquals("\"$user\", public", rs.getString(1));
                assertEquals(0, rs.getInt(2), "the advisory lock went with the borrower");
            }
        }
        session.close();
    }

    @Test
    void theDatabaseGoingAwayIsSaidAndTheNextRefreshAfterItIsBackWorks(TestDatabase db) throws Exception {
        ConsoleSession session = opened(db);
        Report before = session.report().get();
        admin("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS false");
        try {
            admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db.name()
                    + "' AND pid <> pg_backend_pid()");
            session.refresh();
            String problem = session.problem().get();
            assertTrue(problem.startsWith("Refresh failed: "), problem);
            assertTrue(problem.contains("SQLSTATE"), "the server's reason with its code: " + problem);
            assertTrue(problem.contains("F5"), "and what to do next: " + problem);
            assertEquals(before, session.report().get(), "the last good report stays on screen");
        } finally {
            admin("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS true");
        }

        db.execute("DELETE FROM schema_migrations WHERE version = '002'");
        session.refresh();
        assertEquals("", session.problem().get());
        assertEquals(MigrationState.UNTRACKED, session.report().get().row(Version.parse("002")).orElseThrow().state(),
                "the pool reconnected and read the state again");
        session.close();
    }

    @Test
    void aFolderDeletedWhileOpenIsNamedInsteadOfShowingEveryFileMissing(TestDatabase db) throws Exception {
        ConsoleSession session = opened(db);
        Report before = session.report().get();
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        session.refresh();
        String problem = session.problem().get();
        assertTrue(problem.contains("the migrations folder " + dir + " no longer exists"), problem);
        assertEquals(before, session.report().get(), "the rows are not all turned MISSING_FILE");
        session.close();
    }

    private static int backends(TestDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(TestPostgres.adminUrl()); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.name()
                     + "' AND application_name = 'migrascope'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(TestPostgres.adminUrl()); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
