package io.migrascope.core.tool.supabase;

import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.RowImage;
import io.migrascope.core.tool.SqlNames;
import io.migrascope.core.tool.TableColumns;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingTableException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code schema_migrations} in one query, as the CLI's SELECT_VERSION_TABLE does, ordered like LIST_MIGRATION_VERSION. */
final class SupabaseTrackingRead {
    /** The columns the CLI adds later with ADD COLUMN IF NOT EXISTS; an old table may lack them. */
    private static final List<String> ADDED_LATER = List.of("statements", "name");

    private final String schema;
    private final String qualified;

    SupabaseTrackingRead(String schema) {
        this.schema = schema;
        this.qualified = SqlNames.qualified(schema, SupabaseTrackingTable.TABLE);
    }

    TrackingRead read(Connection c) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, SupabaseTrackingTable.TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        List<String> problems = checkColumns(columns);
        StringBuilder select = new StringBuilder("SELECT ").append(SqlNames.quote("version"));
        for (String col : ADDED_LATER) {
            select.append(", ").append(columns.containsKey(col) ? SqlNames.quote(col) : "NULL AS " + SqlNames.quote(col));
        }
        select.append(" FROM ").append(qualified).append(" ORDER BY ").append(SqlNames.quote("version"));
        List<TrackedRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select.toString())) {
            while (rs.next()) {
                rows.add(toRow(rs));
            }
        }
        return new TrackingRead(true, rows, problems);
    }

    private List<String> checkColumns(Map<String, String> columns) throws TrackingTableException {
        if (!columns.containsKey("version")) {
            throw new TrackingTableException(qualified + " has columns " + columns.keySet() + " but no 'version'"
                    + " column, which every Supabase CLI writes. It is not the CLI's table: pass --tool for the tool"
                    + " that owns it, or --schema for another schema.");
        }
        List<String> problems = new ArrayList<>();
        if (!"text".equals(columns.get("version"))) {
            problems.add(qualified + ".version is " + columns.get("version") + ", not text as the CLI creates it;"
                    + " versions are read as text.");
        }
        for (String col : ADDED_LATER) {
            if (!columns.containsKey(col)) {
                problems.add(qualified + " lacks the column '" + col + "' (an older CLI's table); it reads as empty."
                        + " The CLI adds it with ALTER TABLE ... ADD COLUMN IF NOT EXISTS on its next push or repair.");
            }
        }
        for (String col : columns.keySet()) {
            if (!col.equals("version") && !ADDED_LATER.contains(col)) {
                problems.add(qualified + " has a column '" + col + "' the Supabase CLI does not write; it is left"
                        + " as it is (make sure it has a default, or inserts will fail).");
            }
        }
        return problems;
    }

    private static TrackedRow toRow(ResultSet rs) throws SQLException {
        Map<String, Object> image = RowImage.of(rs);
        List<String> statements = statements(image.get("statements"));
        Map<String, String> detail = new HashMap<>();
        if (statements == null) {
            detail.put("statements", "this row stores no statements, so a changed file cannot be detected"
                    + " (written by an old CLI or by hand)");
        } else {
            detail.put("statements stored", Integer.toString(statements.size()));
        }
        return new TrackedRow(Version.textual(rs.getString("version")), rs.getString("name"),
                TrackedRow.Outcome.SUCCESS, statements == null ? null : SupabaseStatements.digest(statements),
                null, null, null, null, detail, image);
    }

    /** The stored statements of a row as read, or null when the row stores none. */
    static List<String> storedStatements(TrackedRow row) {
        return statements(row.columns().get("statements"));
    }

    private static List<String> statements(Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<String> out = new ArrayList<>(list.size());
        for (Object o : list) {
            out.add(o == null ? "" : o.toString());
        }
        return out;
    }
}
