package io.migrascope.core.action;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.ObjectEvidence;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Severity;
import io.migrascope.core.model.Version;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.sql.extract.Idempotency;
import io.migrascope.core.tool.FileText;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns each finding into a {@link RecoveryGuide}: the recovery procedures of the seeds, with the
 * option the evidence supports marked as recommended (a failed migration whose objects are all
 * absent: roll back and retry; all present: mark applied; some: fix forward).
 */
public final class RecoveryPlanner {
    private final Report report;
    private final MigrationTool tool;
    private final TrackingWriter writer;

    public RecoveryPlanner(Report report, MigrationTool tool, TrackingWriter writer) {
        this.report = report;
        this.tool = tool;
        this.writer = writer;
    }

    /** A guide per finding worth acting on (everything but plain information), most severe first. */
    public List<RecoveryGuide> guides() {
        return report.findings().stream()
                .filter(f -> f.severity() != Severity.INFO || f.code() == FindingCode.PENDING)
                .map(this::guide).toList();
    }

    public RecoveryGuide guide(Finding f) {
        Optional<MigrationRow> row = f.versions().isEmpty() ? Optional.empty()
                : report.rows().stream().filter(r -> r.version().equals(f.versions().get(0))).findFirst();
        List<String> evidence = new ArrayList<>(f.evidence());
        List<RecoveryOption> options = new ArrayList<>();
        String happened;
        switch (f.code()) {
            case FAILED_MIGRATION -> happened = failed(row.orElseThrow(), options);
            case PARTIALLY_APPLIED -> happened = partial(row.orElseThrow(), options);
            case DUPLICATE_VERSION -> {
                happened = "Two or more files claim version " + f.versions().get(0) + ". The tool keys migrations by"
                        + " version, so it refuses to run (or silently runs only one of them).";
                options.add(new RecoveryOption("Renumber the file that is not applied to the next free version",
                        "The applied file keeps its version; the other runs later under a new one. Files that"
                                + " depend on it must come after it.", true,
                        Optional.of(RenumberAction.plan(report, tool, f.versions().get(0), null)), ""));
            }
            case COSMETIC_DRIFT -> {
                happened = "The file was saved differently after it ran (line endings, BOM, trailing whitespace or"
                        + " blank lines), so its checksum changed, but the SQL is the same.";
                options.add(repair("Realign the stored checksum to the file", "The tool accepts the file again;"
                        + " nothing runs.", true, ActionKind.REALIGN_CHECKSUM, f.versions().get(0)));
                options.add(manual("Restore the file as it was", "Check out the applied version from version"
                        + " control; nothing in the database changes.", "git log -p -- " + fileOf(row)));
            }
            case CHECKSUM_DRIFT -> {
                happened = "The SQL of an applied migration was edited afterwards. The database ran the old text;"
                        + " the file now says something else, so a fresh database would end up different.";
                options.add(manual("Restore the applied text and put the change into a new migration",
                        "Every environment ends up the same. Realigning is refused here because the SQL differs.",
                        "git log -p -- " + fileOf(row) + "   # then: git checkout <commit> -- " + fileOf(row)));
            }
            case MISSING_FILE -> {
                happened = "The database recorded migration " + f.versions().get(0) + " as applied, but no file in"
                        + " the folder claims it (deleted, renamed, or from another branch).";
                options.add(manual("Restore the file from version control", "The folder matches the database again.",
                        "git log --all --diff-filter=D --name-only -- '*" + f.versions().get(0) + "*'"));
                options.add(repair("Delete the tracking row", "The database forgets the migration; its objects stay."
                        + " Only right if it was removed on purpose.", false, ActionKind.DELETE_TRACKING_ROW,
                        f.versions().get(0)));
            }
            case OUT_OF_ORDER -> {
                happened = "A file older than the newest applied migration is not applied (a branch merged late)."
                        + " The tool will refuse it, or skip it forever.";
                options.add(new RecoveryOption("Renumber it after the last applied migration",
                        "It runs next, in order, everywhere.", true,
                        Optional.of(RenumberAction.plan(report, tool, f.versions().get(0), null)), ""));
                options.add(manual("Apply it out of order", "Only safe if it does not depend on later migrations.",
                        "migrascope apply --out-of-order ..."));
            }
            case TRACKING_EMPTY_SCHEMA_PRESENT, APPLIED_BUT_UNTRACKED -> {
                happened = "The schema is in the database but the tracking table does not say so (it was pushed or"
                        + " applied by hand). Running the files again would fail with \"already exists\".";
                options.add(new RecoveryOption("Sync: mark applied exactly the files whose objects all exist",
                        "The tool then runs only what is really missing. Partly present files are left for you.",
                        true, Optional.of(SyncAction.plan(report, writer)), ""));
            }
            case RECORDED_NOT_EFFECTIVE -> {
                happened = "The database says this migration ran, but its objects are not (all) there: it was marked"
                        + " applied without running, or someone changed the schema by hand since.";
                options.add(repair("Delete the tracking row, then apply it again", "It runs for real; if some"
                        + " objects do exist it fails, so check the evidence first.", false,
                        ActionKind.DELETE_TRACKING_ROW, f.versions().get(0)));
            }
            case PENDING -> {
                happened = "Migrations are waiting to run.";
                options.add(new RecoveryOption("Apply them in order", "Each file runs in its own transaction with its"
                        + " tracking row.", true, Optional.of(ApplyAction.plan(report, tool, writer,
                        ApplyOptions.defaults())), ""));
            }
            default -> happened = f.message();
        }
        return new RecoveryGuide(f, f.code() + (f.versions().isEmpty() ? "" : " " + f.versions().get(0)), happened,
                evidence, options);
    }

    private String failed(MigrationRow row, List<RecoveryOption> options) {
        ObjectEvidence.Verdict verdict = row.objects() == null ? ObjectEvidence.Verdict.NOTHING_TO_CHECK
                : row.objects().verdict();
        Version v = row.version();
        options.add(repair("Mark " + v + " rolled back, fix the file, and apply again",
                "The tool will run the file again from the start; right when none of its objects exist.",
                verdict == ObjectEvidence.Verdict.NONE_PRESENT, ActionKind.MARK_ROLLED_BACK, v));
        options.add(repair("Mark " + v + " applied", "The tool will treat it as done and move on; right when all of"
                + " its objects exist.", verdict == ObjectEvidence.Verdict.ALL_PRESENT, ActionKind.MARK_APPLIED, v));
        return "Migration " + v + " (" + row.name() + ") started but did not finish; the tool recorded it as failed"
                + " and will not run later migrations until it is resolved."
                + switch (verdict) {
                    case NONE_PRESENT -> " None of its objects exist, so it changed nothing that stayed.";
                    case ALL_PRESENT -> " All of its objects exist, so its work is done.";
                    default -> " Migrascope could not tell from the catalog what it left behind: check by hand.";
                };
    }

    private String partial(MigrationRow row, List<RecoveryOption> options) {
        String rewrite = rewriteOf(row);
        options.add(new RecoveryOption("Fix forward: make the file idempotent, then run it again",
                "Every statement skips what exists and creates what is missing. Save the rewrite over the file"
                        + (row.tracked() != null ? ", mark the migration rolled back, and apply." : ", then apply."),
                true, row.tracked() != null
                        ? Optional.of(RepairAction.plan(report, writer, ActionKind.MARK_ROLLED_BACK, row.version()))
                        : Optional.empty(), rewrite));
        return "Migration " + row.version() + " (" + row.name() + ") ran only partly: some of its objects exist, others"
                + " do not. Marking it applied would hide the missing ones; running it again fails on the present ones.";
    }

    private String rewriteOf(MigrationRow row) {
        Optional<MigrationFile> file = row.file();
        if (file.isEmpty()) {
            return "";
        }
        try {
            String text = FileText.withoutBom(FileText.decode(Files.readAllBytes(file.get().path())).orElse(""));
            return Idempotency.rewrite(tool.executableSql(file.get(), text).sql());
        } catch (IOException | SqlSyntaxException | IllegalArgumentException e) {
            return "-- the rewrite could not be made: " + e.getMessage();
        }
    }

    private RecoveryOption repair(String label, String consequence, boolean recommended, ActionKind kind, Version v) {
        return new RecoveryOption(label, consequence, recommended,
                Optional.of(RepairAction.plan(report, writer, kind, v)), "");
    }

    private static RecoveryOption manual(String label, String consequence, String step) {
        return new RecoveryOption(label, consequence, false, Optional.empty(), step);
    }

    private static String fileOf(Optional<MigrationRow> row) {
        return row.flatMap(MigrationRow::file).map(MigrationFile::file).orElse("<file>");
    }
}
