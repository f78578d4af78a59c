package io.migrascope.core.audit;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.ObjectEvidence;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.TrackingRead;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns decided rows into findings: what is wrong, in plain words, and which actions fix it. */
final class FindingsBuilder {
    private final List<MigrationRow> rows;
    private final List<IgnoredFile> ignored;
    private final List<String> trackingProblems;
    private final List<TrackingRead.EarlierAttempt> earlierAttempts;
    private final List<Finding> out = new ArrayList<>();

    FindingsBuilder(List<MigrationRow> rows, List<IgnoredFile> ignored, List<String> trackingProblems,
                    List<TrackingRead.EarlierAttempt> earlierAttempts) {
        this.rows = rows;
        this.ignored = ignored;
        this.trackingProblems = trackingProblems;
        this.earlierAttempts = earlierAttempts;
    }

    List<Finding> build() {
        List<Version> pending = new ArrayList<>();
        List<MigrationRow> untracked = new ArrayList<>();
        for (MigrationRow row : rows) {
            fileProblems(row);
            switch (row.state()) {
                case DUPLICATE -> duplicate(row);
                case DRIFTED -> add(FindingCode.CHECKSUM_DRIFT, row,
                        fileOf(row) + " changed after it was applied. Restore the applied text from version control,"
                                + " and put the change into a new migration.",
                        List.of());
                case DRIFTED_COSMETIC -> add(FindingCode.COSMETIC_DRIFT, row,
                        fileOf(row) + " differs from what was applied only in line endings, BOM, trailing whitespace"
                                + " or blank lines. Realign the stored checksum, or restore the file.",
                        List.of(ActionKind.REALIGN_CHECKSUM));
                case FAILED -> add(FindingCode.FAILED_MIGRATION, row,
                        "Migration " + row.version() + " (" + row.name() + ") is recorded as failed. Check which of its"
                                + " objects exist, then mark it rolled back and fix it, or mark it applied.",
                        List.of(ActionKind.MARK_ROLLED_BACK, ActionKind.MARK_APPLIED, ActionKind.DELETE_TRACKING_ROW));
                case MISSING_FILE -> add(FindingCode.MISSING_FILE, row,
                        "Migration " + row.version() + " (" + row.name() + ") is recorded as applied but no file claims"
                                + " it. Restore the file from version control, or delete the tracking row if it was"
                                + " removed on purpose.",
                        List.of(ActionKind.DELETE_TRACKING_ROW));
                case OUT_OF_ORDER -> add(FindingCode.OUT_OF_ORDER, row,
                        fileOf(row) + " is not applied, but a later version already is. Apply it out of order if it"
                                + " does not depend on later migrations, or renumber it after the last applied one.",
                        List.of(ActionKind.APPLY, ActionKind.RENUMBER_FILE));
                case PENDING -> pending.add(row.version());
                case ROLLED_BACK -> {
                    if (!row.files().isEmpty()) {
                        pending.add(row.version());
                    }
                }
                case UNTRACKED -> untracked.add(row);
                case PARTIAL -> add(FindingCode.PARTIALLY_APPLIED, row,
                        fileOf(row) + " is " + (row.tracked() == null ? "not tracked" : "recorded as failed")
                                + ", and only some of its objects exist: it ran partly. Neither marking it applied nor"
                                + " running it again is safe; fix forward with an idempotent version of the file.",
                        List.of(ActionKind.MARK_ROLLED_BACK));
                default -> {
                }
            }
            recordedButAbsent(row);
        }
        untrackedFindings(untracked);
        if (!pending.isEmpty()) {
            out.add(Finding.of(FindingCode.PENDING, pending,
                    pending.size() + " migration" + (pending.size() == 1 ? " is" : "s are") + " pending: "
                            + abbreviate(pending) + ". Run apply to run them in version order.",
                    List.of(), List.of(ActionKind.APPLY)));
        }
        for (String problem : trackingProblems) {
            out.add(Finding.of(FindingCode.TRACKING_TABLE_UNEXPECTED, List.of(), problem, List.of(), List.of()));
        }
        for (TrackingRead.EarlierAttempt e : earlierAttempts) {
            out.add(Finding.of(FindingCode.FIRST_ATTEMPT_DIFFERS, List.of(e.version()), e.message(), List.of(),
                    List.of()));
        }
        if (!ignored.isEmpty()) {
            out.add(Finding.of(FindingCode.IGNORED_FILE, List.of(),
                    ignored.size() == 1 ? "1 file in the folder is not a migration and was skipped."
                            : ignored.size() + " files in the folder are not migrations and were skipped.",
                    ignored.stream().map(i -> i.file() + ": " + i.reason()).toList(), List.of()));
        }
        out.sort(Comparator.comparing(Finding::severity).reversed());
        return out;
    }

    private void recordedButAbsent(MigrationRow row) {
        boolean applied = row.state() == MigrationState.APPLIED || row.state() == MigrationState.DRIFTED
                || row.state() == MigrationState.DRIFTED_COSMETIC;
        if (!applied || row.objects() == null) {
            return;
        }
        ObjectEvidence.Verdict v = row.objects().verdict();
        if (v == ObjectEvidence.Verdict.NONE_PRESENT || v == ObjectEvidence.Verdict.SOME_PRESENT) {
            add(FindingCode.RECORDED_NOT_EFFECTIVE, row, fileOf(row) + " is recorded as applied, but "
                    + (v == ObjectEvidence.Verdict.NONE_PRESENT ? "none" : "not all") + " of its objects are as it"
                    + " leaves them. Someone changed the schema by hand, or the row was written without running the"
                    + " file. Check the evidence before trusting later migrations.",
                    List.of(ActionKind.DELETE_TRACKING_ROW));
        }
    }

    private void untrackedFindings(List<MigrationRow> untracked) {
        if (untracked.isEmpty()) {
            return;
        }
        boolean trackingEmpty = rows.stream().allMatch(r -> r.tracked() == null);
        List<Version> versions = untracked.stream().map(MigrationRow::version).toList();
        List<String> evidence = untracked.stream().map(r -> fileOf(r) + ": " + r.objects().present().size()
                + " objects present").toList();
        if (trackingEmpty) {
            out.add(Finding.of(FindingCode.TRACKING_EMPTY_SCHEMA_PRESENT, versions,
                    "The tracking table is empty, but the objects of " + untracked.size() + " migration"
                            + (untracked.size() == 1 ? "" : "s") + " already exist (the schema was pushed or applied"
                            + " by hand). Apply would fail with \"already exists\". Sync marks exactly those files"
                            + " applied, with the rows the tool itself writes.",
                    evidence, List.of(ActionKind.SYNC)));
        } else {
            out.add(Finding.of(FindingCode.APPLIED_BUT_UNTRACKED, versions,
                    untracked.size() + " untracked migration" + (untracked.size() == 1 ? " has" : "s have")
                            + " all " + (untracked.size() == 1 ? "its" : "their") + " objects in the database already:"
                            + " " + abbreviate(versions) + ". Mark them applied (sync) rather than run them again.",
                    evidence, List.of(ActionKind.SYNC, ActionKind.MARK_APPLIED)));
        }
    }

    private void duplicate(MigrationRow row) {
        String names = row.files().stream().map(MigrationFile::file).collect(Collectors.joining(", "));
        String applied = row.tracked() == null
                ? " None of them is applied: renumber all but one."
                : " Version " + row.version() + " is applied as '" + row.tracked().name()
                        + "': renumber the other file" + (row.files().size() > 2 ? "s" : "") + ".";
        add(FindingCode.DUPLICATE_VERSION, row,
                "Version " + row.version() + " is claimed by " + row.files().size() + " files: " + names + "." + applied,
                List.of(ActionKind.RENUMBER_FILE));
    }

    private void fileProblems(MigrationRow row) {
        for (MigrationFile f : row.files()) {
            for (FileProblem p : f.problems()) {
                if (p.kind() == FileProblem.Kind.UNREADABLE) {
                    add(FindingCode.UNREADABLE_FILE, row, f.file() + " " + p.message() + ".", List.of());
                } else if (p.kind() == FileProblem.Kind.EMPTY && row.state() != MigrationState.APPLIED) {
                    add(FindingCode.EMPTY_FILE, row, f.file() + " " + p.message()
                            + ": applying it records the version without changing the schema.", List.of());
                }
            }
        }
    }

    private void add(FindingCode code, MigrationRow row, String message, List<ActionKind> actions) {
        out.add(Finding.of(code, List.of(row.version()), message, row.evidence(), actions));
    }

    private static String fileOf(MigrationRow row) {
        return row.files().isEmpty() ? "Migration " + row.version() : row.files().get(0).file();
    }

    private static String abbreviate(List<Version> versions) {
        if (versions.size() <= 10) {
            return versions.stream().map(Version::text).collect(Collectors.joining(", "));
        }
        return versions.get(0) + " … " + versions.get(versions.size() - 1);
    }
}
