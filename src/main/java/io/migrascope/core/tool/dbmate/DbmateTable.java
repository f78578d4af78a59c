package io.migrascope.core.tool.dbmate;

import io.migrascope.core.db.AdvisoryLock;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.SqlNames;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.UnsupportedRepairException;
import java.util.ArrayList;
import java.util.List;

/**
 * dbmate's writes ({@code pkg/driver/postgres/postgres.go}): one row per applied version, inserted
 * after the up block and deleted after the down block. dbmate has no repair command, so marking a
 * migration applied or rolled back is exactly the row its up or rollback would have written.
 */
final class DbmateTable implements TrackingWriter {
    static final String TABLE = "schema_migrations";

    private final String schema;

    DbmateTable(String schema) {
        this.schema = schema;
    }

    String qualifiedName() {
        return SqlNames.qualified(schema, TABLE);
    }

    @Override
    public String qualifiedTable() {
        return qualifiedName();
    }

    /** dbmate takes no lock at all; Migrascope still keeps its own writers apart. */
    @Override
    public LockSpec lock() {
        return new LockSpec.None(AdvisoryLock.keyFor("migrascope dbmate " + qualifiedName()));
    }

    @Override
    public String lockName() {
        return "migrations of " + qualifiedName();
    }

    /**
     * CreateMigrationsTable, as dbmate 2.28.0 sends it (seen in the server's statement log). dbmate
     * creates the schema only after the CREATE TABLE fails with 3F000; CREATE SCHEMA is only written
     * for another schema than public, where it may be missing.
     */
    @Override
    public List<String> createSql() {
        List<String> sql = new ArrayList<>(2);
        if (!schema.equals("public")) {
            sql.add("create schema if not exists " + SqlNames.quote(schema));
        }
        sql.add("create table if not exists " + qualifiedName() + " (version varchar primary key)");
        return sql;
    }

    /** InsertMigration runs after the up block, in its transaction; a failed block records nothing. */
    @Override
    public List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome) {
        if (!outcome.success()) {
            return List.of();
        }
        return List.of(insert(file.version().text()));
    }

    @Override
    public List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException {
        if (row.tracked() != null) {
            throw new UnsupportedRepairException("migration " + row.version() + " is already recorded as applied");
        }
        return List.of(insert(row.version().text()));
    }

    /** What {@code dbmate rollback} writes after the down block: the row goes, nothing else. */
    @Override
    public List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException {
        return List.of(delete(row));
    }

    @Override
    public List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException {
        return List.of(delete(row));
    }

    @Override
    public List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException {
        throw new UnsupportedRepairException("dbmate stores no checksum; there is nothing to realign");
    }

    private SqlCommand insert(String version) {
        return SqlCommand.of("insert into " + qualifiedName() + " (version) values (?)", version);
    }

    private SqlCommand delete(MigrationRow row) throws UnsupportedRepairException {
        if (row.tracked() == null) {
            throw new UnsupportedRepairException("migration " + row.version() + " has no row in " + qualifiedName()
                    + "; there is nothing to remove");
        }
        Object stored = row.tracked().columns().get("version");
        return SqlCommand.of("delete from " + qualifiedName() + " where version = ?",
                stored != null ? stored.toString() : row.tracked().version().text());
    }
}
