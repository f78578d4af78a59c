package io.migrascope.core.tool.dbmate;

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
import java.math.BigInteger;
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
 * dbmate: {@code db/migrations/<digits>_<name>.sql} files, each with a {@code -- migrate:up} and a
 * {@code -- migrate:down} block, tracked in {@code schema_migrations(version varchar)}. The table is
 * the same as Rails' (name and single column), so only the files tell the two apart.
 */
public final class DbmateTool implements MigrationTool {
    public static final String ID = "dbmate";
    /** How many files, and how much of each, detection reads looking for the marker. */
    private static final int FILES_TO_READ = 3;
    private static final int BYTES_TO_READ = 4096;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "dbmate";
    }

    /**
     * The {@code -- migrate:up} marker in the first files is dbmate's mark. The table counts only
     * weakly and only without Rails' {@code ar_internal_metadata} beside it: Rails writes the same
     * {@code schema_migrations(version varchar)}.
     */
    @Override
    public Detection detect(FolderListing folder, TableProbe tables) throws IOException, SQLException {
        List<String> evidence = new ArrayList<>();
        int score = Detection.NONE;
        List<String> marked = DbmateFolder.markedFiles(folder, FILES_TO_READ, BYTES_TO_READ);
        if (!marked.isEmpty()) {
            score += Detection.MARKER;
            evidence.add(String.join(", ", marked) + " hold" + (marked.size() == 1 ? "s" : "")
                    + " dbmate's '-- migrate:up' marker");
        }
        Map<String, String> columns = tables.columns(defaultSchema(), DbmateTable.TABLE);
        if (columns.size() == 1 && columns.getOrDefault("version", "").startsWith("character varying")) {
            if (tables.columns(defaultSchema(), "ar_internal_metadata").isEmpty()) {
                score += Detection.TABLE;
                evidence.add(defaultSchema() + ".schema_migrations has dbmate's single column (version varchar)");
            } else {
                evidence.add(defaultSchema() + ".schema_migrations looks like dbmate's, but ar_internal_metadata"
                        + " beside it is Rails'");
            }
        }
        return new Detection(ID, score, evidence);
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        return DbmateFolder.scan(folder);
    }

    /** SelectMigrations: every version, one query. */
    @Override
    public TrackingRead readTracking(Connection c, String schema) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, DbmateTable.TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        String table = SqlNames.qualified(schema, DbmateTable.TABLE);
        if (!columns.containsKey("version")) {
            throw new TrackingTableException(table + " has columns " + columns.keySet() + " but no 'version' column,"
                    + " which is all dbmate writes. It is not dbmate's table: pass --tool for the tool that owns it,"
                    + " or --schema for another schema.");
        }
        List<String> problems = new ArrayList<>();
        for (String col : columns.keySet()) {
            if (!col.equals("version")) {
                problems.add(table + " has a column '" + col + "' dbmate does not write"
                        + (col.equals("dirty") ? " (golang-migrate's table has version and dirty: is this"
                        + " --tool golang-migrate?)" : "") + "; dbmate's inserts fail unless it has a default.");
            }
        }
        List<TrackedRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM " + table + " ORDER BY version")) {
            while (rs.next()) {
                rows.add(new TrackedRow(Version.textual(rs.getString("version")), null, TrackedRow.Outcome.SUCCESS,
                        null, null, null, null, null, Map.of(), RowImage.of(rs)));
            }
        }
        return new TrackingRead(true, rows, problems);
    }

    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        return ChecksumMatch.NOT_STORED;
    }

    /**
     * Never: dbmate's {@code up} applies every unapplied file, older ones included; only {@code --strict}
     * refuses them. An older untracked file is therefore simply pending.
     */
    @Override
    public Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        return Optional.empty();
    }

    /** The up block only: the down block in the same file must never run on apply. */
    @Override
    public ExecutableSql executableSql(MigrationFile file, String text) {
        DbmateMigrationText parsed = DbmateMigrationText.parse(text);
        if (parsed.error() != null) {
            throw new IllegalArgumentException(file.file() + " cannot be run: " + parsed.error());
        }
        return new ExecutableSql(parsed.up(), parsed.transactional() ? Optional.empty()
                : Optional.of("its '-- migrate:up' line says transaction:false, so dbmate runs it outside a transaction"));
    }

    /** The digits change, the rest of the name stays. */
    @Override
    public Optional<String> renamedFile(MigrationFile file, Version version) {
        String name = file.path().getFileName().toString();
        return Optional.of(version.text() + name.substring(file.version().text().length()));
    }

    /** The next number, as wide as the file's own version: dbmate orders by file name. */
    @Override
    public Optional<Version> nextVersion(Version highest, MigrationFile like) {
        if (highest.text().isEmpty() || !highest.text().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        String next = new BigInteger(highest.text()).add(BigInteger.ONE).toString();
        int width = like.version().text().length();
        return Optional.of(Version.textual(next.length() < width ? "0".repeat(width - next.length()) + next : next));
    }

    @Override
    public TrackingWriter writer(String schema, String database) {
        return new DbmateTable(schema);
    }
}
