package io.migrascope.core.tool.supabase;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.FileText;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Supabase CLI: {@code supabase/migrations/<version>_<name>.sql}, tracked in
 * {@code supabase_migrations.schema_migrations(version, statements, name)}. Versions compare as
 * strings, exactly as the CLI orders them ({@code ORDER BY version} on text, Go's string {@code <}).
 * There is no checksum, but every row keeps the statements that ran, which is better: a file is
 * compared statement by statement with what the database recorded.
 */
public final class SupabaseTool implements MigrationTool {
    public static final String ID = "supabase";
    public static final String SCHEMA = "supabase_migrations";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Supabase CLI";
    }

    @Override
    public String defaultSchema() {
        return SCHEMA;
    }

    /**
     * The {@code supabase/} project layout is the mark; the tracking table counts with its three
     * columns (name alone proves nothing: golang-migrate, dbmate and Rails all use schema_migrations).
     */
    @Override
    public Detection detect(FolderListing listing, TableProbe tables) throws SQLException {
        Path folder = listing.folder();
        List<String> evidence = new ArrayList<>();
        int score = Detection.NONE;
        String layout = layout(folder);
        if (layout != null) {
            score += Detection.MARKER;
            evidence.add(layout);
        }
        Map<String, String> columns = tables.columns(SCHEMA, SupabaseTrackingTable.TABLE);
        if ("text".equals(columns.get("version")) && "text[]".equals(columns.get("statements"))
                && "text".equals(columns.get("name"))) {
            score += Detection.TABLE;
            evidence.add(SCHEMA + ".schema_migrations has the CLI's columns (version text, statements text[], name text)");
        } else if ("text".equals(columns.get("version"))) {
            score += Detection.TABLE / 2;
            evidence.add(SCHEMA + ".schema_migrations has a text version column (an older CLI's table)");
        }
        return new Detection(ID, score, evidence);
    }

    private static String layout(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        Path parent = folder.toAbsolutePath().normalize().getParent();
        if (name != null && parent != null && name.toString().equals("migrations")
                && parent.getFileName() != null && parent.getFileName().toString().equals("supabase")) {
            return "the folder is supabase/migrations";
        }
        if (Files.isDirectory(folder.resolve("supabase").resolve("migrations"))) {
            return "the folder holds supabase/migrations";
        }
        if (Files.isRegularFile(folder.resolve("config.toml")) && name != null && name.toString().equals("supabase")) {
            return "the folder is a supabase/ project folder with config.toml";
        }
        if (Files.isRegularFile(folder.resolve("supabase").resolve("config.toml"))) {
            return "the folder holds supabase/config.toml";
        }
        return null;
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        return SupabaseFolder.scan(folder);
    }

    @Override
    public TrackingRead readTracking(Connection connection, String schema) throws SQLException, TrackingTableException {
        return new SupabaseTrackingRead(schema).read(connection);
    }

    /**
     * Supabase matches a row to a file by version alone (supabase/cli #4406), so a row whose name
     * differs from its file is not an error to the CLI; it is worth telling, because it is how SQL
     * applied under one name and committed under another shows up.
     */
    @Override
    public TrackingRead interpret(TrackingRead raw, FileScan scan) {
        Map<Version, List<MigrationFile>> byVersion = new HashMap<>();
        for (MigrationFile f : scan.files()) {
            byVersion.computeIfAbsent(f.version(), v -> new ArrayList<>(1)).add(f);
        }
        List<TrackedRow> rows = new ArrayList<>(raw.rows().size());
        for (TrackedRow r : raw.rows()) {
            List<MigrationFile> files = byVersion.getOrDefault(r.version(), List.of());
            if (files.size() == 1 && r.name() != null && !r.name().equals(files.get(0).name())) {
                Map<String, String> detail = new HashMap<>(r.detail());
                detail.put("name mismatch", "the row records the name '" + r.name() + "' but the file is "
                        + files.get(0).file() + "; the CLI matches by version only, so it treats them as one migration");
                r = new TrackedRow(r.version(), r.name(), r.outcome(), r.checksum(), r.normalizedChecksum(),
                        r.appliedAt(), r.appliedBy(), r.executionTimeMs(), detail, r.columns());
            }
            rows.add(r);
        }
        return new TrackingRead(raw.tableExists(), rows, raw.problems());
    }

    /**
     * Same statements: SAME. The checksums are fingerprints of the statement lists, so an unchanged
     * file is decided without reading it again; only a mismatch re-reads the file to tell a layout
     * change from a real one.
     */
    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        if (row.checksum() == null) {
            return ChecksumMatch.NOT_STORED;
        }
        if (row.checksum().equals(file.checksum())) {
            return ChecksumMatch.SAME;
        }
        List<String> stored = SupabaseTrackingRead.storedStatements(row);
        if (stored == null) {
            return ChecksumMatch.CHANGED;
        }
        try {
            String text = FileText.decode(Files.readAllBytes(file.path())).orElse(null);
            if (text == null) {
                return ChecksumMatch.CHANGED;
            }
            List<String> now = SupabaseStatements.split(text);
            return SupabaseStatements.normalized(now).equals(SupabaseStatements.normalized(stored))
                    ? ChecksumMatch.COSMETIC : ChecksumMatch.CHANGED;
        } catch (IOException | SqlSyntaxException e) {
            return ChecksumMatch.CHANGED;
        }
    }

    /** FindPendingMigrations: an unapplied file older than the newest applied version stops {@code db push}. */
    @Override
    public Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        if (highestApplied != null && file.version().compareTo(highestApplied) < 0) {
            return Optional.of("not applied, but " + highestApplied + " is (versions compare as text): supabase db"
                    + " push stops with \"Found local migration files to be inserted before the last migration on"
                    + " remote database\" unless run with --include-all");
        }
        return Optional.empty();
    }

    /** {@code <version>_<name>.sql}: the name part stays, so the stored name still matches after a renumber. */
    @Override
    public Optional<String> renamedFile(MigrationFile file, Version version) {
        return Optional.of(version.text() + "_" + file.name() + ".sql");
    }

    /** The next number, as wide as the file's own version, so that it also sorts after it as text. */
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
        return new SupabaseTrackingTable(schema);
    }
}
