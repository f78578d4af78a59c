package io.migrascope.core.audit;

import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.ObjectEvidence;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.TrackingRead;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The one status engine: joins the files a tool sees with the rows its tracking table holds
 * into exactly one state per migration, plus the findings. Apply, preview, CLI and GUI all ask
 * this class; none decides a state on its own.
 */
public final class Reconciler {
    private final MigrationTool tool;

    public Reconciler(MigrationTool tool) {
        this.tool = tool;
    }

    public Report reconcile(String database, FileScan scan, TrackingRead raw) {
        return reconcile(database, scan, raw, Map.of());
    }

    /**
     * @param objects the catalog's evidence per file ({@link MigrationFile#file()}); empty when the
     *                catalog was not asked, and then no state depends on it
     */
    public Report reconcile(String database, FileScan scan, TrackingRead raw, Map<String, ObjectEvidence> objects) {
        return reconcile(database, scan, raw, () -> objects);
    }

    /**
     * As above, asking for the catalog's evidence only once each version's state is decided from
     * files and rows: the probe can judge the files on another core meanwhile.
     */
    public Report reconcile(String database, FileScan scan, TrackingRead raw,
                            Supplier<Map<String, ObjectEvidence>> objectsWhenNeeded) {
        TrackingRead tracking = tool.interpret(raw, scan);
        Map<Version, List<MigrationFile>> filesByVersion = new TreeMap<>();
        for (MigrationFile f : scan.files()) {
            filesByVersion.computeIfAbsent(f.version(), v -> new ArrayList<>(1)).add(f);
        }
        filesByVersion.values().forEach(list -> list.sort(Comparator.comparing(MigrationFile::file)));

        Map<Version, TrackedRow> rowsByVersion = new TreeMap<>();
        for (TrackedRow r : tracking.rows()) {
            // A later row for the same version (a retry) supersedes the earlier one.
            rowsByVersion.put(r.version(), r);
        }
        Version highestApplied = rowsByVersion.values().stream()
                .filter(r -> r.outcome() == TrackedRow.Outcome.SUCCESS || r.outcome() == TrackedRow.Outcome.BASELINE)
                .map(TrackedRow::version)
                .max(Comparator.naturalOrder())
                .orElse(null);

        SortedSet<Version> versions = new TreeSet<>(filesByVersion.keySet());
        versions.addAll(rowsByVersion.keySet());

        List<MigrationRow> decided = new ArrayList<>(versions.size());
        for (Version v : versions) {
            decided.add(decide(v, filesByVersion.getOrDefault(v, List.of()), rowsByVersion.get(v),
                    highestApplied, tracking));
        }
        Map<String, ObjectEvidence> objects = objectsWhenNeeded.get();
        List<MigrationRow> rows = new ArrayList<>(decided.size());
        for (MigrationRow row : decided) {
            rows.add(row.files().size() == 1 && objects.containsKey(row.files().get(0).file())
                    ? withCatalog(row, objects.get(row.files().get(0).file()),
                            tool.untrackedMeansAppliedByHand(row.files().get(0))) : row);
        }
        List<Finding> findings = new FindingsBuilder(rows, scan.ignored(), tracking.problems(),
                tracking.earlierAttempts()).build();
        return new Report(tool.id(), database, rows, findings, scan.ignored());
    }

    private MigrationRow decide(Version v, List<MigrationFile> files, TrackedRow tracked, Version highestApplied,
                                TrackingRead tracking) {
        List<String> evidence = new ArrayList<>();
        if (files.size() > 1) {
            files.forEach(f -> evidence.add("file " + f.file() + (trackedAs(tracked, f) ? " (its name is the one tracked)" : "")));
            if (tracked != null) {
                evidence.add("tracking row: " + describe(tracked));
            }
            return new MigrationRow(v, MigrationState.DUPLICATE, files, tracked, evidence);
        }
        MigrationFile file = files.isEmpty() ? null : files.get(0);
        if (tracked == null) {
            Optional<String> behind = tool.outOfOrderReason(file, highestApplied, tracking);
            if (behind.isPresent()) {
                evidence.add(behind.get());
                return new MigrationRow(v, MigrationState.OUT_OF_ORDER, files, null, evidence);
            }
            evidence.add("not tracked");
            return new MigrationRow(v, MigrationState.PENDING, files, null, evidence);
        }
        evidence.add("tracking row: " + describe(tracked));
        switch (tracked.outcome()) {
            case FAILED:
                return new MigrationRow(v, MigrationState.FAILED, files, tracked, evidence);
            case ROLLED_BACK:
                return new MigrationRow(v, MigrationState.ROLLED_BACK, files, tracked, evidence);
            case BASELINE:
                return new MigrationRow(v, MigrationState.BASELINE, files, tracked, evidence);
            default:
                break;
        }
        if (file == null) {
            evidence.add("no file claims version " + v + " in the migrations folder");
            return new MigrationRow(v, MigrationState.MISSING_FILE, files, tracked, evidence);
        }
        ChecksumMatch match = file.checksum() == null ? ChecksumMatch.CHANGED : tool.compare(file, tracked);
        switch (match) {
            case COSMETIC:
                evidence.add("checksum differs (file " + file.checksum() + ", tracked " + tracked.checksum()
                        + ") but the normalised SQL is identical");
                return new MigrationRow(v, MigrationState.DRIFTED_COSMETIC, files, tracked, evidence);
            case CHANGED:
                evidence.add("checksum differs: file " + file.checksum() + ", tracked " + tracked.checksum());
                return new MigrationRow(v, MigrationState.DRIFTED, files, tracked, evidence);
            case NOT_STORED:
                evidence.add("this tool stores no checksum, so a changed file cannot be detected");
                return new MigrationRow(v, MigrationState.APPLIED, files, tracked, evidence);
            default:
                return new MigrationRow(v, MigrationState.APPLIED, files, tracked, evidence);
        }
    }

    /**
     * What the catalog changes: an untracked file whose objects all exist is UNTRACKED, one with
     * some of them PARTIAL; a failed one with some of them PARTIAL. Applied rows keep their state;
     * their missing objects become a finding.
     */
    private static MigrationRow withCatalog(MigrationRow row, ObjectEvidence objects, boolean byHandIfPresent) {
        List<String> evidence = new ArrayList<>(row.evidence());
        evidence.addAll(objects.lines());
        MigrationState state = row.state();
        ObjectEvidence.Verdict verdict = objects.verdict();
        boolean untracked = byHandIfPresent
                && (state == MigrationState.PENDING || state == MigrationState.OUT_OF_ORDER);
        if (untracked && verdict == ObjectEvidence.Verdict.ALL_PRESENT) {
            state = MigrationState.UNTRACKED;
        } else if ((untracked || state == MigrationState.FAILED) && verdict == ObjectEvidence.Verdict.SOME_PRESENT) {
            state = MigrationState.PARTIAL;
        }
        return new MigrationRow(row.version(), state, row.files(), row.tracked(), evidence, objects);
    }

    private static boolean trackedAs(TrackedRow tracked, MigrationFile f) {
        return tracked != null && tracked.name() != null && tracked.name().equals(f.name());
    }

    static String describe(TrackedRow r) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
        if (r.name() != null) {
            facts.put("name", r.name());
        }
        if (r.appliedAt() != null) {
            facts.put("applied at", r.appliedAt().toString());
        }
        if (r.appliedBy() != null) {
            facts.put("by", r.appliedBy());
        }
        facts.putAll(r.detail());
        StringBuilder sb = new StringBuilder();
        facts.forEach((k, val) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(val));
        return sb.toString();
    }
}
