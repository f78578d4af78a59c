package io.migrascope.core.tool.flyway;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows Flyway itself writes to {@code flyway_schema_history}, with the statements of
 * {@code org.flywaydb.core.internal.database.base.Database} and {@code JdbcTableSchemaHistory}
 * (13.12). One difference, on purpose: Flyway computes {@code installed_rank} in Java from the rows
 * it read; here it is computed in the INSERT itself, which gives the same number under the lock.
 */
final class FlywayHistoryWriter implements TrackingWriter {
    /** "Flyway" in ASCII: PostgreSQLAdvisoryLockTemplate.LOCK_MAGIC_NUM. */
    static final long LOCK_MAGIC = 0x466C79776179L;

    private static final String COLUMNS = "(\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
            + " \"checksum\", \"installed_by\", \"execution_time\", \"success\")";

    private final String schema;
    private final String table;

    FlywayHistoryWriter(String schema) {
        this.schema = schema;
        this.table = SqlNames.qualified(schema, FlywayHistoryTable.TABLE);
    }

    @Override
    public String qualifiedTable() {
        return table;
    }

    /**
     * Flyway's key: the magic number plus the Java hash of the table as Flyway prints it,
     * {@code "schema"."table"} with embedded quotes doubled (PostgreSQLDatabase.doQuote) — the text
     * {@link SqlNames#qualified} makes. Flyway 13 takes it with pg_try_advisory_xact_lock by default
     * (postgresql.transactional.lock defaults to true) and pg_try_advisory_lock otherwise; either
     * conflicts with the session lock Migrascope takes on the same key.
     */
    @Override
    public LockSpec lock() {
        return new LockSpec.Advisory(LOCK_MAGIC + table.hashCode(), "Flyway");
    }

    @Override
    public String lockName() {
        return "migrations of " + table;
    }

    /**
     * Flyway's DDL (PostgreSQLDatabase.getRawCreateScript) made idempotent: Flyway adds the
     * {@code <table>_pk} key with a separate ALTER TABLE, which has no IF NOT EXISTS form, so the
     * key is declared inside the CREATE TABLE under the same name. The table, key and index that
     * result are the ones Flyway creates (the tests compare the catalogs). Flyway also writes a
     * SCHEMA marker row when it creates the schema itself; that marker is only used by
     * {@code clean}, and is not written here.
     */
    @Override
    public List<String> createSql() {
        String name = FlywayHistoryTable.TABLE;
        return List.of(
                "CREATE SCHEMA IF NOT EXISTS " + SqlNames.quote(schema),
                "CREATE TABLE IF NOT EXISTS " + table + " (\n"
                        + "    \"installed_rank\" INT NOT NULL,\n"
                        + "    \"version\" VARCHAR(50),\n"
                        + "    \"description\" VARCHAR(200) NOT NULL,\n"
                        + "    \"type\" VARCHAR(20) NOT NULL,\n"
                        + "    \"script\" VARCHAR(1000) NOT NULL,\n"
                        + "    \"checksum\" INTEGER,\n"
                        + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                        + "    \"installed_on\" TIMESTAMP NOT NULL DEFAULT now(),\n"
                        + "    \"execution_time\" INTEGER NOT NULL,\n"
                        + "    \"success\" BOOLEAN NOT NULL,\n"
                        + "    CONSTRAINT " + SqlNames.quote(name + "_pk") + " PRIMARY KEY (\"installed_rank\")\n"
                        + ")",
                "CREATE INDEX IF NOT EXISTS " + SqlNames.quote(name + "_s_idx") + " ON " + table + " (\"success\")");
    }

    /**
     * What DbMigrate records after a migration: a success row, or — for a migration that ran
     * outside a transaction and failed — a {@code success = false} row (Flyway writes that one only
     * when it could not roll the migration back). {@code installed_by} is {@code current_user}, the
     * value Flyway reads with {@code SELECT current_user} when installedBy is not set.
     */
    @Override
    public List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome) {
        return List.of(insertRun(file, (int) Math.min(Integer.MAX_VALUE, outcome.executionMs()), outcome.success()));
    }

    private SqlCommand insertRun(MigrationFile file, int executionMs, boolean success) {
        boolean repeatable = FlywayFileName.isRepeatable(file.version());
        return insert(repeatable ? null : file.version().text(), FlywayFileName.abbreviateDescription(file.name()),
                "SQL", FlywayFileName.abbreviateScript(file.file()),
                file.checksum() == null ? null : Integer.valueOf(file.checksum()), executionMs, success);
    }

    /** Database.getInsertStatement, with the rank computed in the same statement. */
    private SqlCommand insert(String version, String description, String type, String script, Integer checksum,
                              int executionMs, boolean success) {
        return SqlCommand.of("INSERT INTO " + table + " " + COLUMNS + " VALUES ((SELECT COALESCE(MAX("
                        + "\"installed_rank\"), 0) + 1 FROM " + table + "), ?, ?, ?, ?, ?, current_user, ?, ?)",
                version, description, type, script, checksum, executionMs, success);
    }

    /**
     * Flyway has no "mark applied"; the row written is the one {@code migrate
     * -skipExecutingMigrations=true} records for a migration it does not run (checked against the
     * real tool: type SQL, the file's checksum, execution_time 0, success). A failed row of the
     * version is removed first, as {@code repair} would before such a migrate could run.
     */
    @Override
    public List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException {
        MigrationFile file = row.file().orElseThrow(() -> new UnsupportedRepairException("migration " + row.version()
                + " has " + (row.files().isEmpty() ? "no file" : "several files") + "; mark applied takes the"
                + " description and checksum from exactly one file"));
        TrackedRow tracked = row.tracked();
        if (tracked != null && tracked.outcome() == TrackedRow.Outcome.SUCCESS) {
            throw new UnsupportedRepairException("migration " + row.version() + " is already recorded as applied");
        }
        if (tracked != null && tracked.outcome() == TrackedRow.Outcome.BASELINE) {
            throw new UnsupportedRepairException("migration " + row.version() + " is covered by Flyway's baseline;"
                    + " Flyway never runs it, so there is nothing to mark");
        }
        List<SqlCommand> commands = new ArrayList<>();
        if (tracked != null && tracked.outcome() == TrackedRow.Outcome.FAILED) {
            commands.add(deleteFailed(tracked));
        }
        commands.add(insertRun(file, 0, true));
        return commands;
    }

    /** Flyway's repair, step 1 (DbRepair / JdbcTableSchemaHistory.removeFailedMigrations) for this migration. */
    @Override
    public List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException {
        TrackedRow tracked = row.tracked();
        if (tracked == null || tracked.outcome() != TrackedRow.Outcome.FAILED || !FlywayHistoryTable.isStored(tracked)) {
            throw new UnsupportedRepairException("migration " + row.version() + " has no failed row: Flyway's repair"
                    + " only removes failed rows, and Flyway has no way to un-apply a migration that succeeded"
                    + " (undo is a Flyway Teams feature). Write a new migration that reverses it instead.");
        }
        return List.of(deleteFailed(tracked));
    }

    /**
     * Flyway's repair removes failed rows with {@code DELETE FROM t WHERE "success" = FALSE AND
     * "version" = ?}, or {@code "description" = ?} for repeatables; the version is bound as stored.
     * The repeatable form also requires {@code "version" IS NULL}, so that a failed versioned row
     * which happens to share the description is left to its own repair.
     */
    private SqlCommand deleteFailed(TrackedRow tracked) {
        Object version = tracked.columns().get("version");
        if (version == null) {
            return SqlCommand.of("DELETE FROM " + table + " WHERE \"success\" = FALSE AND \"description\" = ?"
                    + " AND \"version\" IS NULL", tracked.columns().get("description"));
        }
        return SqlCommand.of("DELETE FROM " + table + " WHERE \"success\" = FALSE AND \"version\" = ?",
                version.toString());
    }

    /**
     * Flyway never deletes an applied row. For a migration whose file is gone its repair (step 2,
     * "mark missing migrations deleted") appends a DELETE row that repeats the row's version,
     * description, script, checksum and success; info then shows the migration as deleted and
     * validate no longer asks for the file. That is what this writes. A failed row is removed as
     * repair's step 1 removes it. Anything else would leave Flyway discontent and is refused.
     */
    @Override
    public List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException {
        TrackedRow tracked = row.tracked();
        if (tracked == null || !FlywayHistoryTable.isStored(tracked)) {
            throw new UnsupportedRepairException("migration " + row.version() + " has no row of its own in "
                    + table + (tracked == null ? "" : " (it is below Flyway's baseline)"));
        }
        switch (tracked.outcome()) {
            case FAILED:
                return List.of(deleteFailed(tracked));
            case BASELINE:
                throw new UnsupportedRepairException("migration " + row.version() + " is Flyway's baseline row;"
                        + " Flyway has no command that removes it (a new baseline needs an empty history table)");
            case ROLLED_BACK:
                throw new UnsupportedRepairException("migration " + row.version() + " is recorded as undone;"
                        + " Flyway keeps undo rows");
            default:
                break;
        }
        if (!row.files().isEmpty()) {
            throw new UnsupportedRepairException("migration " + row.version() + " still has its file ("
                    + row.files().get(0).file() + "); Flyway marks a migration deleted only when its file is gone,"
                    + " and would otherwise run it again. Remove the file first if it really must go.");
        }
        return List.of(deleteMarker(tracked));
    }

    /** DbRepair's marker: the cancelled row's values again, with type DELETE and no execution time. */
    private SqlCommand deleteMarker(TrackedRow tracked) {
        Map<String, Object> stored = tracked.columns();
        Object version = stored.get("version");
        return insert(version == null ? null : version.toString(), (String) stored.get("description"),
                FlywayHistoryTable.DELETE_TYPE, (String) stored.get("script"), (Integer) stored.get("checksum"), 0,
                Boolean.TRUE.equals(stored.get("success")));
    }

    /**
     * Flyway's repair, step 3 (JdbcTableSchemaHistory.update): the description, type and checksum
     * of the applied row become the file's. The action layer allows it for cosmetic changes only.
     */
    @Override
    public List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException {
        MigrationFile file = row.file().orElseThrow(() -> new UnsupportedRepairException("migration "
                + row.version() + " needs exactly one file to take the checksum from"));
        TrackedRow tracked = row.tracked();
        if (tracked == null || tracked.outcome() != TrackedRow.Outcome.SUCCESS || !FlywayHistoryTable.isStored(tracked)) {
            throw new UnsupportedRepairException("migration " + row.version() + " has no applied row to realign");
        }
        if (file.checksum() == null) {
            throw new UnsupportedRepairException(file.file() + " cannot be read, so it has no checksum to store");
        }
        return List.of(SqlCommand.of("UPDATE " + table + " SET \"description\" = ?, \"type\" = ?, \"checksum\" = ?"
                        + " WHERE \"installed_rank\" = ?", FlywayFileName.abbreviateDescription(file.name()), "SQL",
                Integer.valueOf(file.checksum()), tracked.columns().get("installed_rank")));
    }
}
