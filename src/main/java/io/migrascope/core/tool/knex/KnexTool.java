package io.migrascope.core.tool.knex;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.FolderListing;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Knex 3: migrations keyed by file name in {@code knex_migrations}, batches, a lock-row table. */
public final class KnexTool implements MigrationTool {
    public static final String ID = "knex";
    static final List<String> REQUIRED = List.of("id", "name", "batch", "migration_time");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Knex";
    }

    @Override
    public Detection detect(FolderListing folder, TableProbe tables) throws IOException, SQLException {
        return KnexDetector.detect(folder, tables, defaultSchema());
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        return KnexFolder.scan(folder);
    }

    @Override
    public TrackingRead readTracking(Connection c, String schema) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, KnexTable.TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        String table = SqlNames.qualified(schema, KnexTable.TABLE);
        List<String> missing = REQUIRED.stream().filter(col -> !columns.containsKey(col)).toList();
        if (!missing.isEmpty()) {
            throw new TrackingTableException(table + " has columns " + columns.keySet() + " but Knex writes " + REQUIRED
                    + " (missing " + missing + "). Pass --schema if Knex's schemaName puts it elsewhere, or --tool for"
                    + " the tool this table belongs to.");
        }
        List<String> problems = new ArrayList<>();
        for (String col : columns.keySet()) {
            if (!REQUIRED.contains(col)) {
                problems.add(table + " has a column '" + col + "' Knex does not write; it is left as it is (it needs a"
                        + " default, or Knex's own inserts fail).");
            }
        }
        List<TrackedRow> rows = new ArrayList<>();
        // Migration-list-resolver.js listCompleted: the rows in insert order.
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                String name = rs.getString("name");
                if (name == null) {
                    problems.add(table + " has a row without a name (id " + rs.getString("id") + "); Knex cannot match"
                            + " it to a file. Delete it.");
                    continue;
                }
                rows.add(toRow(rs, name));
            }
        }
        problems.addAll(KnexLock.asList(KnexLock.problem(c, schema)));
        return new TrackingRead(true, rows, problems);
    }

    private static TrackedRow toRow(ResultSet rs, String name) throws SQLException {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("batch", String.valueOf(rs.getObject("batch")));
        Timestamp at = rs.getTimestamp("migration_time");
        return new TrackedRow(Version.textual(name), KnexFolder.description(name), TrackedRow.Outcome.SUCCESS, null,
                null, at == null ? null : at.toInstant(), null, null, detail, RowImage.of(rs));
    }

    /**
     * Rows without a file get Knex's own refusal (Migrator.js, validateMigrationList), and, when a
     * file with the same name but another extension exists, the rename that most likely caused it.
     */
    @Override
    public TrackingRead interpret(TrackingRead raw, FileScan scan) {
        Set<String> files = scan.files().stream().map(f -> f.version().text()).collect(Collectors.toSet());
        List<TrackedRow> missing = raw.rows().stream().filter(r -> !files.contains(r.version().text())).toList();
        if (missing.isEmpty()) {
            return raw;
        }
        Map<String, String> fileByStem = new HashMap<>();
        scan.files().forEach(f -> fileByStem.putIfAbsent(KnexFolder.stem(f.file()), f.file()));
        String refusal = "\"The migration directory is corrupt, the following files are missing: "
                + missing.stream().map(r -> r.version().text()).collect(Collectors.joining(", ")) + "\"";
        List<TrackedRow> rows = new ArrayList<>(raw.rows().size());
        for (TrackedRow r : raw.rows()) {
            if (files.contains(r.version().text())) {
                rows.add(r);
                continue;
            }
            Map<String, String> detail = new LinkedHashMap<>(r.detail());
            detail.put("knex migrate:latest stops with", refusal);
            String renamed = fileByStem.get(KnexFolder.stem(r.version().text()));
            boolean renamedIsUntracked = renamed != null
                    && raw.rows().stream().noneMatch(o -> o.version().text().equals(renamed));
            if (renamedIsUntracked) {
                detail.put("renamed?", renamed + " has the same name with another extension; Knex matches full file"
                        + " names, so it reads as a new migration while this row has no file. Rename it back, or"
                        + " delete this row and mark " + renamed + " applied");
            }
            rows.add(new TrackedRow(r.version(), r.name(), r.outcome(), r.checksum(), r.normalizedChecksum(),
                    r.appliedAt(), r.appliedBy(), r.executionTimeMs(), detail, r.columns()));
        }
        return new TrackingRead(raw.tableExists(), rows, raw.problems());
    }

    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        return ChecksumMatch.NOT_STORED;
    }

    /**
     * Knex runs every file that has no row, whatever its place (Migrator.js latest: getNewMigrations
     * is all files minus completed ones, with no order check), so an older file is simply pending.
     */
    @Override
    public Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        return Optional.empty();
    }

    @Override
    public TrackingWriter writer(String schema, String database) {
        return new KnexTable(schema);
    }
}
