package io.migrascope.core.tool.nodepgmigrate;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
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
 * node-pg-migrate's {@code pgmigrations}: the rows {@code up}, {@code down} and {@code --fake}
 * write (src/migration.ts, _getMarkAsRun), under the tool's own advisory lock (src/runner.ts).
 */
public final class NodePgMigrateTable implements TrackingWriter {
    public static final String TABLE = "pgmigrations";
    /** src/runner.ts: {@code const PG_MIGRATE_LOCK_ID = 7241865325823964;} (exact in a JS number: below 2^53). */
    public static final long LOCK_ID = 7241865325823964L;

    private final String schema;

    public NodePgMigrateTable(String schema) {
        this.schema = schema;
    }

    @Override
    public String qualifiedTable() {
        return SqlNames.qualified(schema, TABLE);
    }

    @Override
    public LockSpec lock() {
        return new LockSpec.Advisory(LOCK_ID, "node-pg-migrate");
    }

    @Override
    public String lockName() {
        return "migrations of " + qualifiedTable();
    }

    /** ensureMigrationsTable's DDL; the tool checks information_schema first, IF NOT EXISTS does the same. */
    @Override
    public List<String> createSql() {
        return List.of("CREATE TABLE IF NOT EXISTS " + qualifiedTable()
                + " (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)");
    }

    /** node-pg-migrate keeps no failed state: a file that did not complete leaves no row. */
    @Override
    public List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome) {
        return outcome.success() ? List.of(RunOnPlacement.newest(qualifiedTable(), file.version().text())) : List.of();
    }

    /**
     * The row {@code node-pg-migrate up --fake} writes ({@code INSERT ... (name, run_on) VALUES
     * ('<name>', NOW())}), placed where the order check expects it: see {@link RunOnPlacement}.
     */
    @Override
    public List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException {
        MigrationFile file = row.file().orElseThrow(() -> new UnsupportedRepairException("migration " + row.version()
                + " has " + (row.files().isEmpty() ? "no file" : "several files")
                + "; node-pg-migrate records a migration by the name of exactly one file"));
        if (row.tracked() != null) {
            throw new UnsupportedRepairException("migration " + row.version() + " is already recorded in " + qualifiedTable());
        }
        String name = file.version().text();
        if (row.state() != MigrationState.OUT_OF_ORDER) {
            return List.of(RunOnPlacement.newest(qualifiedTable(), name));
        }
        return List.of(new RunOnPlacement(qualifiedTable()).insertInFileOrder(name, report));
    }

    /** What {@code node-pg-migrate down} (and {@code --fake} down) writes: src/migration.ts, _getMarkAsRun. */
    @Override
    public List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException {
        return deleteRow(row, report);
    }

    @Override
    public List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException {
        TrackedRow tracked = row.trackedRow().orElseThrow(() -> new UnsupportedRepairException("migration "
                + row.version() + " has no row in " + qualifiedTable()));
        return List.of(SqlCommand.of("DELETE FROM " + qualifiedTable() + " WHERE name = ?", tracked.version().text()));
    }

    @Override
    public List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException {
        throw new UnsupportedRepairException("node-pg-migrate stores no checksum, so there is nothing to realign for "
                + row.version());
    }
}
