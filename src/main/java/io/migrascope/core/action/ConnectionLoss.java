package io.migrascope.core.action;

import java.sql.SQLException;

/**
 * Failures that say nothing about the migration file: the session ended under it (terminated by an
 * administrator, the server shutting down or restarting, the network dropping). The advice is then
 * to run again once the server answers, not to fix the file.
 */
final class ConnectionLoss {
    private ConnectionLoss() {
    }

    /** SQLSTATE class 08 (connection exception) and 57P01..57P03 (admin shutdown, crash shutdown, cannot connect now). */
    static boolean is(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** What happened, in words, for the start of the sentence that names the SQLSTATE. */
    static String cause(SQLException e) {
        String state = e.getSQLState();
        if ("57P01".equals(state)) {
            return "the connection to the database was lost: the server ended the session (terminated by an"
                    + " administrator or shutting down)";
        }
        if ("57P02".equals(state) || "57P03".equals(state)) {
            return "the connection to the database was lost: the server crashed or is restarting";
        }
        return "the connection to the database was lost (network reset, server gone or restarted)";
    }
}
