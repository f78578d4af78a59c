package io.migrascope.core.tool.nodepgmigrate;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.tool.ExecutableSql;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.RowImage;
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
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * node-pg-migrate 8: migrations keyed by file base name in {@code "public"."pgmigrations"}, no
 * checksum, a positional order check, advisory lock 7241865325823964.
 */
public final class NodePgMigrateTool implements MigrationTool {
    public static final String ID = "node-pg-migrate";
    static final List<String> REQUIRED = List.of("id", "name", "run_on");

    /** The order index for the tracking read the reconciler is asking about; rebuilt when it changes. */
    private volatile CachedOrder cachedOrder;

    private record CachedOrder(TrackingRead source, RunOrder order) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "node-pg-migrate";
    }

    @Override
    public Detection detect(FolderListing folder, TableProbe tables) throws IOException, SQLException {
        return NodePgMigrateDetector.detect(folder, tables, defaultSchema());
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        return NodePgMigrateFolder.scan(folder);
    }

    @Override
    public TrackingRead readTracking(Connection c, String schema) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, NodePgMigrateTable.TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        String table = SqlNames.qualified(schema, NodePgMigrateTable.TABLE);
        List<String> missing = REQUIRED.stream().filter(col -> !columns.containsKey(col)).toList();
        if (!missing.isEmpty()) {
            throw new TrackingTableException(table + " has columns " + columns.keySet() + " but node-pg-migrate writes "
                    + REQUIRED + " (missing " + missing + "). Pass --schema if its table lives elsewhere, or --tool for"
                    + " the tool this table belongs to.");
        }
        List<String> problems = new ArrayList<>();
        for (String col : columns.keySet()) {
            if (!REQUIRED.contains(col)) {
                problems.add(table + " has a column '" + col + "' node-pg-migrate does not write; it is left as it is"
                        + " (it needs a default, or node-pg-migrate's own inserts fail).");
            }
        }
        List<TrackedRow> rows = new ArrayList<>();
        // The tool's own read (src/runner.ts, getRunMigrations): ORDER BY run_on, id is the run order its check uses.
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY run_on, id")) {
            while (rs.next()) {
                rows.add(toRow(rs));
            }
        }
        return new TrackingRead(true, rows, problems);
    }

    private static TrackedRow toRow(ResultSet rs) throws SQLException {
        Timestamp runOn = rs.getTimestamp("run_on");
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("id", rs.getString("id"));
        String name = rs.getString("name");
        return new TrackedRow(Version.textual(name), name, TrackedRow.Outcome.SUCCESS, null, null,
                runOn == null ? null : runOn.toInstant(), null, null, detail, RowImage.of(rs));
    }

    /**
     * Adds node-pg-migrate's own words where its order check would stop on rows, not on an
     * untracked file: a run row whose file is gone, or rows run in another order than the files sort.
     */
    @Override
    public TrackingRead interpret(TrackingRead raw, FileScan scan) {
        List<String> fileNames = scan.files().stream().map(f -> f.version().text()).toList();
        List<String> runNames = RunOrder.names(raw.rows());
        Optional<RunOrder.Mismatch> mismatch = RunOrder.firstMismatch(runNames, fileNames);
        Set<String> files = new HashSet<>(fileNames);
        List<TrackedRow> rows = new ArrayList<>(raw.rows().size());
        for (TrackedRow r : raw.rows()) {
            rows.add(files.contains(r.version().text()) ? r : withToolMessages(r, mismatch));
        }
        List<String> problems = new ArrayList<>(raw.problems());
        mismatch.filter(m -> files.contains(m.run()) && runNames.contains(m.file())).ifPresent(m -> problems.add(
                "node-pg-migrate up stops with \"" + m.message() + "\": the rows' run order (run_on, id) differs from"
                        + " the order of the files, as after a run with --no-check-order or rows written by hand."
                        + " Run node-pg-migrate with --no-check-order, or fix run_on so the rows follow the files."));
        return new TrackingRead(raw.tableExists(), rows, problems);
    }

    private static TrackedRow withToolMessages(TrackedRow row, Optional<RunOrder.Mismatch> mismatch) {
        Map<String, String> detail = new LinkedHashMap<>(row.detail());
        String name = row.version().text();
        mismatch.filter(m -> m.run().equals(name)).ifPresent(m ->
                detail.put("node-pg-migrate up stops with", "\"" + m.message() + "\""));
        detail.put("node-pg-migrate down over it stops with", "\"Definitions of migrations " + name
                + " have been deleted.\"");
        return new TrackedRow(row.version(), row.name(), row.outcome(), row.checksum(), row.normalizedChecksum(),
                row.appliedAt(), row.appliedBy(), row.executionTimeMs(), detail, row.columns());
    }

    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        return ChecksumMatch.NOT_STORED;
    }

    /**
     * node-pg-migrate refuses to run a file that sorts before one already run (src/runner.ts,
     * checkOrder), by its own file order rather than {@code highestApplied}'s string order.
     */
    @Override
    public Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        CachedOrder cached = cachedOrder;
        if (cached == null || cached.source() != tracking) {
            cached = new CachedOrder(tracking, new RunOrder(tracking.rows()));
            cachedOrder = cached;
        }
        return cached.order().refusal(file.version().text()).map(message -> message
                + " (node-pg-migrate up refuses to run; --no-check-order runs it anyway)");
    }

    /** Only the {@code -- Up Migration} part of a SQL file runs; modules are never run by Migrascope. */
    @Override
    public ExecutableSql executableSql(MigrationFile file, String text) {
        if (!NodePgMigrateFolder.extension(file.file()).equals("sql")) {
            throw new IllegalArgumentException(file.file() + " is not SQL: run it with node-pg-migrate up");
        }
        return ExecutableSql.whole(NodePgMigrateSql.upPart(text));
    }

    @Override
    public TrackingWriter writer(String schema, String database) {
        return new NodePgMigrateTable(schema);
    }
}
