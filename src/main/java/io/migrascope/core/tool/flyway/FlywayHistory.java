package io.migrascope.core.tool.flyway;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.TrackingRead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns Flyway's append-only history into one row per migration, the way its info service
 * (MigrationInfoServiceImpl, 13.12) does — each rule was checked against the real tool:
 * <ul>
 *   <li>A DELETE row (written by {@code repair} for a migration whose file is gone) cancels every
 *       earlier row of its version, or of its description for a repeatable: Flyway then shows them
 *       as DELETED and treats the version as never applied. A later row of the version (the file
 *       came back and ran again) counts again.</li>
 *   <li>For a repeatable the newest row wins; a repeatable whose file's checksum differs from that
 *       row is "outdated": Flyway re-applies it on the next migrate, so it is left untracked here,
 *       which makes it PENDING (apply runs it and appends a row, as Flyway does).</li>
 *   <li>Versions below a BASELINE row are "below baseline": Flyway never runs them and is content.
 *       They get a row of their own, made up here (no columns, so no repair can target it), whose
 *       outcome is BASELINE.</li>
 * </ul>
 */
final class FlywayHistory {
    private FlywayHistory() {
    }

    static TrackingRead interpret(TrackingRead raw, FileScan scan) {
        if (!raw.tableExists()) {
            return raw;
        }
        Map<Version, Collapsed> byIdentity = new TreeMap<>();
        for (TrackedRow row : raw.rows()) {
            byIdentity.computeIfAbsent(row.version(), v -> new Collapsed()).add(row);
        }
        Map<Version, List<MigrationFile>> files = new TreeMap<>();
        for (MigrationFile f : scan.files()) {
            files.computeIfAbsent(f.version(), v -> new ArrayList<>(1)).add(f);
        }
        Version newestFile = files.keySet().stream().filter(v -> !FlywayFileName.isRepeatable(v))
                .max(Version::compareTo).orElse(null);

        List<TrackedRow> rows = new ArrayList<>(byIdentity.size());
        Version baseline = null;
        for (Map.Entry<Version, Collapsed> e : byIdentity.entrySet()) {
            TrackedRow live = e.getValue().live();
            if (live == null) {
                continue;
            }
            List<MigrationFile> claiming = files.getOrDefault(e.getKey(), List.of());
            if (outdatedRepeatable(live, claiming)) {
                continue;
            }
            if (live.outcome() == TrackedRow.Outcome.BASELINE
                    && (baseline == null || live.version().compareTo(baseline) > 0)) {
                baseline = live.version();
            }
            Map<String, String> notes = e.getValue().notes();
            if (claiming.isEmpty() && live.outcome() == TrackedRow.Outcome.SUCCESS
                    && !FlywayFileName.isRepeatable(live.version())
                    && (newestFile == null || live.version().compareTo(newestFile) > 0)) {
                notes.put("note", "newer than every file here, so Flyway calls it a future migration: its validate"
                        + " accepts it and its repair leaves it");
            }
            rows.add(notes.isEmpty() ? live : withDetail(live, notes));
        }
        if (baseline != null) {
            addBelowBaseline(rows, byIdentity, files, baseline);
        }
        return new TrackingRead(true, rows, raw.problems());
    }

    private static boolean outdatedRepeatable(TrackedRow live, List<MigrationFile> claiming) {
        return FlywayFileName.isRepeatable(live.version()) && live.outcome() == TrackedRow.Outcome.SUCCESS
                && claiming.size() == 1 && claiming.get(0).checksum() != null
                && !claiming.get(0).checksum().equals(live.checksum());
    }

    private static void addBelowBaseline(List<TrackedRow> rows, Map<Version, Collapsed> byIdentity,
                                         Map<Version, List<MigrationFile>> files, Version baseline) {
        for (Map.Entry<Version, List<MigrationFile>> e : files.entrySet()) {
            Version v = e.getKey();
            Collapsed tracked = byIdentity.get(v);
            if (FlywayFileName.isRepeatable(v) || v.compareTo(baseline) >= 0 || (tracked != null && tracked.live() != null)) {
                continue;
            }
            MigrationFile f = e.getValue().get(0);
            rows.add(new TrackedRow(v, f.name(), TrackedRow.Outcome.BASELINE, null, null, null, null, null,
                    Map.of("note", "below the baseline at version " + baseline + ": Flyway never runs it"), Map.of()));
        }
    }

    private static TrackedRow withDetail(TrackedRow row, Map<String, String> more) {
        Map<String, String> detail = new LinkedHashMap<>(row.detail());
        detail.putAll(more);
        return new TrackedRow(row.version(), row.name(), row.outcome(), row.checksum(), row.normalizedChecksum(),
                row.appliedAt(), row.appliedBy(), row.executionTimeMs(), detail, row.columns());
    }

    /** The rows of one version (or repeatable description), in installed_rank order. */
    private static final class Collapsed {
        private TrackedRow live;
        private int superseded;
        private int deleted;

        void add(TrackedRow row) {
            if (FlywayHistoryTable.isDeleteMarker(row)) {
                if (live != null) {
                    deleted++;
                }
                live = null;
                return;
            }
            if (live != null) {
                superseded++;
            }
            live = row;
        }

        TrackedRow live() {
            return live;
        }

        Map<String, String> notes() {
            Map<String, String> notes = new LinkedHashMap<>();
            if (superseded > 0) {
                notes.put("earlier rows", superseded + " (superseded by this one)");
            }
            if (deleted > 0) {
                notes.put("deleted before", deleted + " row(s), by Flyway DELETE markers");
            }
            return notes;
        }
    }
}
