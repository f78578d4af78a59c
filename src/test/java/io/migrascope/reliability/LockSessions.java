package io.migrascope.reliability;

import io.migrascope.core.db.AdvisoryLock;
import io.migrascope.core.db.LockHolder;
import io.migrascope.core.tool.LockSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Who holds a migration lock and who is polling for it, read from the server's own views. */
final class LockSessions {
    private LockSessions() {
    }

    static List<LockHolder> holders(String url, LockSpec lock) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            return AdvisoryLock.holders(c, ((LockSpec.Advisory) lock).key());
        }
    }

    /**
     * Waits until {@code count} sessions of {@code application} (or of any other application, when
     * {@code ofApplication} is false) whose last statement tried an advisory lock exist. A waiter
     * polls with pg_try_advisory_lock, so it never shows as blocked in pg_locks.
     */
    static void awaitTriers(String url, String application, boolean ofApplication, int count, Duration patience)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = DriverManager.getConnection(url);
                 PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                         + " WHERE datname = current_database() AND query ILIKE '%pg_try_advisory%'"
                         + " AND pid <> pg_backend_pid() AND (application_name = ?) = ?")) {
                ps.setString(1, application);
                ps.setBoolean(2, ofApplication);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= count) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " sessions tried the lock within " + patience);
    }

    /** Versions recorded more than once, with their counts; empty when every file ran exactly once. */
    static List<String> duplicates(String url, String table, String versionColumn) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("SELECT " + versionColumn + " || ' x' || count(*) FROM " + table
                     + " WHERE " + versionColumn + " IS NOT NULL GROUP BY " + versionColumn + " HAVING count(*) > 1");
             ResultSet rs = ps.executeQuery()) {
            List<String> dup = new java.util.ArrayList<>();
            while (rs.next()) {
                dup.add(rs.getString(1));
            }
            return dup;
        }
    }
}
