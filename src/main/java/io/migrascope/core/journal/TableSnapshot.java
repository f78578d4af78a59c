package io.migrascope.core.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of a tracking table as {@code to_jsonb} text. Two snapshots taken around a write,
 * compared as multisets, give exactly the rows the write removed and added, whatever the tool's
 * table looks like — no per-tool code, and PostgreSQL itself renders each value.
 */
public final class TableSnapshot {
    private final List<String> rows;

    private TableSnapshot(List<String> rows) {
        this.rows = rows;
    }

    /** Reads the table; an absent table is an empty snapshot. */
    public static TableSnapshot take(Connection c, String qualifiedTable) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('" + qualifiedTable.replace("'", "''") + "') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return new TableSnapshot(rows);
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_jsonb(t)::text FROM " + qualifiedTable + " t")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return new TableSnapshot(rows);
    }

    public List<String> rows() {
        return rows;
    }

    /** Rows in this snapshot that {@code later} does not have (each duplicate counted). */
    public List<String> missingFrom(TableSnapshot later) {
        return bagDifference(rows, later.rows);
    }

    /** Rows {@code later} has that this snapshot does not. */
    public List<String> newIn(TableSnapshot later) {
        return bagDifference(later.rows, rows);
    }

    private static List<String> bagDifference(List<String> from, List<String> minus) {
        Map<String, Integer> counts = new HashMap<>();
        for (String r : minus) {
            counts.merge(r, 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        for (String r : from) {
            Integer n = counts.get(r);
            if (n == null || n == 0) {
                out.add(r);
            } else {
                counts.put(r, n - 1);
            }
        }
        return out;
    }
}
