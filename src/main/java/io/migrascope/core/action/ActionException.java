package io.migrascope.core.action;

/** An action stopped; the message names the file, statement, excerpt or row, the SQLSTATE, and what to do next. */
public class ActionException extends Exception {
    private final String sqlState;

    public ActionException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }
}
