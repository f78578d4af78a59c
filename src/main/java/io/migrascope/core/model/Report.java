package io.migrascope.core.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole verdict on one database and one migrations folder. The CLI prints it and the GUI
 * binds to it; neither computes a state of its own.
 *
 * @param tool     the tool whose format was read
 * @param database where the tracking rows came from ({@code host:port/db}), never with a password
 * @param rows     one row per migration identity, in the tool's order
 * @param findings what needs attention, most severe first
 * @param ignored  files in the folder that are not migrations, with the reason
 */
public record Report(
        String tool,
        String database,
        List<MigrationRow> rows,
        List<Finding> findings,
        List<IgnoredFile> ignored) {

    public Report {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
        ignored = List.copyOf(ignored);
    }

    /** The same report with more findings, most severe first. */
    public Report withFindings(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        all.sort(java.util.Comparator.comparing(Finding::severity).reversed());
        return new Report(tool, database, rows, all, ignored);
    }

    /** Count of rows per state, every state present (zero where none). */
    public Map<MigrationState, Integer> summary() {
        Map<MigrationState, Integer> counts = new EnumMap<>(MigrationState.class);
        for (MigrationState s : MigrationState.values()) {
            counts.put(s, 0);
        }
        for (MigrationRow row : rows) {
            counts.merge(row.state(), 1, Integer::sum);
        }
        return counts;
    }

    /** The CLI contract: 0 in sync, 1 pending only, 2 problems found. */
    public int exitCode() {
        boolean problems = findings.stream().anyMatch(f -> f.severity() != Severity.INFO);
        if (problems) {
            return 2;
        }
        boolean pending = rows.stream().anyMatch(r -> r.state() == MigrationState.PENDING
                || (r.state() == MigrationState.ROLLED_BACK && !r.files().isEmpty()));
        return pending ? 1 : 0;
    }

    /**
     * The row of a version as a user typed it: the exact text first ("001" where a tool keeps "001"
     * and "1" apart), then the same version by the tool's order ("1" for "001" in Flyway).
     */
    public java.util.Optional<MigrationRow> row(Version version) {
        java.util.Optional<MigrationRow> exact = rows.stream()
                .filter(r -> r.version().text().equals(version.text())).findFirst();
        return exact.isPresent() ? exact : rows.stream().filter(r -> r.version().equals(version)).findFirst();
    }

    public List<MigrationRow> rowsIn(MigrationState state) {
        return rows.stream().filter(r -> r.state() == state).toList();
    }
}
