package io.migrascope.core.tool.nodepgmigrate;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.UnsupportedRepairException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Marks an out-of-order file applied without breaking node-pg-migrate's order check. The check
 * compares rows {@code ORDER BY run_on, id} with the sorted files position by position, so a row
 * written with {@code NOW()} for a file that sorts before rows already run would make every later
 * {@code up} stop with "Not run migration ... is preceding already run migration ...". The row
 * therefore takes the {@code run_on} of the run row just before it in file order (its new id, the
 * highest, puts it after that row), which is the state node-pg-migrate would have left had the file
 * been there in its place. That needs a gap in run_on after that row: one {@code up} writes the same
 * run_on for all its files, and no value fits inside one run.
 */
final class RunOnPlacement {
    private final String table;

    RunOnPlacement(String qualifiedTable) {
        this.table = qualifiedTable;
    }

    SqlCommand insertInFileOrder(String name, Report report) throws UnsupportedRepairException {
        List<TrackedRow> run = report.rows().stream().map(MigrationRow::tracked).filter(t -> t != null)
                .sorted(Comparator.comparing(t -> t.version().text(), NodePgMigrateOrder.INSTANCE)).toList();
        List<TrackedRow> before = run.stream()
                .filter(t -> NodePgMigrateOrder.INSTANCE.compare(t.version().text(), name) < 0).toList();
        List<TrackedRow> after = run.stream()
                .filter(t -> NodePgMigrateOrder.INSTANCE.compare(t.version().text(), name) > 0).toList();
        if (after.isEmpty()) {
            return newest(table, name);
        }
        if (before.isEmpty()) {
            // Before every run row: a microsecond before the earliest run_on sorts first.
            return SqlCommand.of("INSERT INTO " + table + " (name, run_on) SELECT ?, MIN(run_on) - interval"
                    + " '1 microsecond' FROM " + table, name);
        }
        TrackedRow previous = before.get(before.size() - 1);
        Timestamp at = runOn(previous);
        Timestamp latestBefore = before.stream().map(RunOnPlacement::runOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Timestamp earliestAfter = after.stream().map(RunOnPlacement::runOn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        if (at == null || !at.equals(latestBefore) || earliestAfter == null || !earliestAfter.after(at)) {
            throw new UnsupportedRepairException(name + " sorts before " + after.get(0).version().text()
                    + ", which node-pg-migrate ran in the same run as (or before) " + previous.version().text()
                    + ": no run_on can place " + name + " between them, so node-pg-migrate's order check would"
                    + " refuse every later up. Rename the file to sort after the newest run migration, or run"
                    + " node-pg-migrate up --no-check-order.");
        }
        Object id = previous.columns().get("id");
        return SqlCommand.of("INSERT INTO " + table + " (name, run_on) SELECT ?, run_on FROM " + table
                + " WHERE id = ?", name, id);
    }

    /**
     * {@code NOW()} as the tool writes it, but never earlier than the newest row: run_on is a
     * timestamp without time zone written in each session's own zone, and a row sorting before rows
     * already run would break the order check for every later {@code up}.
     */
    static SqlCommand newest(String table, String name) {
        return SqlCommand.of("INSERT INTO " + table + " (name, run_on) SELECT ?, GREATEST(NOW()::timestamp,"
                + " MAX(run_on)) FROM " + table, name);
    }

    private static Timestamp runOn(TrackedRow row) {
        Object value = row.columns().get("run_on");
        return value instanceof Timestamp t ? t : null;
    }
}
