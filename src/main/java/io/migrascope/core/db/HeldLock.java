package io.migrascope.core.db;

import java.sql.SQLException;

/** A migration lock that is held until closed. */
public interface HeldLock extends AutoCloseable {
    @Override
    void close() throws SQLException;
}
