package io.migrascope.core.action;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.Database;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingTableException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rights the connected role has on the tracking table, asked before a write rather than learned
 * from its failure: a file that cannot run in a transaction commits its statements before its
 * tracking row is written, so a role that may create objects but not record them would leave the
 * file half-done.
 */
public final class TrackingPrivileges {
    private TrackingPrivileges() {
    }

    /**
     * Throws, naming the table, the missing privileges and the GRANT that fixes it, when the role
     * lacks SELECT or a privilege {@code commands} need. A table that does not exist yet is left to
     * its CREATE (see {@link TrackingTableSetup}).
     */
    static void require(Connection c, String table, List<SqlCommand> commands, String action, String consequence)
            throws SQLException, ActionException {
        Set<String> needed = new LinkedHashSet<>(List.of("SELECT"));
        commands.forEach(command -> needed.addAll(verbs(command.sql())));
        List<String> missing = missing(c, table, needed);
        if (!missing.isEmpty()) {
            String role = currentUser(c);
            String privileges = String.join(", ", missing);
            throw new ActionException("role '" + role + "' lacks " + privileges + " on the tracking table " + table
                    + " (SQLSTATE 42501): " + action + " needs it, so " + consequence + ". Run as the role that"
                    + " owns the migrations, or GRANT " + privileges + " ON " + table + " TO " + role + ".",
                    "42501", null);
        }
    }

    /**
     * The audit's read of the state; a refusal caused by the role's missing SELECT on the tracking
     * table becomes a message naming the table, the privilege and the GRANT.
     */
    public static Report read(Connection c, Audit audit, Database database)
            throws SQLException, IOException, TrackingTableException {
        try {
            return audit.run(c, database.spec().label());
        } catch (SQLException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            String table = audit.writer(database.spec().database()).qualifiedTable();
            Optional<String> refused = explainReadRefusal(c, table, e);
            if (refused.isPresent()) {
                throw new TrackingTableException(refused.get());
            }
            throw e;
        }
    }

    /**
     * A read refused with SQLSTATE 42501 explained, when the cause is the role's missing SELECT on the
     * tracking table; empty when the refusal was about something else. {@code c} must be usable
     * (rolled back after the failure).
     */
    static Optional<String> explainReadRefusal(Connection c, String table, SQLException e)
            throws SQLException {
        if (!"42501".equals(e.getSQLState()) || missing(c, table, Set.of("SELECT")).isEmpty()) {
            return Optional.empty();
        }
        String role = currentUser(c);
        return Optional.of("role '" + role + "' may not read the tracking table " + table + " (SQLSTATE 42501:"
                + " lacks SELECT); nothing was read or changed. Run as a role that may read it, or GRANT SELECT ON "
                + table + " TO " + role + ".");
    }

    private static List<String> missing(Connection c, String table, Set<String> privileges) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL"
                + " AND NOT has_table_privilege(to_regclass(?), ?)")) {
            for (String privilege : privileges) {
                ps.setString(1, table);
                ps.setString(2, table);
                ps.setString(3, privilege);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        missing.add(privilege);
                    }
                }
            }
        }
        return missing;
    }

    /** The table privileges one tracking command needs, from its verb (an upsert needs UPDATE too). */
    static Set<String> verbs(String sql) {
        String upper = sql.stripLeading().toUpperCase(Locale.ROOT);
        Set<String> verbs = new LinkedHashSet<>();
        for (String verb : List.of("INSERT", "UPDATE", "DELETE")) {
            if (upper.startsWith(verb)) {
                verbs.add(verb);
            }
        }
        if (upper.contains("ON CONFLICT") && upper.contains("DO UPDATE")) {
            verbs.add("UPDATE");
        }
        return verbs;
    }

    static String currentUser(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT current_user"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
