package io.migrascope.core.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A session-level advisory lock on a connection of its own. Session level, not transaction level,
 * because a file may hold {@code CREATE INDEX CONCURRENTLY}, which runs outside any transaction and
 * waits for every transaction that started before it: a transaction-level lock held by our own
 * apply would make it wait for itself.
 */
public final class AdvisoryLock implements HeldLock {
    private static final Duration POLL = Duration.ofMillis(200);
    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /** A stable 64-bit key for a name, so every Migrascope process picks the same lock. */
    public static long keyFor(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes the lock on {@code connection}, waiting up to {@code wait} while another session holds it.
     * The connection must stay open for as long as the lock is needed; closing the lock releases it.
     */
    public static AdvisoryLock acquire(Connection connection, long key, Duration wait, String what)
            throws SQLException, LockHeldException {
        return acquire(connection, key, wait, what, who -> { });
    }

    /**
     * As {@link #acquire(Connection, long, Duration, String)}, telling {@code waiting} once who holds
     * the lock when it has to wait, so a console or a deploy log shows why nothing moves.
     */
    public static AdvisoryLock acquire(Connection connection, long key, Duration wait, String what,
                                       Consumer<String> waiting) throws SQLException, LockHeldException {
        Instant deadline = Instant.now().plus(wait);
        List<LockHolder> holders = List.of();
        while (true) {
            if (tryLock(connection, key)) {
                return new AdvisoryLock(connection, key);
            }
            if (holders.isEmpty()) {
                holders = holders(connection, key);
                if (!holders.isEmpty() && Instant.now().isBefore(deadline)) {
                    waiting.accept(describe(holders));
                }
            }
            if (!Instant.now().isBefore(deadline)) {
                String who = holders.isEmpty() ? "a session that ended meanwhile" : describe(holders);
                throw new LockHeldException(what + " is locked by " + who + ". Wait for it to finish and run again"
                        + " (or raise --lock-wait).", holders);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the migration lock", "57014", e);
            }
        }
    }

    private static String describe(List<LockHolder> holders) {
        return holders.stream().map(LockHolder::describe).reduce((a, b) -> a + "; " + b).orElse("");
    }

    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Sessions holding the advisory lock {@code key}, for messages and the status bar. */
    public static List<LockHolder> holders(Connection c, long key) throws SQLException {
        String sql = "SELECT a.pid, a.application_name, a.usename, host(a.client_addr), a.backend_start, a.state,"
                + " a.state_change FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.database = ("
                + "   SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())";
        List<LockHolder> holders = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    holders.add(new LockHolder(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            instant(rs.getTimestamp(5)), rs.getString(6), instant(rs.getTimestamp(7))));
                }
            }
        }
        return holders;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
    }
}
