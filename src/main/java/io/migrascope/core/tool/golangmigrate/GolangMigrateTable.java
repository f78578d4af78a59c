package io.migrascope.core.tool.golangmigrate;

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
import java.util.List;
import java.util.Objects;

/**
 * golang-migrate's writes ({@code database/postgres/postgres.go}): every change is
 * {@code SetVersion(v, dirty)}, which truncates the table and inserts the one row; {@code migrate
 * force V} is {@code SetVersion(V, false)}, {@code force -1} leaves the table empty.
 */
final class GolangMigrateTable implements TrackingWriter {
    static final String TABLE = "schema_migrations";
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final String schema;
    private final String database;

    GolangMigrateTable(String schema, String database) {
        this.schema = schema;
        this.database = database;
    }

    String qualifiedName() {
        return SqlNames.qualified(schema, TABLE);
    }

    @Override
    public String qualifiedTable() {
        return qualifiedName();
    }

    /** The lock the migrate CLI takes for this table: its database name is the URL path, slash included. */
    @Override
    public LockSpec lock() {
        return new LockSpec.Advisory(GolangMigrateLock.forUrl(database, schema, TABLE), "golang-migrate");
    }

    @Override
    public String lockName() {
        return "migrations of " + qualifiedName();
    }

    /** ensureVersionTable's DDL, character for character apart from our quoting. */
    @Override
    public List<String> createSql() {
        return List.of("CREATE TABLE IF NOT EXISTS " + qualifiedName()
                + " (version bigint not null primary key, dirty boolean not null)");
    }

    /**
     * The row golang-migrate leaves after running the file: {@code (v, false)} on success. It writes
     * {@code (v, true)} before running the file and clears it after; our apply runs the file and the
     * row in one transaction, so only the end state is written. A non-transactional file that failed
     * part way is left as golang-migrate leaves it: dirty at its version.
     */
    @Override
    public List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome) {
        return setVersion(longVersion(file.version().text()), !outcome.success());
    }

    /** {@code migrate force V}: the database is at V, clean. Every lower version is then applied too. */
    @Override
    public List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException {
        TrackedRow t = row.tracked();
        if (t != null && !isCurrent(t)) {
            throw new UnsupportedRepairException("migration " + row.version() + " is already applied: golang-migrate's"
                    + " current version " + t.columns().get("version") + " is above it");
        }
        if (t != null && t.outcome() == TrackedRow.Outcome.SUCCESS) {
            throw new UnsupportedRepairException("migration " + row.version() + " is already golang-migrate's"
                    + " current version, and it is clean");
        }
        if (row.files().isEmpty()) {
            throw new UnsupportedRepairException("no .up file claims version " + row.version() + "; forcing it would"
                    + " make golang-migrate stop with \"no migration found for version " + row.version() + "\"");
        }
        return setVersion(checkedVersion(row), false);
    }

    /**
     * {@code migrate force <previous>}: golang-migrate has no rolled-back state, only a lower current
     * version. The previous version is the highest file version below this one, or none ({@code force -1}).
     */
    @Override
    public List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException {
        TrackedRow t = row.tracked();
        if (t == null) {
            throw new UnsupportedRepairException("migration " + row.version() + " is not applied; there is"
                    + " nothing to roll back");
        }
        if (!isCurrent(t)) {
            throw new UnsupportedRepairException("migration " + row.version() + " is applied only because golang-migrate's"
                    + " current version " + t.columns().get("version") + " is above it; golang-migrate keeps a single"
                    + " version, so rolling this one back would roll back every version above it too. Mark the"
                    + " current version rolled back, one version at a time.");
        }
        BigInteger current = CurrentVersion.numeric(row.version());
        if (current == null) {
            return setVersion(-1, false);
        }
        BigInteger previous = null;
        for (MigrationRow r : report.rows()) {
            BigInteger v = CurrentVersion.numeric(r.version());
            if (!r.files().isEmpty() && v != null && v.compareTo(current) < 0
                    && (previous == null || v.compareTo(previous) > 0)) {
                previous = v;
            }
        }
        return setVersion(previous == null ? -1 : previous.longValueExact(), false);
    }

    @Override
    public List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException {
        throw new UnsupportedRepairException("golang-migrate's table holds one row, the current version: deleting"
                + " it would mark every migration unapplied (migrate force -1). Mark this version rolled back"
                + " (force the previous version) or mark another version applied (force V) instead.");
    }

    @Override
    public List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException {
        throw new UnsupportedRepairException("golang-migrate stores no checksum; there is nothing to realign");
    }

    /** SetVersion: TRUNCATE, then INSERT unless the version is NilVersion (-1) and clean. */
    private List<SqlCommand> setVersion(long version, boolean dirty) {
        SqlCommand truncate = SqlCommand.of("TRUNCATE " + qualifiedName());
        if (version < 0 && !dirty) {
            return List.of(truncate);
        }
        return List.of(truncate, SqlCommand.of("INSERT INTO " + qualifiedName() + " (version, dirty) VALUES (?, ?)",
                version, dirty));
    }

    /** The tracked row itself rather than a version it implies: its stored version is its own. */
    private static boolean isCurrent(TrackedRow t) {
        return Objects.equals(String.valueOf(t.columns().get("version")), t.version().text());
    }

    private static long checkedVersion(MigrationRow row) throws UnsupportedRepairException {
        BigInteger v = CurrentVersion.numeric(row.version());
        if (v == null || v.compareTo(LONG_MAX) > 0) {
            throw new UnsupportedRepairException("version " + row.version() + " does not fit golang-migrate's"
                    + " bigint version column");
        }
        return v.longValueExact();
    }

    private static long longVersion(String digits) {
        return new BigInteger(digits).longValueExact();
    }
}
