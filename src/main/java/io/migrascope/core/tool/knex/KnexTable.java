package io.migrascope.core.tool.knex;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.SqlNames;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.UnsupportedRepairException;
import java.util.List;

/**
 * Knex's {@code knex_migrations} and {@code knex_migrations_lock}: their DDL
 * (lib/migrations/migrate/table-creator.js) and the rows Migrator.js writes, as the pg dialect
 * renders them.
 */
public final class KnexTable implements TrackingWriter {
    public static final String TABLE = "knex_migrations";
    public static final String LOCK_TABLE = "knex_migrations_lock";

    private final String schema;

    public KnexTable(String schema) {
        this.schema = schema;
    }

    @Override
    public String qualifiedTable() {
        return SqlNames.qualified(schema, TABLE);
    }

    String lockTable() {
        return SqlNames.qualified(schema, LOCK_TABLE);
    }

    /**
     * Migrator._lockMigrations and _freeLock. Knex takes the row inside the transaction that wraps
     * the whole batch, so a crash rolls it back; Migrascope holds it committed for the length of its
     * write (as Knex does when a migration opts out of transactions), so a crashed Migrascope leaves
     * it set, and {@code knex migrate:unlock} releases it.
     */
    @Override
    public LockSpec lock() {
        return new LockSpec.LockTable(
                "UPDATE " + lockTable() + " SET \"is_locked\" = 1 WHERE \"is_locked\" = 0",
                "UPDATE " + lockTable() + " SET \"is_locked\" = 0",
                "Knex");
    }

    @Override
    public String lockName() {
        return "migrations of " + qualifiedTable();
    }

    /** ensureTable: both tables when absent, then the single lock row when the lock table is empty. */
    @Override
    public List<String> createSql() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + qualifiedTable()
                        + " (\"id\" serial primary key, \"name\" varchar(255), \"batch\" integer,"
                        + " \"migration_time\" timestamptz)",
                "CREATE TABLE IF NOT EXISTS " + lockTable() + " (\"index\" serial primary key, \"is_locked\" integer)",
                "INSERT INTO " + lockTable() + " (\"is_locked\") SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM "
                        + lockTable() + ")");
    }

    /** Knex keeps no failed state: a migration that did not complete leaves no row. */
    @Override
    public List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome) {
        return outcome.success() ? List.of(insert(file.version().text())) : List.of();
    }

    /**
     * The row {@code knex migrate:up} writes after running one migration (Migrator._waterfallBatch),
     * without running it. Knex gives every migration of one {@code migrate:latest} the same batch;
     * each mark here is a batch of its own, so {@code knex migrate:rollback} takes marked migrations
     * back one at a time.
     */
    @Override
    public List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException {
        MigrationFile file = row.file().orElseThrow(() -> new UnsupportedRepairException("migration " + row.version()
                + " has no file; Knex records a migration by its file name"));
        if (row.tracked() != null) {
            throw new UnsupportedRepairException("migration " + row.version() + " is already recorded in " + qualifiedTable());
        }
        return List.of(insert(file.version().text()));
    }

    private SqlCommand insert(String name) {
        // batch = _latestBatchNumber() + 1 and migration_time = new Date(), computed in the statement itself.
        return SqlCommand.of("INSERT INTO " + qualifiedTable() + " (\"name\", \"batch\", \"migration_time\")"
                + " SELECT ?, COALESCE(MAX(\"batch\"), 0) + 1, now() FROM " + qualifiedTable(), name);
    }

    /** What {@code knex migrate:down} writes for one migration (Migrator._waterfallBatch, direction down). */
    @Override
    public List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException {
        return deleteRow(row, report);
    }

    @Override
    public List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException {
        TrackedRow tracked = row.trackedRow().orElseThrow(() -> new UnsupportedRepairException("migration "
                + row.version() + " has no row in " + qualifiedTable()));
        return List.of(SqlCommand.of("DELETE FROM " + qualifiedTable() + " WHERE \"name\" = ?", tracked.version().text()));
    }

    @Override
    public List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException {
        throw new UnsupportedRepairException("Knex stores no checksum, so there is nothing to realign for " + row.version());
    }
}
