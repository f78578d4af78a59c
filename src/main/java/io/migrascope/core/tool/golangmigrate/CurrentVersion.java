package io.migrascope.core.tool.golangmigrate;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.TrackingRead;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * golang-migrate's single row read as one row per migration. The table says only "the database is
 * at version V (dirty or not)"; golang-migrate's {@code up} then runs the files after V and never
 * looks below it, so every file below V counts as applied.
 *
 * <p>That is also golang-migrate's blind spot (pains #8): a file merged from a branch with a version
 * below V is never run, and nothing in the table can tell it from a file that ran long ago. Marking
 * such files pending would call every old migration pending; so they are shown as applied, as
 * golang-migrate sees them, and each says plainly that it may have been skipped.
 */
final class CurrentVersion {
    private CurrentVersion() {
    }

    static TrackingRead interpret(TrackingRead raw, FileScan scan) {
        if (raw.rows().isEmpty()) {
            return raw;
        }
        TrackedRow current = raw.rows().get(0);
        List<String> problems = new ArrayList<>(raw.problems());
        if (raw.rows().size() > 1) {
            problems.add("the golang-migrate table holds " + raw.rows().size() + " rows (versions "
                    + raw.rows().stream().map(r -> r.version().text()).collect(Collectors.joining(", "))
                    + ") but golang-migrate keeps one and reads whichever comes first (SELECT ... LIMIT 1): here "
                    + current.version() + ". Mark the right version applied (migrate force) to leave one row.");
        }
        Map<Version, List<MigrationFile>> files = new TreeMap<>();
        for (MigrationFile f : scan.files()) {
            files.computeIfAbsent(f.version(), v -> new ArrayList<>(1)).add(f);
        }
        List<TrackedRow> rows = new ArrayList<>();
        BigInteger v = numeric(current.version());
        if (v != null) {
            for (Map.Entry<Version, List<MigrationFile>> e : files.entrySet()) {
                if (numeric(e.getKey()).compareTo(v) < 0) {
                    rows.add(implied(e.getKey(), e.getValue().get(0).name(), current));
                }
            }
        }
        List<MigrationFile> own = files.getOrDefault(current.version(), List.of());
        rows.add(currentRow(current, own.isEmpty() ? null : own.get(0).name()));
        return new TrackingRead(raw.tableExists(), rows, problems);
    }

    private static TrackedRow implied(Version version, String name, TrackedRow current) {
        String why = "golang-migrate keeps only the current version " + current.version() + " and counts every"
                + " lower version as applied. golang-migrate would never run a file below " + current.version()
                + "; if this file is new (merged after " + current.version() + " was applied), it was skipped";
        // The columns are the one real row: every write for this migration goes through it.
        return new TrackedRow(version, name, TrackedRow.Outcome.SUCCESS, null, null, null, null, null,
                Map.of("implied", why), current.columns());
    }

    private static TrackedRow currentRow(TrackedRow current, String fileName) {
        Map<String, String> detail = new TreeMap<>(current.detail());
        if (fileName == null && numeric(current.version()) != null) {
            detail.put("no file", "no .up file for version " + current.version() + ": golang-migrate stops with"
                    + " \"no migration found for version " + current.version() + "\" unless a .down file has it");
        }
        return new TrackedRow(current.version(), fileName, current.outcome(), null, null, null, null, null,
                detail, current.columns());
    }

    /** The version as a number, or null for golang-migrate's NilVersion (-1). */
    static BigInteger numeric(Version v) {
        return v.isNumeric() ? new BigInteger(v.text()) : null;
    }
}
