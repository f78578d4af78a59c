package io.migrascope.core.tool.prisma;

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
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prisma Migrate. A migration is a folder and is known by the folder's whole name
 * ({@code migration_name}), so two folders with the same timestamp are two migrations, not a
 * duplicate: versions are textual and order by code point, which is how Prisma's engine sorted
 * until the CLI took over listing and sorted with {@code localeCompare} (for timestamped names the
 * two agree; they differ where '_' or '-' meets a digit, or upper meets lower case).
 */
public final class PrismaTool implements MigrationTool {
    public static final String ID = "prisma";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Prisma Migrate";
    }

    /** migration_lock.toml is Prisma's alone; folders of migration.sql are its layout; then its table. */
    @Override
    public Detection detect(FolderListing listing, TableProbe tables) throws IOException, SQLException {
        List<String> evidence = new ArrayList<>();
        int score = Detection.NONE;
        Path folder = listing.folder();
        FolderListing located = PrismaFolder.locate(listing);
        Path migrations = located.folder();
        Optional<String> provider = PrismaFolder.provider(migrations);
        if (provider.isPresent()) {
            score = Detection.MARKER;
            evidence.add(folder.relativize(migrations.resolve(PrismaFolder.LOCK_FILE)) + " (provider = "
                    + provider.get() + ")");
        } else {
            Optional<String> first = PrismaFolder.firstMigrationFolder(located);
            if (first.isPresent()) {
                score = Detection.FILES;
                evidence.add("migration folders such as " + first.get() + "/migration.sql");
            }
        }
        Map<String, String> columns = tables.columns(defaultSchema(), PrismaHistory.TABLE);
        if (columns.keySet().containsAll(PrismaHistory.COLUMNS)) {
            score += Detection.TABLE;
            evidence.add("public._prisma_migrations with Prisma's columns");
        }
        return new Detection(ID, score, evidence);
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        return PrismaFolder.scan(folder);
    }

    @Override
    public TrackingRead readTracking(Connection connection, String schema) throws SQLException, TrackingTableException {
        return PrismaHistory.read(connection, schema);
    }

    @Override
    public TrackingRead interpret(TrackingRead raw, FileScan scan) {
        return PrismaHistory.interpret(raw, scan);
    }

    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        return PrismaChecksum.compare(file, row.checksum());
    }

    /**
     * Never out of order: deploy applies every folder that has no row other than a rolled-back one,
     * whatever its place (apply_migrations.rs filters by name only), and migrate dev calls that
     * "database is behind", not a reason to reset. An older unapplied folder is simply pending.
     */
    @Override
    public Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        return Optional.empty();
    }

    /** The folder's new name: the version is the whole folder name. */
    @Override
    public Optional<String> renamedFile(MigrationFile file, Version version) {
        return Optional.of(version.text());
    }

    /**
     * One second before {@code next}'s timestamp, with the file's own description: how
     * {@code migrate dev} would have named it had it been created just before.
     */
    @Override
    public Optional<Version> versionBefore(Version next, MigrationFile like) {
        String text = next.text();
        if (text.length() < 15 || text.charAt(14) != '_' || !text.substring(0, 14).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
            String before = java.time.LocalDateTime.parse(text.substring(0, 14), f).minusSeconds(1).format(f);
            return Optional.of(Version.textual(before + "_" + like.name()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean migrationIsFolder() {
        return true;
    }

    @Override
    public TrackingWriter writer(String schema, String database) {
        return new PrismaTrackingTable(schema);
    }
}
