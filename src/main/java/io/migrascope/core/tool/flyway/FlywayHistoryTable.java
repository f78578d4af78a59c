package io.migrascope.core.tool.flyway;

import io.migrascope.core.model.TrackedRow;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code flyway_schema_history} in one query, every row as Flyway wrote it, in
 * {@code installed_rank} order: success and failed rows, BASELINE rows, repeatables (version NULL),
 * and DELETE markers (kept as rows here; {@link FlywayHistory} applies them). Only the SCHEMA
 * marker, which records that Flyway created the schema, is left out: it is no migration.
 */
final class FlywayHistoryTable {
    static final String TABLE = "flyway_schema_history";

    /** Flyway's columns (PostgreSQLDatabase.getRawCreateScript, 13.12), all of which it reads. */
    static final List<String> COLUMNS = List.of("installed_rank", "version", "description", "type", "script",
            "checksum", "installed_by", "installed_on", "execution_time", "success");

    static final String SCHEMA_TYPE = "SCHEMA";
    static final String DELETE_TYPE = "DELETE";

    /** The types Flyway 13.12 knows (CoreMigrationType, BaselineMigrationType), plus older and Teams names. */
    private static final Set<String> BASELINE_TYPES = Set.of("BASELINE", "SQL_BASELINE", "JDBC_BASELINE");
    private static final Set<String> RUN_TYPES = Set.of("SQL", "JDBC", "SPRING_JDBC", "SCRIPT", "CUSTOM",
            "SQL_STATE_SCRIPT", "JDBC_STATE_SCRIPT");

    private FlywayHistoryTable() {
    }

    static TrackingRead read(Connection c, String schema) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        String table = SqlNames.qualified(schema, TABLE);
        List<String> missing = COLUMNS.stream().filter(col -> !columns.containsKey(col)).toList();
        if (!missing.isEmpty()) {
            throw new TrackingTableException(table + " has columns " + columns.keySet() + " but Flyway's history"
                    + " table has " + COLUMNS + " (missing " + missing + "). It is not Flyway's, or it was altered:"
                    + " pass --tool for the tool that owns it, or --schema for the schema Flyway uses.");
        }
        List<String> problems = new ArrayList<>();
        for (String col : columns.keySet()) {
            if (!COLUMNS.contains(col)) {
                problems.add(table + " has a column '" + col + "' that Flyway does not write; it is left as it is"
                        + " (rows Migrascope adds get its default, so make sure it has one).");
            }
        }
        List<TrackedRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + SqlNames.quote("installed_rank"))) {
            RowImage.Reader images = RowImage.reader(rs);
            while (rs.next()) {
                String type = rs.getString("type");
                if (SCHEMA_TYPE.equals(type)) {
                    continue;
                }
                if (!known(type)) {
                    problems.add(table + " row installed_rank " + rs.getInt("installed_rank") + " has type '" + type
                            + "', which Flyway 13 does not know (it stops with FlywayUnknownMigrationTypeException);"
                            + " the row is left out here.");
                    continue;
                }
                rows.add(toRow(images.read(rs), type));
            }
        }
        return new TrackingRead(true, rows, problems);
    }

    private static boolean known(String type) {
        return type != null && (RUN_TYPES.contains(type) || BASELINE_TYPES.contains(type) || DELETE_TYPE.equals(type)
                || type.startsWith("UNDO_"));
    }

    /** A row from its image: every column is decoded once (10,000 rows, timestamps included). */
    private static TrackedRow toRow(Map<String, Object> image, String type) {
        String version = RowImage.text(image, "version");
        String description = RowImage.text(image, "description");
        boolean success = Boolean.TRUE.equals(image.get("success"));
        Map<String, String> detail = new LinkedHashMap<>();
        Number rank = RowImage.number(image, "installed_rank");
        detail.put("rank", Integer.toString(rank == null ? 0 : rank.intValue()));
        detail.put("script", RowImage.text(image, "script"));
        if (!"SQL".equals(type)) {
            detail.put("type", type);
        }
        Number checksum = RowImage.number(image, "checksum");
        Number ms = RowImage.number(image, "execution_time");
        return new TrackedRow(
                version == null ? FlywayFileName.repeatable(description) : FlywayFileName.versioned(version),
                description,
                outcome(type, success),
                checksum == null ? null : Integer.toString(checksum.intValue()),
                null,
                RowImage.instant(image, "installed_on"),
                RowImage.text(image, "installed_by"),
                ms == null ? null : ms.longValue(),
                detail,
                image);
    }

    /**
     * A failed row is FAILED whatever its type. Teams' undo rows ({@code UNDO_SQL} ...) say the
     * version was undone, which is what ROLLED_BACK means; they were not checked against a real
     * Flyway Teams, which cannot run here.
     */
    private static TrackedRow.Outcome outcome(String type, boolean success) {
        if (!success) {
            return TrackedRow.Outcome.FAILED;
        }
        if (BASELINE_TYPES.contains(type)) {
            return TrackedRow.Outcome.BASELINE;
        }
        if (type.startsWith("UNDO_")) {
            return TrackedRow.Outcome.ROLLED_BACK;
        }
        return TrackedRow.Outcome.SUCCESS;
    }

    /** The row's type as stored. */
    static String type(TrackedRow row) {
        Object type = row.columns().get("type");
        return type == null ? null : type.toString();
    }

    static boolean isDeleteMarker(TrackedRow row) {
        return DELETE_TYPE.equals(type(row));
    }

    /** Rows Migrascope made up (a file below the baseline) have no columns: there is nothing to write to. */
    static boolean isStored(TrackedRow row) {
        return row.columns().containsKey("installed_rank");
    }
}
