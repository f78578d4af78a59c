package io.migrascope.ui.status;

import io.migrascope.core.db.LockHolder;
import java.util.List;

/**
 * What the status bar says about the open connection, read in the background when a profile opens
 * and on every refresh (never on a timer: the lock holders are one catalog query).
 *
 * @param endpoint       {@code host:port}
 * @param database       the database name
 * @param role           {@code current_user}
 * @param tool           the tool's display name
 * @param lockHolders    sessions holding the tool's migration lock
 * @param serverReadOnly the server itself refuses writes (a standby, or read-only by its own settings)
 */
public record ConnectionFacts(String endpoint, String database, String role, String tool,
                             List<LockHolder> lockHolders, boolean serverReadOnly) {
    public ConnectionFacts {
        lockHolders = List.copyOf(lockHolders);
    }

    public ConnectionFacts withLockHolders(List<LockHolder> holders) {
        return new ConnectionFacts(endpoint, database, role, tool, holders, serverReadOnly);
    }
}
