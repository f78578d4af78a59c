package io.migrascope.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** What the server knows about a backend, for injecting faults and waiting for their aftermath. */
final class Backends {
    private Backends() {
    }

    /** {@code pg_terminate_backend}: the server ends the session with SQLSTATE 57P01. */
    static void terminate(String url, int pid) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            ps.setInt(1, pid);
            ps.execute();
        }
    }

    /** Waits until the backend has ended (its transaction, if any, rolled back). */
    static void awaitGone(String url, int pid, Duration patience) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!alive(url, pid)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("backend " + pid + " still runs " + patience + " after its client went away");
    }

    static boolean alive(String url, int pid) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
