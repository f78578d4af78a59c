package io.migrascope.core.tool.prisma;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.TrackedRow.Outcome;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.RowImage;
import io.migrascope.core.tool.SqlNames;
import io.migrascope.core.tool.TableColumns;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingTableException;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code _prisma_migrations}: one row per attempt. Reading keeps every row, as Prisma's
 * {@code load_migrations_table} does (ordered by {@code started_at}); {@link #interpret} then picks,
 * per migration name, the row that decides what Prisma does next.
 */
final class PrismaHistory {
    static final String TABLE = "_prisma_migrations";
    /** Every column Prisma's {@code load_migrations_table} selects; without one Prisma itself fails. */
    static final List<String> COLUMNS = List.of("id", "checksum", "finished_at", "migration_name", "logs",
            "rolled_back_at", "started_at", "applied_steps_count");
    /** Detail key of a failed row when a finished row of the same name exists too: resolve --applied refuses (P3008). */
    static final String ALSO_FINISHED = "also finished at";
    static final String RESOLVED_APPLIED = "recorded by";

    private PrismaHistory() {
    }

    static TrackingRead read(Connection c, String schema) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        String table = SqlNames.qualified(schema, TABLE);
        List<String> missing = COLUMNS.stream().filter(col -> !columns.containsKey(col)).toList();
        if (!missing.isEmpty()) {
            throw new TrackingTableException(table + " lacks " + missing + ", which Prisma reads on every command"
                    + " (it has " + columns.keySet() + "). Prisma itself would fail here: restore the columns of"
                    + " Prisma's _prisma_migrations, or pass --schema if this table belongs to something else.");
        }
        List<String> problems = new ArrayList<>();
        for (String col : columns.keySet()) {
            if (!COLUMNS.contains(col)) {
                problems.add(table + " has a column '" + col + "' that Prisma does not know; Prisma ignores it, and"
                        + " its inserts leave it to its default (make sure it has one).");
            }
        }
        StringJoiner select = new StringJoiner(", ");
        COLUMNS.forEach(col -> select.add(SqlNames.quote(col)));
        List<TrackedRow> rows = new ArrayList<>();
        String sql = "SELECT " + select + " FROM " + table + " ORDER BY \"started_at\", \"id\"";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(toRow(rs));
            }
        }
        return new TrackingRead(true, rows, problems);
    }

    private static TrackedRow toRow(ResultSet rs) throws SQLException {
        String name = rs.getString("migration_name");
        Instant finished = instant(rs.getTimestamp("finished_at"));
        Instant rolledBack = instant(rs.getTimestamp("rolled_back_at"));
        Instant started = instant(rs.getTimestamp("started_at"));
        String logs = rs.getString("logs");
        int steps = rs.getInt("applied_steps_count");
        Map<String, String> detail = new HashMap<>();
        Outcome outcome;
        Long executionMs = null;
        if (rolledBack != null) {
            outcome = Outcome.ROLLED_BACK;
            detail.put("rolled back at", rolledBack.toString());
        } else if (finished == null) {
            outcome = Outcome.FAILED;
            detail.put("started at", String.valueOf(started));
            if (logs != null && !logs.isBlank()) {
                detail.put("logs", logs.strip());
            }
        } else if (steps == 0 && "".equals(logs)) {
            // mark_migration_applied_impl writes logs '' and leaves applied_steps_count at 0; deploy never does.
            outcome = name.startsWith("0_") ? Outcome.BASELINE : Outcome.SUCCESS;
            detail.put(RESOLVED_APPLIED, "prisma migrate resolve --applied (marked applied, no SQL ran)");
        } else {
            outcome = Outcome.SUCCESS;
            if (started != null) {
                executionMs = finished.toEpochMilli() - started.toEpochMilli();
            }
        }
        return new TrackedRow(Version.textual(name), PrismaFolder.description(name), outcome, rs.getString("checksum"),
                null, finished, null, executionMs, detail, RowImage.of(rs));
    }

    /**
     * One row per migration name, the one that decides what Prisma does: a failed row (finished_at
     * and rolled_back_at NULL) first, because deploy refuses to run anything while one exists
     * (P3009) whatever else is recorded; else the latest finished, not rolled-back row; else the
     * latest rolled-back one. A rolled-back row is ignored by deploy, which runs the migration again.
     */
    static TrackingRead interpret(TrackingRead raw, FileScan scan) {
        Map<String, List<TrackedRow>> byName = new LinkedHashMap<>();
        for (TrackedRow r : raw.rows()) {
            byName.computeIfAbsent(r.version().text(), n -> new ArrayList<>(1)).add(r);
        }
        Map<String, MigrationFile> files = new HashMap<>();
        scan.files().forEach(f -> files.put(f.version().text(), f));
        List<TrackedRow> counting = new ArrayList<>(byName.size());
        List<String> problems = new ArrayList<>(raw.problems());
        List<TrackingRead.EarlierAttempt> earlier = new ArrayList<>(raw.earlierAttempts());
        for (Map.Entry<String, List<TrackedRow>> e : byName.entrySet()) {
            TrackedRow decided = decide(e.getValue(), files.get(e.getKey()));
            counting.add(decided);
            firstAttemptProblem(e.getValue(), decided, files.get(e.getKey()))
                    .ifPresent(m -> earlier.add(new TrackingRead.EarlierAttempt(decided.version(), m)));
        }
        return new TrackingRead(raw.tableExists(), counting, problems, earlier);
    }

    private static TrackedRow decide(List<TrackedRow> rows, MigrationFile file) {
        TrackedRow failed = last(rows, Outcome.FAILED);
        TrackedRow finished = lastFinished(rows);
        Map<String, String> detail = new HashMap<>();
        TrackedRow chosen;
        if (failed != null) {
            chosen = failed;
            if (finished != null) {
                detail.put(ALSO_FINISHED, finished.appliedAt() + " (a successful row exists too, but deploy stops on"
                        + " the failed one: resolve it with --rolled-back)");
            }
        } else if (finished != null) {
            chosen = finished;
            if (file != null && file.checksum() != null && !file.checksum().equals(chosen.checksum())) {
                detail.put("checksum", "prisma migrate deploy never compares checksums; migrate dev and migrate status"
                        + " do (accepting other line endings)");
            }
        } else {
            chosen = rows.get(rows.size() - 1);
            detail.put("next deploy", "runs it again: a rolled-back row does not count as applied");
        }
        if (rows.size() > 1) {
            detail.put("rows for this name", String.valueOf(rows.size()));
        }
        if (detail.isEmpty()) {
            return chosen;
        }
        detail.putAll(chosen.detail());
        return new TrackedRow(chosen.version(), chosen.name(), chosen.outcome(), chosen.checksum(), null,
                chosen.appliedAt(), null, chosen.executionTimeMs(), detail, chosen.columns());
    }

    /**
     * Prisma's {@code diagnose_migration_history} compares a file with the FIRST row of its name
     * (started_at order), even a failed and rolled-back one. When that first attempt ran another
     * text — the usual fix-and-retry of a failed migration — migrate dev calls the migration
     * modified and asks for a reset, though the row that counts matches the file.
     */
    private static java.util.Optional<String> firstAttemptProblem(List<TrackedRow> rows, TrackedRow decided,
                                                                  MigrationFile file) {
        TrackedRow first = rows.get(0);
        if (rows.size() < 2 || file == null || file.checksum() == null || first.checksum() == null
                || first.checksum().equals(file.checksum()) || first.columns().equals(decided.columns())) {
            return java.util.Optional.empty();
        }
        try {
            if (PrismaChecksum.matches(NodeText.decode(Files.readAllBytes(file.path())), first.checksum())) {
                return java.util.Optional.empty();
            }
        } catch (IOException | SecurityException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Migration " + first.version() + ": its first recorded attempt (started "
                + first.columns().get("started_at") + ", checksum " + first.checksum() + ") ran other SQL than "
                + file.file() + " holds today. prisma migrate dev compares the file with that first row and will report"
                + " \"The migration `" + first.version() + "` was modified after it was applied\" and ask for a reset;"
                + " prisma migrate status and deploy do not look at it.");
    }

    private static TrackedRow last(List<TrackedRow> rows, Outcome outcome) {
        TrackedRow found = null;
        for (TrackedRow r : rows) {
            if (r.outcome() == outcome) {
                found = r;
            }
        }
        return found;
    }

    private static TrackedRow lastFinished(List<TrackedRow> rows) {
        TrackedRow found = null;
        for (TrackedRow r : rows) {
            if (r.outcome() == Outcome.SUCCESS || r.outcome() == Outcome.BASELINE) {
                found = r;
            }
        }
        return found;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
