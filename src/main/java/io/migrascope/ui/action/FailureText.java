package io.migrascope.ui.action;

import io.migrascope.core.action.ActionException;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.LockHeldException;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;

/**
 * A failure in full, for a selectable text area: the core's message (which names the file, the
 * statement, the SQLSTATE and the next step), the SQLSTATE where the message lacks it, and the
 * server's complete error (detail, hint, where) when there is more than its first line.
 */
public final class FailureText {
    private FailureText() {
    }

    public static String of(Throwable failure) {
        Throwable t = failure;
        if (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof CancellationException) {
            return "Cancelled before it finished. The state is read again; check the table for what was done.";
        }
        StringBuilder sb = new StringBuilder();
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String sqlState = sqlState(t);
        if (t instanceof ActionException || t instanceof ConnectException || t instanceof LockHeldException) {
            sb.append(message);
        } else if (t instanceof SQLException) {
            sb.append("The database refused it: ").append(message)
                    .append("\nNothing after this point was done. Fix the cause, then try again.");
        } else {
            sb.append(t.getClass().getSimpleName()).append(": ").append(message);
        }
        if (sqlState != null && !sb.toString().contains(sqlState)) {
            sb.append("\n(SQLSTATE ").append(sqlState).append(')');
        }
        serverMessage(t).filter(full -> !sb.toString().contains(full))
                .ifPresent(full -> sb.append("\n\nThe server said:\n").append(full));
        for (Throwable s : t.getSuppressed()) {
            sb.append("\n\nAlso: ").append(s.getMessage());
        }
        return sb.toString();
    }

    private static String sqlState(Throwable t) {
        if (t instanceof ActionException a) {
            return a.sqlState();
        }
        if (t instanceof ConnectException c) {
            return c.sqlState();
        }
        if (t instanceof SQLException s) {
            return s.getSQLState();
        }
        return null;
    }

    /** The driver's whole message (PostgreSQL adds Detail, Hint and Where lines) when it has more than one line. */
    private static java.util.Optional<String> serverMessage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getMessage() != null && s.getMessage().contains("\n")) {
                return java.util.Optional.of(s.getMessage().strip());
            }
        }
        return java.util.Optional.empty();
    }
}
