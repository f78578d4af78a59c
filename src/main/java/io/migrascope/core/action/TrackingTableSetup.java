package io.migrascope.core.action;

import io.migrascope.core.tool.TrackingWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * Creates the tool's tracking table (and its companions: a view, a lock table) when absent, inside
 * the caller's open transaction. When the table exists, a companion the role may not replace (a
 * view owned by another role, SQLSTATE 42501) is left as it is: using the table needs only rights on
 * the table, which {@link TrackingPrivileges} checks.
 */
final class TrackingTableSetup {
    private TrackingTableSetup() {
    }

    /** In the open transaction, or, on a connection in autocommit mode, as a transaction of its own. */
    static void ensure(Connection work, TrackingWriter writer) throws SQLException, ActionException {
        if (!work.getAutoCommit()) {
            ensureInTransaction(work, writer);
            return;
        }
        work.setAutoCommit(false);
        try {
            ensureInTransaction(work, writer);
            work.commit();
        } catch (SQLException | ActionException | RuntimeException e) {
            work.rollback();
            throw e;
        } finally {
            work.setAutoCommit(true);
        }
    }

    private static void ensureInTransaction(Connection work, TrackingWriter writer) throws SQLException, ActionException {
        boolean exists = exists(work, writer.qualifiedTable());
        try (Statement st = work.createStatement()) {
            for (String sql : writer.createSql()) {
                Savepoint before = exists ? work.setSavepoint() : null;
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    if (!"42501".equals(e.getSQLState())) {
                        throw e;
                    }
                    if (!exists) {
                        throw cannotCreate(work, writer, e);
                    }
                    work.rollback(before);
                }
            }
        }
    }

    private static ActionException cannotCreate(Connection work, TrackingWriter writer, SQLException e)
            throws SQLException {
        work.rollback();
        String role = TrackingPrivileges.currentUser(work);
        return new ActionException("role '" + role + "' may not create the tracking table " + writer.qualifiedTable()
                + " (SQLSTATE 42501: " + firstLine(e) + "); nothing was changed. Run as the role that owns the"
                + " migrations, or let it create tables in that schema (GRANT CREATE ON SCHEMA ... TO " + role + ").",
                "42501", e);
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).replaceFirst("^ERROR: ", "");
    }
}
