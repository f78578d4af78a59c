package io.migrascope.core.tool.golangmigrate;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * golang-migrate (v4): {@code <version>_<name>.up.sql} files with {@code .down.sql} companions, and
 * a {@code schema_migrations(version bigint, dirty boolean)} table holding one row at most, the
 * current version. No history, no checksum; a failed run leaves the row dirty.
 */
public final class GolangMigrateTool implements MigrationTool {
    public static final String ID = "golang-migrate";
    private static final Map<String, String> COLUMNS = Map.of("version", "bigint", "dirty", "boolean");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "golang-migrate";
    }

    /** The .up/.down naming is its mark; a schema_migrations with exactly (version bigint, dirty boolean) its table. */
    @Override
    public Detection detect(FolderListing folder, TableProbe tables) throws IOException, SQLException {
        List<String> evidence = new ArrayList<>();
        int score = Detection.NONE;
        long files = folder.count(GolangMigrateFolder::isMigrationFile);
        if (files > 0) {
            score += Detection.MARKER;
            evidence.add(files + " files named <version>_<name>.up.sql / .down.sql");
        }
        if (COLUMNS.equals(tables.columns(defaultSchema(), GolangMigrateTable.TABLE))) {
            score += Detection.TABLE;
            evidence.add(defaultSchema() + ".schema_migrations has exactly golang-migrate's columns"
                    + " (version bigint, dirty boolean)");
        }
        return new Detection(ID, score, evidence);
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        return GolangMigrateFolder.scan(folder);
    }

    /** Every row, in the order golang-migrate's {@code SELECT ... LIMIT 1} meets them; normally one or none. */
    @Override
    public TrackingRead readTracking(Connection c, String schema) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, GolangMigrateTable.TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        String table = SqlNames.qualified(schema, GolangMigrateTable.TABLE);
        List<String> missing = COLUMNS.keySet().stream().filter(k -> !columns.containsKey(k)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new TrackingTableException(table + " has columns " + columns.keySet() + " but golang-migrate's"
                    + " table needs version and dirty (missing " + missing + "). It may belong to another tool"
                    + " (dbmate and Rails use the same name): pass --tool for that tool, or --schema for another schema.");
        }
        List<String> problems = new ArrayList<>();
        for (String col : columns.keySet()) {
            if (!COLUMNS.containsKey(col)) {
                problems.add(table + " has a column '" + col + "' golang-migrate does not write; its inserts fail"
                        + " unless the column has a default.");
            } else if (!COLUMNS.get(col).equals(columns.get(col))) {
                problems.add(table + "." + col + " is " + columns.get(col) + ", not " + COLUMNS.get(col)
                        + " as golang-migrate creates it.");
            }
        }
        List<TrackedRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, dirty FROM " + table)) {
            while (rs.next()) {
                boolean dirty = rs.getBoolean("dirty");
                Map<String, String> detail = dirty ? Map.of("dirty", dirtyExplanation(rs.getLong("version")))
                        : Map.of();
                rows.add(new TrackedRow(Version.parse(Long.toString(rs.getLong("version"))), null,
                        dirty ? TrackedRow.Outcome.FAILED : TrackedRow.Outcome.SUCCESS, null, null, null, null,
                        null, detail, RowImage.of(rs)));
            }
        }
        return new TrackingRead(true, rows, problems);
    }

    private static String dirtyExplanation(long version) {
        return "Dirty database version " + version + ". Fix and force version. golang-migrate records the version"
                + " as dirty before running a file and clears it after, so the file (or the down migration of the"
                + " version above) failed and may have run partly: check which of its objects exist, then mark it"
                + " applied (force " + version + ") or rolled back (force the previous version)";
    }

    @Override
    public TrackingRead interpret(TrackingRead raw, FileScan scan) {
        return CurrentVersion.interpret(raw, scan);
    }

    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        return ChecksumMatch.NOT_STORED;
    }

    /**
     * Never: interpret() counts every file below the current version as applied, exactly as
     * golang-migrate does, so an untracked file is always above it and simply pending. The skipped
     * low-version file of pains #8 is named in its implied row's evidence instead.
     */
    @Override
    public Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        return Optional.empty();
    }

    /**
     * Not by one rename: the up file has a .down companion with the same version, and moving only
     * the up file leaves two .down files claiming the old version, which golang-migrate refuses
     * ("duplicate migration file"). Renumbering needs both files moved together.
     */
    @Override
    public Optional<String> renamedFile(MigrationFile file, Version version) {
        return Optional.empty();
    }

    @Override
    public TrackingWriter writer(String schema, String database) {
        return new GolangMigrateTable(schema, database);
    }
}
