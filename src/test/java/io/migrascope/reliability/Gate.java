package io.migrascope.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A point inside a migration file where the run stops until the test lets it go: the file waits
 * for an advisory lock the test holds. The test then knows which statement is running when it
 * injects a fault, so the assertions can name it, and no sleep decides the outcome.
 */
final class Gate implements AutoCloseable {
    private final String url;
    private final long key;
    private final Connection holder;

    private Gate(String url, long key, Connection holder) {
        this.url = url;
        this.key = key;
        this.holder = holder;
    }

    /** A closed gate on the database at {@code url}. */
    static Gate closed(String url, long key) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
        return new Gate(url, key, c);
    }

    /** The statement a migration file contains to wait here (a transaction-level lock, released at its end). */
    String statement() {
        return "SELECT pg_advisory_xact_lock(" + key + ");";
    }

    /** Waits until a session is blocked at the gate and returns its backend pid. */
    int awaitWaiter(Duration patience) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            List<Integer> waiting = waiters();
            if (!waiting.isEmpty()) {
                return waiting.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no session reached the gate within " + patience);
    }

    private List<Integer> waiters() throws SQLException {
        List<Integer> pids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("SELECT pid FROM pg_locks WHERE locktype = 'advisory'"
                     + " AND NOT granted AND classid::bigint = ? AND objid::bigint = ?")) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pids.add(rs.getInt(1));
                }
            }
        }
        return pids;
    }

    /** Lets every waiting session through. */
    void open() throws SQLException {
        if (!holder.isClosed()) {
            holder.close();
        }
    }

    @Override
    public void close() throws SQLException {
        open();
    }
}
