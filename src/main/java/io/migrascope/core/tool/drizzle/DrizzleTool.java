package io.migrascope.core.tool.drizzle;

import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.prisma.CosmeticEdits;
import io.migrascope.core.tool.prisma.NodeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Drizzle (drizzle-kit files, drizzle-orm's migrator). Migrations are journal entries, versioned by
 * their place in the journal; status ties rows to them by identity (created_at = when), while
 * drizzle itself only compares entries with the newest row — so an entry older than that, which
 * drizzle silently never runs, is out of order here. The tool keeps the journal times of the folder
 * it scanned; one instance serves one audit.
 */
public final class DrizzleTool implements MigrationTool {
    public static final String ID = "drizzle";
    private final DrizzleJournals journals = new DrizzleJournals();
    private volatile HighWater highWater;

    private record HighWater(TrackingRead tracking, OptionalLong mark) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Drizzle";
    }

    /** drizzle-orm's default {@code migrationsSchema}. */
    @Override
    public String defaultSchema() {
        return "drizzle";
    }

    @Override
    public Detection detect(FolderListing listing, TableProbe tables) throws IOException, SQLException {
        List<String> evidence = new ArrayList<>();
        int score = Detection.NONE;
        Path folder = listing.folder();
        Path out = DrizzleFolder.locate(folder);
        if (Files.isRegularFile(out.resolve(DrizzleJournal.PATH))) {
            score = Detection.MARKER;
            evidence.add(folder.relativize(out.resolve(DrizzleJournal.PATH)) + " (drizzle-kit's journal)");
        } else {
            Optional<String> beta = listing.at(out).firstFolderWith(List.of("migration.sql", "snapshot.json"), List.of());
            if (beta.isPresent()) {
                score = Detection.FILES;
                evidence.add("drizzle-kit v1 folders such as " + beta.get() + "/ with migration.sql and snapshot.json");
            }
        }
        if (tables.columns(defaultSchema(), DrizzleHistory.TABLE).keySet().containsAll(DrizzleHistory.REQUIRED)) {
            score += Detection.TABLE;
            evidence.add("drizzle.__drizzle_migrations with drizzle's columns");
        }
        return new Detection(ID, score, evidence);
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        return DrizzleFolder.scan(folder, journals);
    }

    @Override
    public TrackingRead readTracking(Connection connection, String schema) throws SQLException, TrackingTableException {
        return DrizzleHistory.read(connection, schema);
    }

    @Override
    public TrackingRead interpret(TrackingRead raw, FileScan scan) {
        return DrizzleHistory.interpret(raw, scan, journals);
    }

    /**
     * The stored hash is of the file as drizzle read it then. drizzle never compares it; a change
     * is still drift, cosmetic only when undoing a cosmetic edit of today's text gives that hash.
     */
    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        String stored = row.checksum();
        if (stored == null) {
            return ChecksumMatch.NOT_STORED;
        }
        if (stored.equals(file.checksum())) {
            return ChecksumMatch.SAME;
        }
        try {
            String text = NodeText.decode(Files.readAllBytes(file.path()));
            return CosmeticEdits.explain(text, variant -> NodeText.sha256(variant).equals(stored))
                    ? ChecksumMatch.COSMETIC : ChecksumMatch.CHANGED;
        } catch (IOException | SecurityException e) {
            return ChecksumMatch.CHANGED;
        }
    }

    /**
     * drizzle runs an entry only when its {@code when} is greater than the newest row's
     * created_at ({@code Number(lastDbMigration.created_at) < migration.folderMillis}); an
     * untracked entry that is not is skipped without a word, on every run.
     */
    @Override
    public Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        if (file == null) {
            return Optional.empty();
        }
        OptionalLong when = journals.whenOf(file);
        OptionalLong mark = highWaterMark(tracking);
        if (when.isEmpty() || mark.isEmpty() || when.getAsLong() > mark.getAsLong()) {
            return Optional.empty();
        }
        String relation = when.getAsLong() == mark.getAsLong() ? "is the same as" : "is older than";
        return Optional.of("drizzle will never apply this: its journal time " + when.getAsLong() + " ("
                + Instant.ofEpochMilli(when.getAsLong()) + ") " + relation + " the last applied migration's created_at "
                + mark.getAsLong() + " (" + Instant.ofEpochMilli(mark.getAsLong()) + ")");
    }

    /** Computed once per tracking read: status asks for every untracked file. */
    private OptionalLong highWaterMark(TrackingRead tracking) {
        HighWater known = highWater;
        if (known == null || known.tracking() != tracking) {
            known = new HighWater(tracking, DrizzleHistory.highWaterMark(tracking));
            highWater = known;
        }
        return known.mark();
    }

    @Override
    public TrackingWriter writer(String schema, String database) {
        return new DrizzleTrackingTable(schema, journals);
    }
}
