package io.migrascope.core.tool.nativeformat;

import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumAlgorithm;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.core.tool.FileCandidate;
import io.migrascope.core.tool.FileReader;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.RowImage;
import io.migrascope.core.tool.TableColumns;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.TrackingTableException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migrascope's own format, the home-made runner of the seeds done right: {@code NNN_name.sql}
 * (or a 14-digit timestamp) in one folder, tracked in {@code schema_migrations} with a SHA-256
 * of the file bytes and one of the normalised text, so cosmetic edits are told from real ones.
 */
public final class NativeTool implements MigrationTool {
    public static final String ID = "native";
    private static final Pattern NAME = Pattern.compile("(\\d+)_(.+)\\.sql");

    @Override
    public String id() {
        return ID;
    }

    /**
     * Plain {@code NNN_name.sql} files are this format's (weakly: other tools use the same names with
     * markers of their own, which score higher); a {@code schema_migrations} with our checksum columns
     * is ours for certain.
     */
    @Override
    public Detection detect(FolderListing folder, TableProbe tables) throws IOException, SQLException {
        List<String> evidence = new ArrayList<>();
        int score = Detection.NONE;
        Map<String, String> columns = tables.columns(defaultSchema(), NativeTrackingTable.TABLE);
        if (columns.keySet().containsAll(List.of("version", "checksum", "normalized_checksum", "success"))) {
            score += Detection.MARKER + Detection.TABLE;
            evidence.add("public.schema_migrations has Migrascope's columns (checksum, normalized_checksum, success)");
        }
        long plain = folder.count(n -> n.endsWith(".sql") && NAME.matcher(n).matches()
                && !n.endsWith(".up.sql") && !n.endsWith(".down.sql"));
        if (plain > 0) {
            score += Detection.FILES - 5;
            evidence.add(plain + " files named NNN_name.sql");
        }
        return new Detection(ID, score, evidence);
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder)
                    ? new NotDirectoryException(folder + " is not a folder; pass the folder that holds the migration files")
                    : new NoSuchFileException(folder + " does not exist; pass the folder that holds the migration files");
        }
        List<FileCandidate> candidates = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                classify(entry, candidates, ignored);
            }
        }
        candidates.sort(Comparator.comparing(FileCandidate::version).thenComparing(FileCandidate::file));
        ignored.sort(Comparator.comparing(IgnoredFile::file));
        List<MigrationFile> files = FileReader.read(candidates, ChecksumAlgorithm.SHA256_OF_BYTES);
        return new FileScan(files, ignored);
    }

    private static void classify(Path entry, List<FileCandidate> candidates, List<IgnoredFile> ignored) {
        String fileName = entry.getFileName().toString();
        // One stat per entry (following links); a failure means a link that leads nowhere readable.
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            attributes = null;
        }
        if (attributes != null && attributes.isDirectory()) {
            ignored.add(new IgnoredFile(fileName, "a folder: native migrations live directly in the migrations folder"));
            return;
        }
        if (attributes == null || !attributes.isRegularFile()) {
            String why = Files.isSymbolicLink(entry)
                    ? "a symbolic link that leads nowhere readable (broken or a loop)"
                    : "not a regular file";
            ignored.add(new IgnoredFile(fileName, why));
            return;
        }
        Matcher m = NAME.matcher(fileName);
        if (m.matches()) {
            candidates.add(new FileCandidate(Version.parse(m.group(1)), m.group(2), fileName, entry));
        } else if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
            ignored.add(new IgnoredFile(fileName,
                    "the name is not NNN_name.sql (a version number, an underscore, a name); rename it to be run"));
        } else {
            ignored.add(new IgnoredFile(fileName, "not a .sql file"));
        }
    }

    @Override
    public TrackingRead readTracking(Connection c, String schema) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, NativeTrackingTable.TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        NativeTrackingTable table = new NativeTrackingTable(schema);
        List<String> problems = table.checkColumns(columns);
        List<TrackedRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(table.selectSql(columns.keySet()))) {
            RowImage.Reader images = RowImage.reader(rs);
            while (rs.next()) {
                rows.add(toRow(images.read(rs)));
            }
        }
        return new TrackingRead(true, rows, problems);
    }

    /** A row from its image: every column is decoded once (10,000 rows, timestamps included). */
    private static TrackedRow toRow(Map<String, Object> image) {
        Map<String, String> detail = new HashMap<>();
        boolean success = Boolean.TRUE.equals(image.get("success"));
        Number run = RowImage.number(image, "statements_run");
        if (run != null && !success) {
            detail.put("statements run", run.toString());
        }
        String error = RowImage.text(image, "error");
        if (error != null) {
            detail.put("error", error);
        }
        Number ms = RowImage.number(image, "execution_time_ms");
        return new TrackedRow(
                Version.parse(RowImage.text(image, "version")),
                RowImage.text(image, "name"),
                success ? TrackedRow.Outcome.SUCCESS : TrackedRow.Outcome.FAILED,
                RowImage.text(image, "checksum"),
                RowImage.text(image, "normalized_checksum"),
                RowImage.instant(image, "applied_at"),
                RowImage.text(image, "applied_by"),
                ms == null ? null : ms.longValue(),
                detail,
                image);
    }

    @Override
    public String displayName() {
        return "Migrascope (native)";
    }

    /** Keeps the name part; the version keeps the file's zero-padding width ({@code 003} → {@code 011}). */
    @Override
    public Optional<String> renamedFile(MigrationFile file, Version version) {
        return Optional.of(version.text() + "_" + file.name() + ".sql");
    }

    @Override
    public Optional<Version> nextVersion(Version highest, MigrationFile like) {
        if (!highest.isNumeric() || highest.text().contains(".")) {
            return Optional.empty();
        }
        java.math.BigInteger next = new java.math.BigInteger(highest.text()).add(java.math.BigInteger.ONE);
        int width = like.version().text().length();
        String text = next.toString();
        if (text.length() < width) {
            text = "0".repeat(width - text.length()) + text;
        }
        return Optional.of(Version.parse(text));
    }

    @Override
    public TrackingWriter writer(String schema, String database) {
        return new NativeTrackingTable(schema);
    }

    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        if (row.checksum() == null) {
            return ChecksumMatch.NOT_STORED;
        }
        if (row.checksum().equalsIgnoreCase(file.checksum())) {
            return ChecksumMatch.SAME;
        }
        if (row.normalizedChecksum() != null && row.normalizedChecksum().equals(file.normalizedChecksum())) {
            return ChecksumMatch.COSMETIC;
        }
        return ChecksumMatch.CHANGED;
    }
}
