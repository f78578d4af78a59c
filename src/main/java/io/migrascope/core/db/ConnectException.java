package io.migrascope.core.db;

/** Cannot connect or cannot read: one sentence naming the server and the next step. */
public class ConnectException extends Exception {
    private final String sqlState;

    public ConnectException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLSTATE the server or driver gave, or null. */
    public String sqlState() {
        return sqlState;
    }
}
