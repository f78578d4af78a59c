package io.migrascope.core.action;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A cancel token for long work. Cancelling also cancels the statement running at that moment on
 * the server, so a long {@code CREATE INDEX} stops now rather than after it completes.
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Statement> running = new AtomicReference<>();

    public void cancel() {
        cancelled.set(true);
        Statement st = running.get();
        if (st != null) {
            try {
                st.cancel();
            } catch (SQLException ignored) {
                // The statement finished or the connection closed: nothing is left to cancel.
            }
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    void running(Statement statement) {
        running.set(statement);
    }
}
