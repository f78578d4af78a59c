package io.migrascope.core.tool.nativeformat;

import io.migrascope.core.db.AdvisoryLock;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.UnsupportedRepairException;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.SqlNames;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.TrackingTableException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The native tracking table's SQL: its shape, its reads and the rows apply and repair write. */
public final class NativeTrackingTable implements TrackingWriter {
    public static final String TABLE = "schema_migrations";
    public static final String VIEW = "migration_status";

    /** Columns without which the table cannot be read as native tracking. */
    static final List<String> REQUIRED = List.of("version", "name", "checksum", "success");
    /** Columns we write; missing ones read as NULL. */
    static final List<String> OPTIONAL = List.of("normalized_checksum", "applied_at", "execution_time_ms",
            "applied_by", "statements_run", "error");

    private final String schema;

    public NativeTrackingTable(String schema) {
        this.schema = schema;
    }

    public String qualifiedName() {
        return SqlNames.qualified(schema, TABLE);
    }

    @Override
    public String qualifiedTable() {
        return qualifiedName();
    }

    /** Creates the table and the seed's {@code migration_status} view; safe to run when they exist. */
    @Override
    public List<String> createSql() {
        String t = qualifiedName();
        List<String> sql = new ArrayList<>();
        if (!"public".equals(schema)) {
            // Even IF NOT EXISTS needs CREATE on the database; public is there already, so ask for nothing.
            sql.add("CREATE SCHEMA IF NOT EXISTS " + SqlNames.quote(schema));
        }
        sql.addAll(List.of(
                "CREATE TABLE IF NOT EXISTS " + t + " (\n"
                        + "  version text PRIMARY KEY,\n"
                        + "  name text NOT NULL,\n"
                        + "  checksum text NOT NULL,\n"
                        + "  normalized_checksum text,\n"
                        + "  applied_at timestamptz NOT NULL DEFAULT now(),\n"
                        + "  execution_time_ms bigint,\n"
                        + "  applied_by text NOT NULL DEFAULT session_user,\n"
                        + "  success boolean NOT NULL,\n"
                        + "  statements_run integer,\n"
                        + "  error text\n"
                        + ")",
                "CREATE OR REPLACE VIEW " + SqlNames.qualified(schema, VIEW) + " AS\n"
                        + "SELECT version, name, success, applied_at, execution_time_ms, applied_by,\n"
                        + "  CASE WHEN applied_at > now() - interval '1 day' THEN 'recent'\n"
                        + "       WHEN applied_at > now() - interval '7 days' THEN 'this_week'\n"
                        + "       WHEN applied_at > now() - interval '30 days' THEN 'this_month'\n"
                        + "       ELSE 'older' END AS age\n"
                        + "FROM " + t + "\nORDER BY version DESC"));
        return sql;
    }

    /** The native format's own advisory lock; Migrascope is the tool here. */
    @Override
    public LockSpec lock() {
        return new LockSpec.Advisory(AdvisoryLock.keyFor("migrascope native " + qualifiedName()), "Migrascope");
    }

    @Override
    public String lockName() {
        return "migrations of " + qualifiedName();
    }

    @Override
    public List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome) {
        return List.of(insert(file, outcome));
    }

    private SqlCommand insert(MigrationFile file, RunOutcome outcome) {
        return SqlCommand.of("INSERT INTO " + qualifiedName()
                + " (version, name, checksum, normalized_checksum, execution_time_ms, success, statements_run, error)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                file.version().text(), file.name(), file.checksum(), file.normalizedChecksum(),
                outcome.executionMs(), outcome.success(), outcome.statementsRun(), outcome.error());
    }

    /** Replaces a failed row, or writes a new one, saying the file's SQL was not run by us. */
    @Override
    public List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException {
        MigrationFile file = row.file().orElseThrow(() -> new UnsupportedRepairException(
                "migration " + row.version() + " has " + (row.files().isEmpty() ? "no file" : "several files")
                        + "; mark applied needs exactly one file to take the name and checksum from"));
        if (row.tracked() != null && row.tracked().outcome() == TrackedRow.Outcome.SUCCESS) {
            throw new UnsupportedRepairException("migration " + row.version() + " is already recorded as applied");
        }
        List<SqlCommand> commands = new ArrayList<>();
        if (row.tracked() != null) {
            commands.add(deleteVersion(row));
        }
        commands.add(insert(file, new RunOutcome(true, 0, 0, "marked applied without running (Migrascope repair)")));
        return commands;
    }

    /** The native format keeps no rolled-back state: rolling back removes the failed row, so apply runs the file again. */
    @Override
    public List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException {
        if (row.tracked() == null) {
            throw new UnsupportedRepairException("migration " + row.version() + " has no tracking row to roll back");
        }
        if (row.tracked().outcome() == TrackedRow.Outcome.SUCCESS) {
            throw new UnsupportedRepairException("migration " + row.version() + " is recorded as applied; marking it"
                    + " rolled back would make apply run it again over objects that exist. Delete the row instead"
                    + " if that is what you mean.");
        }
        return List.of(deleteVersion(row));
    }

    @Override
    public List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException {
        if (row.tracked() == null) {
            throw new UnsupportedRepairException("migration " + row.version() + " has no tracking row");
        }
        return List.of(deleteVersion(row));
    }

    @Override
    public List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException {
        MigrationFile file = row.file().orElseThrow(() -> new UnsupportedRepairException(
                "migration " + row.version() + " needs exactly one file to realign to"));
        if (row.tracked() == null) {
            throw new UnsupportedRepairException("migration " + row.version() + " is not tracked");
        }
        return List.of(SqlCommand.of("UPDATE " + qualifiedName() + " SET checksum = ?, normalized_checksum = ?"
                + " WHERE version = ?", file.checksum(), file.normalizedChecksum(), trackedVersion(row)));
    }

    private SqlCommand deleteVersion(MigrationRow row) {
        return SqlCommand.of("DELETE FROM " + qualifiedName() + " WHERE version = ?", trackedVersion(row));
    }

    /** The version text exactly as stored, which may differ from the file's ("3" and "003"). */
    private static String trackedVersion(MigrationRow row) {
        Object stored = row.tracked().columns().get("version");
        return stored != null ? stored.toString() : row.tracked().version().text();
    }

    String selectSql(Collection<String> present) {
        StringJoiner cols = new StringJoiner(", ");
        for (String c : REQUIRED) {
            cols.add(SqlNames.quote(c));
        }
        for (String c : OPTIONAL) {
            cols.add(present.contains(c) ? SqlNames.quote(c) : "NULL AS " + SqlNames.quote(c));
        }
        String order = present.contains("applied_at") ? "applied_at, version" : "version";
        return "SELECT " + cols + " FROM " + qualifiedName() + " ORDER BY " + order;
    }

    /** Sentences about columns that are missing or unknown; throws when the table cannot be read at all. */
    List<String> checkColumns(Map<String, String> columns) throws TrackingTableException {
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new TrackingTableException(qualifiedName() + " has columns " + columns.keySet()
                    + " but the native format needs " + REQUIRED + " (missing " + missing + "). It may belong to"
                    + " another tool: pass --tool for that tool, or --schema for a different schema.");
        }
        List<String> problems = new ArrayList<>();
        for (String c : columns.keySet()) {
            if (!REQUIRED.contains(c) && !OPTIONAL.contains(c)) {
                problems.add(qualifiedName() + " has a column '" + c + "' the native format does not write;"
                        + " it is left as it is (make sure it has a default, or apply will fail).");
            }
        }
        for (String c : OPTIONAL) {
            if (!columns.containsKey(c)) {
                problems.add(qualifiedName() + " lacks the column '" + c + "'; it reads as empty."
                        + " Add it (see the README's tracking table) before applying.");
            }
        }
        return problems;
    }
}
