package io.migrascope.core.tool.rails;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.SqlNames;
import io.migrascope.core.tool.TableColumns;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Rails (ActiveRecord): versions compared as integers in {@code schema_migrations}, no checksum, no
 * failed state; every pending version runs, older ones included.
 */
public final class RailsTool implements MigrationTool {
    public static final String ID = "rails";
    /** The column aliasing the environment read beside each row; never part of a row image. */
    private static final String ENVIRONMENT = "migrascope_ar_environment";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Rails (ActiveRecord)";
    }

    @Override
    public Detection detect(FolderListing folder, TableProbe tables) throws IOException, SQLException {
        return RailsDetector.detect(folder, tables, defaultSchema());
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        return RailsFolder.scan(folder);
    }

    @Override
    public TrackingRead readTracking(Connection c, String schema) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, RailsTable.TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        String table = SqlNames.qualified(schema, RailsTable.TABLE);
        if (!columns.containsKey("version")) {
            throw new TrackingTableException(table + " has columns " + columns.keySet() + " but Rails writes only"
                    + " [version]. It may belong to another tool: pass --tool for that tool, or --schema.");
        }
        List<String> problems = new ArrayList<>();
        for (String col : columns.keySet()) {
            if (!col.equals("version")) {
                problems.add(table + " has a column '" + col + "' Rails does not write (is this another tool's"
                        + " schema_migrations?); it is left as it is.");
            }
        }
        boolean metadata = TableColumns.of(c, schema, RailsTable.METADATA_TABLE).keySet()
                .containsAll(List.of("key", "value"));
        List<TrackedRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select(schema, columns, metadata))) {
            while (rs.next()) {
                rows.add(toRow(rs, columns));
            }
        }
        return new TrackingRead(true, rows, problems);
    }

    /** One query: the rows, and the environment Rails last migrated in (internal_metadata.rb) beside each. */
    private static String select(String schema, Map<String, String> columns, boolean metadata) {
        StringJoiner cols = new StringJoiner(", ");
        columns.keySet().forEach(col -> cols.add(SqlNames.quote(col)));
        String environment = metadata
                ? "(SELECT \"value\" FROM " + SqlNames.qualified(schema, RailsTable.METADATA_TABLE)
                        + " WHERE \"key\" = 'environment')"
                : "NULL::text";
        return "SELECT " + cols + ", " + environment + " AS " + ENVIRONMENT + " FROM "
                + SqlNames.qualified(schema, RailsTable.TABLE) + " ORDER BY \"version\"";
    }

    private static TrackedRow toRow(ResultSet rs, Map<String, String> columns) throws SQLException {
        Map<String, Object> image = new LinkedHashMap<>();
        for (String col : columns.keySet()) {
            image.put(col, rs.getObject(col));
        }
        String stored = rs.getString("version");
        Map<String, String> detail = new LinkedHashMap<>();
        String environment = rs.getString(ENVIRONMENT);
        if (environment != null) {
            detail.put("last migrated in environment", environment);
        }
        // Rails reads versions with to_i: "001" and "1" are the same migration, as Version.parse has it.
        return new TrackedRow(Version.parse(stored), null, TrackedRow.Outcome.SUCCESS, null, null, null, null, null,
                detail, image);
    }

    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        return ChecksumMatch.NOT_STORED;
    }

    /**
     * {@code bin/rails db:migrate} runs every version without a row, older ones included (migration.rb,
     * Migrator#runnable: {@code migrations[start..finish].reject { |m| ran?(m) }} with start 0 going
     * up), so an older untracked file is pending, never out of order.
     */
    @Override
    public Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        return Optional.empty();
    }

    @Override
    public TrackingWriter writer(String schema, String database) {
        return new RailsTable(schema, database);
    }
}
