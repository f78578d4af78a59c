package io.migrascope.core.db;

import io.migrascope.core.tool.LockSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Takes the lock a {@link LockSpec} names, on a connection kept only for the lock. */
public final class ToolLock {
    private ToolLock() {
    }

    public static HeldLock acquire(Connection lockConnection, LockSpec spec, Duration wait, String what)
            throws SQLException, LockHeldException {
        return acquire(lockConnection, spec, wait, what, who -> { });
    }

    /** As above, telling {@code waiting} once, in words, who holds the lock when it has to wait. */
    public static HeldLock acquire(Connection lockConnection, LockSpec spec, Duration wait, String what,
                                   Consumer<String> waiting) throws SQLException, LockHeldException {
        if (spec instanceof LockSpec.Advisory a) {
            return AdvisoryLock.acquire(lockConnection, a.key(), wait, what + " (" + a.owner() + "'s lock)", waiting);
        }
        if (spec instanceof LockSpec.None n) {
            return AdvisoryLock.acquire(lockConnection, n.migrascopeKey(), wait, what, waiting);
        }
        LockSpec.LockTable t = (LockSpec.LockTable) spec;
        return lockRow(lockConnection, t, wait, what, waiting);
    }

    private static HeldLock lockRow(Connection c, LockSpec.LockTable t, Duration wait, String what,
                                    Consumer<String> waiting) throws SQLException, LockHeldException {
        c.setAutoCommit(true);
        Instant deadline = Instant.now().plus(wait);
        boolean told = false;
        while (true) {
            try (PreparedStatement ps = c.prepareStatement(t.acquireSql())) {
                if (ps.executeUpdate() == 1) {
                    return () -> {
                        try (PreparedStatement release = c.prepareStatement(t.releaseSql())) {
                            release.executeUpdate();
                        }
                    };
                }
            }
            if (!told && Instant.now().isBefore(deadline)) {
                waiting.accept("the lock row in " + t.owner() + "'s lock table");
                told = true;
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new LockHeldException(what + " is locked in " + t.owner() + "'s lock table. If no migration is"
                        + " running (a crashed run leaves the lock set), release it with the tool's unlock command.",
                        List.of());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the migration lock", "57014", e);
            }
        }
    }
}
