package io.migrascope.core.audit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.Cancellation;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.tool.Tools;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database blocked by a lock on its tracking table: the others are read and reported while it
 * waits, cancel returns at once, and without cancel the read timeout ends it with a reason.
 */
@ExtendWith(PostgresExtension.class)
class EnvironmentComparerTest {
    @TempDir
    Path dir;

    private Audit audit() throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        return new Audit(Tools.byId("native").orElseThrow(), dir, "public");
    }

    private static Environment env(String name, TestDatabase db) {
        return new Environment(name, new Database(ConnectionSpec.parse(db.url()), new PasswordSource(Map.of(), null)));
    }

    /** Holds an exclusive lock on the tracking table until closed, as a stuck migration would. */
    private static Connection lockTrackingTable(TestDatabase db) throws Exception {
        Connection c = db.connect();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE public.schema_migrations IN ACCESS EXCLUSIVE MODE");
        }
        return c;
    }

    @Test
    void aBlockedDatabaseDoesNotHoldUpTheOthersAndCancelReturnsWithWhatWasRead(TestDatabase a, TestDatabase b,
                                                                               TestDatabase blocked) throws Exception {
        Audit audit = audit();
        for (TestDatabase db : List.of(a, b, blocked)) {
            assertEquals(0, CliRun.apply(db, dir).exitCode());
        }
        List<String> reported = new CopyOnWriteArrayList<>();
        Cancellation cancel = new Cancellation();
        Comparison comparison;
        try (Connection lock = lockTrackingTable(blocked)) {
            comparison = new EnvironmentComparer(audit, 2).compare(
                    List.of(env("blocked", blocked), env("a", a), env("b", b)), (done, total, r) -> {
                        reported.add(r.name());
                        // The user presses cancel once the two free databases are in.
                        if (reported.containsAll(List.of("a", "b"))) {
                            cancel.cancel();
                        }
                    }, cancel);
            lock.rollback();
        }
        assertTrue(reported.containsAll(List.of("a", "b")), "read while blocked waited: " + reported);
        assertTrue(comparison.results().get(1).ok() && comparison.results().get(2).ok(), comparison.results().toString());
        EnvironmentResult stuck = comparison.results().get(0);
        assertFalse(stuck.ok());
        assertTrue(stuck.error().startsWith("cancelled"), stuck.error());
        assertFalse(comparison.agrees(), "an unread database is no agreement");
        assertEquals("APPLIED", comparison.rows().get(0).cells().get(1).state().name());
        assertEquals(null, comparison.rows().get(0).cells().get(0).state(), "unknown where it could not be read");
    }

    @Test
    void withoutCancelTheReadTimeoutEndsABlockedReadWithTheReason(TestDatabase free, TestDatabase blocked)
            throws Exception {
        Audit audit = audit();
        CliRun.apply(free, dir);
        CliRun.apply(blocked, dir);
        Comparison comparison;
        try (Connection lock = lockTrackingTable(blocked)) {
            comparison = new EnvironmentComparer(audit, 4, Duration.ofSeconds(1)).compare(
                    List.of(env("free", free), env("blocked", blocked)), EnvironmentComparer.Listener.NONE,
                    new Cancellation());
            lock.rollback();
        }
        assertTrue(comparison.results().get(0).ok());
        String why = comparison.results().get(1).error();
        assertTrue(why.contains("no answer within 1 s") && why.contains("SQLSTATE 57014"), why);
    }
}
