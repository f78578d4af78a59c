package io.migrascope.core.tool.supabase;

import io.migrascope.core.db.AdvisoryLock;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.tool.FileText;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.SqlNames;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.UnsupportedRepairException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows the Supabase CLI writes to {@code supabase_migrations.schema_migrations}, with its own SQL
 * ({@code pkg/migration/history.go}) and the semantics of {@code supabase migration repair}
 * ({@code internal/migration/repair/repair.go}).
 */
final class SupabaseTrackingTable implements TrackingWriter {
    static final String TABLE = "schema_migrations";

    private final String schema;

    SupabaseTrackingTable(String schema) {
        this.schema = schema;
    }

    String qualifiedName() {
        return SqlNames.qualified(schema, TABLE);
    }

    @Override
    public String qualifiedTable() {
        return qualifiedName();
    }

    /** The CLI takes no advisory lock; Migrascope still keeps its own writers apart. */
    @Override
    public LockSpec lock() {
        return new LockSpec.None(AdvisoryLock.keyFor("migrascope supabase " + qualifiedName()));
    }

    @Override
    public String lockName() {
        return "migrations of " + qualifiedName();
    }

    /**
     * CreateMigrationTable: the CLI sends these in one implicit transaction after
     * {@code SET lock_timeout = '4s'}; SET LOCAL keeps the timeout inside ours.
     */
    @Override
    public List<String> createSql() {
        String t = qualifiedName();
        return List.of(
                "SET LOCAL lock_timeout = '4s'",
                "CREATE SCHEMA IF NOT EXISTS " + SqlNames.quote(schema),
                "CREATE TABLE IF NOT EXISTS " + t + " (version text NOT NULL PRIMARY KEY)",
                "ALTER TABLE " + t + " ADD COLUMN IF NOT EXISTS statements text[]",
                "ALTER TABLE " + t + " ADD COLUMN IF NOT EXISTS name text");
    }

    /**
     * ExecBatch appends INSERT_MIGRATION_VERSION to the file's own statements in one implicit
     * transaction, so a failed file leaves no row: there is nothing to record for a failure.
     */
    @Override
    public List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome) {
        if (!outcome.success()) {
            return List.of();
        }
        try {
            return List.of(SqlCommand.of("INSERT INTO " + qualifiedName() + " (version, name, statements)"
                    + " VALUES (?, ?, ?)", file.version().text(), file.name(), statementsOf(file)));
        } catch (UnsupportedRepairException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@code migration repair --status applied V}: upserts name and statements from the local file. */
    @Override
    public List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException {
        return List.of(upsert(row, "mark applied"));
    }

    /** {@code migration repair --status reverted V}: the CLI deletes the row and nothing else. */
    @Override
    public List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException {
        return List.of(deleteVersion(row));
    }

    /** The same command as mark rolled back: Supabase has no rolled-back state, only a row or none. */
    @Override
    public List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException {
        return List.of(deleteVersion(row));
    }

    /**
     * {@code repair --status applied} again: it rewrites the stored statements from the file. Only
     * for a layout-only change; otherwise the table would claim SQL that never ran.
     */
    @Override
    public List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException {
        if (row.tracked() == null) {
            throw new UnsupportedRepairException("migration " + row.version() + " is not recorded as applied;"
                    + " there are no stored statements to realign");
        }
        if (row.state() == MigrationState.DRIFTED) {
            throw new UnsupportedRepairException(fileOf(row) + " runs different SQL than the statements stored"
                    + " for version " + row.version() + "; storing the new text would claim SQL that never ran."
                    + " Restore the applied text and put the change into a new migration.");
        }
        return List.of(upsert(row, "realign"));
    }

    private SqlCommand upsert(MigrationRow row, String action) throws UnsupportedRepairException {
        if (row.files().size() != 1) {
            throw new UnsupportedRepairException(row.files().isEmpty()
                    ? "migration " + row.version() + " has no file in the migrations folder; the Supabase CLI's"
                            + " repair reads the name and statements from <version>_*.sql, so " + action + " needs it"
                    : "version " + row.version() + " is claimed by " + row.files().stream().map(MigrationFile::file)
                            .collect(Collectors.joining(" and ")) + "; repair would take the first one. Renumber"
                            + " the other file first.");
        }
        requireIntegerVersion(row);
        MigrationFile file = row.files().get(0);
        return SqlCommand.of("INSERT INTO " + qualifiedName() + " (version, name, statements) VALUES (?, ?, ?)"
                        + " ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, statements = EXCLUDED.statements",
                file.version().text(), file.name(), statementsOf(file));
    }

    private SqlCommand deleteVersion(MigrationRow row) throws UnsupportedRepairException {
        if (row.tracked() == null) {
            throw new UnsupportedRepairException("migration " + row.version() + " has no row in " + qualifiedName()
                    + "; there is nothing to revert");
        }
        // The CLI's own argument check (an integer version) is left out: a row someone wrote by hand
        // with another version can only be removed this way, with the CLI's own statement.
        Object stored = row.tracked().columns().get("version");
        String version = stored != null ? stored.toString() : row.tracked().version().text();
        return SqlCommand.of("DELETE FROM " + qualifiedName() + " WHERE version = ANY(?)",
                new TextArray(List.of(version)));
    }

    /** repair.Run refuses versions that Go's strconv.Atoi cannot parse (more than 19 digits, or not digits). */
    private static void requireIntegerVersion(MigrationRow row) throws UnsupportedRepairException {
        try {
            Long.parseLong(row.version().text());
        } catch (NumberFormatException e) {
            throw new UnsupportedRepairException("the Supabase CLI's repair refuses version " + row.version()
                    + " (\"invalid version number\": it must fit a 64-bit integer); rename the file to a"
                    + " timestamp version first");
        }
    }

    /** The statements as the CLI would split the file now; refused if the file changed since the scan. */
    static TextArray statementsOf(MigrationFile file) throws UnsupportedRepairException {
        String text;
        try {
            text = FileText.decode(Files.readAllBytes(file.path())).orElseThrow(() ->
                    new UnsupportedRepairException(file.file() + " is not valid UTF-8; re-save it as UTF-8"));
        } catch (IOException e) {
            throw new UnsupportedRepairException(file.file() + " cannot be read (" + e.getMessage() + ")");
        }
        List<String> statements;
        try {
            statements = SupabaseStatements.split(text);
        } catch (SqlSyntaxException e) {
            throw new UnsupportedRepairException(file.file() + ": " + e.getMessage()
                    + "; fix the file, PostgreSQL would reject it");
        }
        if (!SupabaseStatements.digest(statements).equals(file.checksum())) {
            throw new UnsupportedRepairException(file.file() + " changed since it was read; run again");
        }
        return new TextArray(statements);
    }

    private static String fileOf(MigrationRow row) {
        return row.files().isEmpty() ? "migration " + row.version() : row.files().get(0).file();
    }
}
