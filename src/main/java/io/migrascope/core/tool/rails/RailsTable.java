package io.migrascope.core.tool.rails;

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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * ActiveRecord's {@code schema_migrations} and {@code ar_internal_metadata}: their DDL
 * (schema_migration.rb, internal_metadata.rb) and the rows Migrator#record_version_state_after_migrating
 * writes, under Migrator's advisory lock (migration.rb).
 */
public final class RailsTable implements TrackingWriter {
    public static final String TABLE = "schema_migrations";
    public static final String METADATA_TABLE = "ar_internal_metadata";
    /** migration.rb: {@code MIGRATOR_SALT = 2053462845}. */
    static final long MIGRATOR_SALT = 2053462845L;

    private final String schema;
    private final String database;

    public RailsTable(String schema, String database) {
        this.schema = schema;
        this.database = database;
    }

    @Override
    public String qualifiedTable() {
        return SqlNames.qualified(schema, TABLE);
    }

    /**
     * generate_migrator_advisory_lock_id: {@code MIGRATOR_SALT * Zlib.crc32(current_database)}. Ruby's
     * integers do not overflow, and none is needed here: the salt is below 2^31 and a CRC-32 below
     * 2^32, so the product is below 2^63 and is the same signed bigint Rails passes to
     * {@code pg_try_advisory_lock} (the PostgreSQL adapter checks {@code bit_length <= 63}).
     */
    public static long lockId(String database) {
        CRC32 crc = new CRC32();
        crc.update(database.getBytes(StandardCharsets.UTF_8));
        return MIGRATOR_SALT * crc.getValue();
    }

    @Override
    public LockSpec lock() {
        return new LockSpec.Advisory(lockId(database), "Rails");
    }

    @Override
    public String lockName() {
        return "migrations of " + qualifiedTable();
    }

    /** What Migrator.new creates when absent; Rails writes the environment row on its next db:migrate. */
    @Override
    public List<String> createSql() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + qualifiedTable()
                        + " (\"version\" character varying NOT NULL PRIMARY KEY)",
                "CREATE TABLE IF NOT EXISTS " + SqlNames.qualified(schema, METADATA_TABLE)
                        + " (\"key\" character varying NOT NULL PRIMARY KEY, \"value\" character varying,"
                        + " \"created_at\" timestamp(6) NOT NULL, \"updated_at\" timestamp(6) NOT NULL)");
    }

    /** Rails keeps no failed state: a migration that did not complete leaves no row. */
    @Override
    public List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome) {
        return outcome.success() ? List.of(insert(file)) : List.of();
    }

    /** The row {@code bin/rails db:migrate} writes after running the migration, without running it. */
    @Override
    public List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException {
        MigrationFile file = row.file().orElseThrow(() -> new UnsupportedRepairException("migration " + row.version()
                + " has " + (row.files().isEmpty() ? "no file" : "several files") + "; Rails records a version that"
                + " exactly one file claims"));
        if (row.tracked() != null) {
            throw new UnsupportedRepairException("migration " + row.version() + " is already recorded in " + qualifiedTable());
        }
        return List.of(insert(file));
    }

    /** {@code SchemaMigration.create!(version: version.to_s)}: the integer's text, so 001_x.rb is stored as 1. */
    private SqlCommand insert(MigrationFile file) {
        String digits = file.version().text();
        return SqlCommand.of("INSERT INTO " + qualifiedTable() + " (\"version\") VALUES (?)",
                new BigInteger(digits).toString());
    }

    /** What {@code db:migrate:down VERSION=...} writes: the row goes, so db:migrate runs the file again. */
    @Override
    public List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException {
        return deleteRow(row, report);
    }

    /**
     * Deletes by the text as stored, not as Rails would render the integer: a row written by hand as
     * {@code '001'} is the one to remove, and Rails itself could never match it.
     */
    @Override
    public List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException {
        TrackedRow tracked = row.trackedRow().orElseThrow(() -> new UnsupportedRepairException("migration "
                + row.version() + " has no row in " + qualifiedTable()));
        Object stored = tracked.columns().get("version");
        return List.of(SqlCommand.of("DELETE FROM " + qualifiedTable() + " WHERE \"version\" = ?",
                stored != null ? stored.toString() : tracked.version().text()));
    }

    @Override
    public List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException {
        throw new UnsupportedRepairException("Rails stores no checksum, so there is nothing to realign for " + row.version());
    }
}
