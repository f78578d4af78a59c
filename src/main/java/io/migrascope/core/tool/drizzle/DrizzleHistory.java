package io.migrascope.core.tool.drizzle;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.RowImage;
import io.migrascope.core.tool.SqlNames;
import io.migrascope.core.tool.TableColumns;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingTableException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;

/**
 * {@code __drizzle_migrations}: {@code id serial, hash text, created_at bigint}, plus {@code name}
 * and {@code applied_at} where drizzle-orm v1 (beta) upgraded the table. {@code created_at} is not
 * when the migration ran but the journal entry's {@code when}: that is the only tie drizzle keeps
 * between a row and a migration.
 */
final class DrizzleHistory {
    static final String TABLE = "__drizzle_migrations";
    static final List<String> REQUIRED = List.of("id", "hash", "created_at");
    /** Added by drizzle-orm v1 (beta): the migration's folder name and the real apply time. */
    static final List<String> OPTIONAL = List.of("name", "applied_at");

    private DrizzleHistory() {
    }

    static TrackingRead read(Connection c, String schema) throws SQLException, TrackingTableException {
        Map<String, String> columns = TableColumns.of(c, schema, TABLE);
        if (columns.isEmpty()) {
            return TrackingRead.absent();
        }
        String table = SqlNames.qualified(schema, TABLE);
        List<String> missing = REQUIRED.stream().filter(col -> !columns.containsKey(col)).toList();
        if (!missing.isEmpty()) {
            throw new TrackingTableException(table + " lacks " + missing + " (it has " + columns.keySet() + "), which"
                    + " drizzle's migrator selects; drizzle itself would fail. Restore drizzle's columns, or pass"
                    + " --schema if this table belongs to something else.");
        }
        List<String> problems = new ArrayList<>();
        StringJoiner select = new StringJoiner(", ");
        REQUIRED.forEach(col -> select.add(SqlNames.quote(col)));
        for (String col : columns.keySet()) {
            if (OPTIONAL.contains(col)) {
                select.add(SqlNames.quote(col));
            } else if (!REQUIRED.contains(col)) {
                problems.add(table + " has a column '" + col + "' that drizzle does not write; its inserts leave it"
                        + " to its default (make sure it has one).");
            }
        }
        List<TrackedRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + select + " FROM " + table + " ORDER BY \"id\"")) {
            boolean named = columns.containsKey("name");
            boolean timed = columns.containsKey("applied_at");
            while (rs.next()) {
                rows.add(toRow(rs, named, timed));
            }
        }
        return new TrackingRead(true, rows, problems);
    }

    private static TrackedRow toRow(ResultSet rs, boolean named, boolean timed) throws SQLException {
        Number createdAt = (Number) rs.getObject("created_at");
        Map<String, String> detail = new HashMap<>();
        if (createdAt != null) {
            detail.put("journal time (created_at)", createdAt + " = " + Instant.ofEpochMilli(createdAt.longValue()));
        }
        Timestamp appliedAt = timed ? rs.getTimestamp("applied_at") : null;
        Version unmatched = Version.textual(createdAt == null ? "id:" + rs.getObject("id") : "created_at:" + createdAt);
        return new TrackedRow(unmatched, named ? rs.getString("name") : null, TrackedRow.Outcome.SUCCESS,
                rs.getString("hash"), null, appliedAt == null ? null : appliedAt.toInstant(), null, null, detail,
                RowImage.of(rs));
    }

    /**
     * Ties each row to the journal entry whose {@code when} equals its {@code created_at} (the
     * entry with the same hash first, when several share a time); a row tied to no entry keeps a
     * version of its own and shows as a migration whose file is gone.
     */
    static TrackingRead interpret(TrackingRead raw, FileScan scan, DrizzleJournals journals) {
        Map<Long, List<MigrationFile>> byWhen = new HashMap<>();
        for (MigrationFile f : scan.files()) {
            journals.whenOf(f).ifPresent(w -> byWhen.computeIfAbsent(w, k -> new ArrayList<>(1)).add(f));
        }
        Set<Version> taken = new HashSet<>();
        List<TrackedRow> rows = new ArrayList<>(raw.rows().size());
        List<String> problems = new ArrayList<>(raw.problems());
        for (TrackedRow r : raw.rows()) {
            Long createdAt = createdAt(r);
            if (createdAt == null) {
                problems.add("Row id " + r.columns().get("id") + " has no created_at. drizzle's migrator takes the newest row"
                        + " with ORDER BY created_at DESC, where NULL comes first, so it compares every journal entry"
                        + " with 0 and runs them all again (\"relation already exists\"). Delete the row, or set its"
                        + " created_at to the journal \"when\" of the migration it records.");
                rows.add(r);
                continue;
            }
            MigrationFile file = match(byWhen.getOrDefault(createdAt, List.of()), r, taken);
            if (file == null) {
                rows.add(r);
                continue;
            }
            if (!taken.add(file.version())) {
                problems.add("Rows of " + file.file() + " (created_at " + createdAt + ") are recorded more than once;"
                        + " drizzle does not mind, Migrascope shows the last (id " + r.columns().get("id") + ").");
            }
            rows.add(tied(r, file));
        }
        return new TrackingRead(raw.tableExists(), rows, problems);
    }

    private static MigrationFile match(List<MigrationFile> candidates, TrackedRow r, Set<Version> taken) {
        MigrationFile fallback = null;
        for (MigrationFile f : candidates) {
            if (!taken.contains(f.version()) && f.checksum() != null && f.checksum().equals(r.checksum())) {
                return f;
            }
            if (fallback == null && !taken.contains(f.version())) {
                fallback = f;
            }
        }
        return fallback != null ? fallback : candidates.isEmpty() ? null : candidates.get(0);
    }

    private static TrackedRow tied(TrackedRow r, MigrationFile file) {
        if (file.checksum() == null || file.checksum().equals(r.checksum())) {
            return r.withVersion(file.version());
        }
        Map<String, String> detail = new HashMap<>(r.detail());
        detail.put("hash", "drizzle itself does not check hashes: its migrator never notices this change");
        return new TrackedRow(file.version(), r.name(), r.outcome(), r.checksum(), null, r.appliedAt(), null, null,
                detail, r.columns());
    }

    /**
     * What drizzle compares journal entries with: the created_at of the newest row, or nothing when
     * a row has none (it then sorts first and reads as 0, so every entry runs) or the table is empty.
     */
    static OptionalLong highWaterMark(TrackingRead tracking) {
        long max = Long.MIN_VALUE;
        for (TrackedRow r : tracking.rows()) {
            Long createdAt = createdAt(r);
            if (createdAt == null) {
                return OptionalLong.empty();
            }
            max = Math.max(max, createdAt);
        }
        return tracking.rows().isEmpty() ? OptionalLong.empty() : OptionalLong.of(max);
    }

    static Long createdAt(TrackedRow r) {
        Object v = r.columns().get("created_at");
        return v instanceof Number n ? n.longValue() : null;
    }
}
