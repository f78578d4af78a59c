package io.migrascope.core.tool.drizzle;

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
import java.util.OptionalLong;

/**
 * The one row drizzle-orm's migrator writes per migration ({@code pg-core/dialect.ts}
 * {@code migrate()}): {@code insert into "drizzle"."__drizzle_migrations" ("hash", "created_at")
 * values (sha256, when)}. Marking applied is that same row — what seed 004's sync script and the
 * users of drizzle-orm #6191 insert by hand, and what makes the next {@code migrate} skip the entry.
 */
final class DrizzleTrackingTable implements TrackingWriter {
    private final String schema;
    private final DrizzleJournals journals;

    DrizzleTrackingTable(String schema, DrizzleJournals journals) {
        this.schema = schema;
        this.journals = journals;
    }

    @Override
    public String qualifiedTable() {
        return SqlNames.qualified(schema, DrizzleHistory.TABLE);
    }

    /** drizzle takes no lock at all; Migrascope's writers still keep out of each other's way. */
    @Override
    public LockSpec lock() {
        return new LockSpec.None(AdvisoryLock.keyFor("migrascope drizzle " + qualifiedTable()));
    }

    @Override
    public String lockName() {
        return "migrations of " + qualifiedTable();
    }

    /** The migrator's own two statements, run before it reads the table. */
    @Override
    public List<String> createSql() {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + SqlNames.quote(schema),
                "CREATE TABLE IF NOT EXISTS " + qualifiedTable() + " (\n"
                        + "\t\t\t\tid SERIAL PRIMARY KEY,\n"
                        + "\t\t\t\thash text NOT NULL,\n"
                        + "\t\t\t\tcreated_at bigint\n"
                        + "\t\t\t)");
    }

    /**
     * A success is drizzle's insert. A failure records nothing: drizzle has no failed state (its
     * whole batch rolls back), and any row would tell drizzle the file ran.
     */
    @Override
    public List<SqlCommand> recordRun(MigrationFile file, RunOutcome outcome) {
        if (!outcome.success()) {
            return List.of();
        }
        long when = journals.whenOf(file).orElseThrow(() -> new IllegalStateException(
                file.file() + " has no journal \"when\"; apply should have refused it"));
        return List.of(insert(file, when));
    }

    /**
     * Drizzle's insert for the entry, without running it. Note for bulk use: a row's created_at
     * becomes drizzle's high-water mark, so marking a newer entry applied while an older one is
     * pending makes drizzle skip the older one (status then shows it out of order).
     */
    @Override
    public List<SqlCommand> markApplied(MigrationRow row, Report report) throws UnsupportedRepairException {
        MigrationFile file = row.file().filter(f -> f.checksum() != null).orElseThrow(() -> new UnsupportedRepairException(
                "migration " + row.version() + " has no readable file to take the hash from; restore "
                        + (row.files().isEmpty() ? "it" : row.files().get(0).file()) + " first"));
        if (row.tracked() != null) {
            throw new UnsupportedRepairException(file.file() + " is already recorded (row id "
                    + row.tracked().columns().get("id") + ")");
        }
        OptionalLong when = journals.whenOf(file);
        if (when.isEmpty()) {
            throw new UnsupportedRepairException(file.file() + " has no \"when\" in meta/_journal.json, and the row's"
                    + " created_at must be it; regenerate the journal entry with drizzle-kit");
        }
        List<SqlCommand> commands = new ArrayList<>();
        if (report.rows().stream().noneMatch(r -> r.tracked() != null)) {
            createSql().forEach(sql -> commands.add(SqlCommand.of(sql)));
        }
        commands.add(insert(file, when.getAsLong()));
        return commands;
    }

    @Override
    public List<SqlCommand> markRolledBack(MigrationRow row, Report report) throws UnsupportedRepairException {
        throw new UnsupportedRepairException("Drizzle has no rolled-back or failed state: its migrator runs every pending"
                + " migration in one transaction, so a failure leaves no row behind. To have drizzle run "
                + row.version() + " again, delete its tracking row — drizzle then runs it only if its journal time is"
                + " newer than every remaining row's created_at.");
    }

    /** Removes the row by its id; drizzle runs the entry again only if it is newer than every row left. */
    @Override
    public List<SqlCommand> deleteRow(MigrationRow row, Report report) throws UnsupportedRepairException {
        if (row.tracked() == null) {
            throw new UnsupportedRepairException("migration " + row.version() + " has no row in " + qualifiedTable());
        }
        return List.of(SqlCommand.of("DELETE FROM " + qualifiedTable() + " WHERE id = ?", row.tracked().columns().get("id")));
    }

    /** Not something drizzle does (it never reads the hash): stores the file's hash on the row, so others' checks agree. */
    @Override
    public List<SqlCommand> realign(MigrationRow row, Report report) throws UnsupportedRepairException {
        MigrationFile file = row.file().filter(f -> f.checksum() != null).orElseThrow(() ->
                new UnsupportedRepairException("migration " + row.version() + " needs its file to realign to"));
        if (row.tracked() == null) {
            throw new UnsupportedRepairException("migration " + row.version() + " is not tracked");
        }
        return List.of(SqlCommand.of("UPDATE " + qualifiedTable() + " SET hash = ? WHERE id = ?", file.checksum(),
                row.tracked().columns().get("id")));
    }

    private SqlCommand insert(MigrationFile file, long when) {
        return SqlCommand.of("insert into " + qualifiedTable() + " (\"hash\", \"created_at\") values(?, ?)",
                file.checksum(), when);
    }
}
