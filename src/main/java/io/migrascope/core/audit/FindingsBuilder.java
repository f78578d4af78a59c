package io.migrascope.core.audit;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns decided rows into findings: what is wrong, in plain words, and which actions fix it. */
final class FindingsBuilder {
    private final List<MigrationRow> rows;
    private final List<IgnoredFile> ignored;
    private final List<String> trackingProblems;
    private final List<Finding> out = new ArrayList<>();

    FindingsBuilder(List<MigrationRow> rows, List<IgnoredFile> ignored, List<String> trackingProblems) {
        this.rows = rows;
        this.ignored = ignored;
        this.trackingProblems = trackingProblems;
    }

    List<Finding> build() {
        List<Version> pending = new ArrayList<>();
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
                default -> {
                }
            }
        }
        if (!pending.isEmpty()) {
            out.add(Finding.of(FindingCode.PENDING, pending,
                    pending.size() + " migration" + (pending.size() == 1 ? " is" : "s are") + " pending: "
                            + abbreviate(pending) + ". Run apply to run them in version order.",
                    List.of(), List.of(ActionKind.APPLY)));
        }
        for (String problem : trackingProblems) {
            out.add(Finding.of(FindingCode.TRACKING_TABLE_UNEXPECTED, List.of(), problem, List.of(), List.of()));
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
