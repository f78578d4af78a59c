package io.migrascope.core.tool;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One migration tool's conventions: how it names and orders files, what its tracking table holds,
 * how it checksums, and what it writes. Each tool lives in its own package under {@code core.tool}.
 */
public interface MigrationTool {

    /** The id used by {@code --tool}. */
    String id();

    /** The name users know ("Flyway", "golang-migrate"). */
    String displayName();

    /** The schema of the tracking table when the user names none. */
    default String defaultSchema() {
        return "public";
    }

    /** How much the folder and the database look like this tool's. */
    default Detection detect(Path folder, TableProbe tables) throws IOException, SQLException {
        return detect(FolderListing.of(folder), tables);
    }

    /** As {@link #detect(Path, TableProbe)}, on a listing every tool's detection shares. */
    Detection detect(FolderListing folder, TableProbe tables) throws IOException, SQLException;

    /** Reads the folder as this tool would; files it would not run are listed as ignored. */
    FileScan scan(Path folder) throws IOException;

    /** Reads the tracking table in {@code schema}; an absent table is not an error. */
    TrackingRead readTracking(Connection connection, String schema) throws SQLException, TrackingTableException;

    /**
     * Turns raw tracking rows into one row per migration where the tool's table says more or less
     * than that: golang-migrate's single row implies every earlier version; Drizzle's rows are
     * matched to journal entries by their {@code created_at}. Most tools keep rows as read.
     */
    default TrackingRead interpret(TrackingRead raw, FileScan scan) {
        return raw;
    }

    /** Compares a file with what its tracking row stored, by this tool's checksum rules. */
    ChecksumMatch compare(MigrationFile file, TrackedRow row);

    /**
     * Why an untracked file will not be run by the tool in the normal course, or empty when it is
     * simply pending. The default: a version older than the newest applied one.
     */
    default Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        if (highestApplied != null && file.version().compareTo(highestApplied) < 0) {
            return Optional.of("not tracked, but " + highestApplied + " is already applied");
        }
        return Optional.empty();
    }

    /**
     * What apply runs of a file whose text (BOM removed) is {@code text}: the whole file unless the
     * tool keeps other parts in it (down blocks) or lets the file opt out of a transaction.
     *
     * @throws IllegalArgumentException with a message naming the file when the file lacks the
     *                                  part the tool needs (e.g. no {@code -- migrate:up} block)
     */
    default ExecutableSql executableSql(MigrationFile file, String text) {
        return ExecutableSql.whole(text);
    }

    /**
     * The file name {@code file} gets when renumbered to {@code version}, in the same folder, or
     * empty when the tool's files cannot be renumbered by name (a journal, a directory per migration).
     */
    default Optional<String> renamedFile(MigrationFile file, Version version) {
        return Optional.empty();
    }

    /**
     * The next version after {@code highest} in this tool's style, for renumbering; empty when the
     * tool has no such notion.
     */
    default Optional<Version> nextVersion(Version highest, MigrationFile like) {
        return Optional.empty();
    }

    /**
     * A version that sorts just before {@code next} in this tool's style, for moving a file that never
     * ran before the file that needs it; empty when the tool has no such notion.
     */
    default Optional<Version> versionBefore(Version next, MigrationFile like) {
        return Optional.empty();
    }

    /** Whether a migration is a folder ({@code <name>/migration.sql}): a renumber then renames the folder. */
    default boolean migrationIsFolder() {
        return false;
    }

    /**
     * Whether an untracked file whose objects exist counts as UNTRACKED (applied by hand). Not for
     * files the tool runs again by design, like Flyway's changed repeatables: those stay PENDING.
     */
    default boolean untrackedMeansAppliedByHand(MigrationFile file) {
        return true;
    }

    /** The writer for the tracking table in {@code schema} of database {@code database}. */
    TrackingWriter writer(String schema, String database);
}
