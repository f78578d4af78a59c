package io.migrascope.core.tool;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import java.util.List;

/**
 * The rows a tool itself writes, as exact SQL: previews show and executors run the same commands.
 * Every method writes exactly what the tool's own command would, so the tool is content afterwards.
 * Methods that a tool has no equivalent for throw {@link UnsupportedRepairException} saying so.
 */
public interface TrackingWriter {

    /**
     * The tracking table, schema-qualified and quoted: the journal keeps its rows' before- and
     * after-images around every write, which is what undo restores.
     */
    default String qualifiedTable() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " must name its tracking table");
    }

    /** The lock the tool takes while it migrates. */
    LockSpec lock();

    /** What is being locked, for messages ("migrations of "public"."schema_migrations""). */
    String lockName();

    /** Statements that create the tracking table (and companions) when absent; idempotent. */
    List<String> createSql();

    /** The rows recording that {@code file} ran during apply with {@code outcome}; run in the file's transaction. */
    List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome);

    /** Mark applied without running SQL (Prisma {@code resolve --applied}, golang-migrate {@code force V}, ...). */
    List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException;

    /** Mark rolled back (Prisma {@code resolve --rolled-back}, Flyway repair's failed-row delete, ...). */
    List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException;

    /** Delete the tracking row(s) of this migration (Supabase {@code repair --status reverted}, ...). */
    List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException;

    /** Store the file's current checksum (Flyway repair's realign); only for cosmetic drift. */
    List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException;
}
