package io.migrascope.core.action;

/** Apply stopped; the message names the file, statement, excerpt and SQLSTATE and what to do next. */
public class ApplyException extends Exception {
    private final String sqlState;

    public ApplyException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }
}
