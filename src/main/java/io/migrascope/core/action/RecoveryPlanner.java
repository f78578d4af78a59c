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

    /**
     * A guide per finding worth acting on (everything but plain information, except what a user will
     * meet in the tool's own output), most severe first.
     */
    public List<RecoveryGuide> guides() {
        return report.findings().stream().filter(RecoveryPlanner::hasGuide).map(this::guide).toList();
    }

    /** Whether a finding gets a guide: pending migrations and the information a user meets in the tool's output too. */
    public static boolean hasGuide(Finding f) {
        return f.severity() != Severity.INFO || f.code() == FindingCode.PENDING
                || f.code() == FindingCode.FIRST_ATTEMPT_DIFFERS;
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
            case CREATED_TWICE -> happened = createdTwice(f, options);
            case DEPENDS_ON_LATER_FILE -> happened = dependsOnLater(f, options);
            case FIRST_ATTEMPT_DIFFERS -> {
                happened = "Migration " + f.versions().get(0) + " was first attempted with other SQL than its file"
                        + " holds now: usually it failed, the file was fixed, the attempt marked rolled back and the fix"
                        + " applied (a fix forward). Prisma keeps that first row with the old checksum. prisma migrate"
                        + " deploy and prisma migrate status ignore it (status says \"Database schema is up to date!\");"
                        + " only prisma migrate dev, which compares the file with the first row of its name, calls the"
                        + " migration modified.";
                evidence.add(f.message());
                options.add(manual("Nothing to do on this database",
                        "Deploy and status accept this history; the rolled-back row is the record of what happened."
                                + " Keep the file as it is: it is what ran last.",
                        ""));
                options.add(manual("On a development database only: let migrate dev reset it",
                        "migrate dev drops the database and runs every migration again, so its first row matches."
                                + " Never on a database whose data you keep.",
                        "npx prisma migrate reset   # development databases only"));
            }
            default -> happened = f.message();
        }
        return new RecoveryGuide(f, f.code() + (f.versions().isEmpty() ? "" : " " + f.versions().get(0)), happened,
                evidence, options);
    }

    /**
     * The seed's "fixed" error-handling migration: the file that never ran stops creating the table;
     * the earlier file keeps creating it, as it did on every database that ran it.
     */
    private String createdTwice(Finding f, List<RecoveryOption> options) {
        String table = after(f.evidence().get(0), " creates ");
        Version second = f.versions().get(0);
        String file = report.row(second).flatMap(MigrationRow::file).map(MigrationFile::file).orElse(second.text());
        options.add(new RecoveryOption("Remove the second CREATE TABLE " + table + " from " + file,
                "The table keeps the definition the earlier file gives it, everywhere. If the second definition"
                        + " differed, add the difference as ALTER TABLE statements. Only for a file that never ran:"
                        + " a database that already ran it keeps what it ran.",
                true, Optional.of(FileEditAction.removeCreation(report, tool, second, table)), ""));
        options.add(manual("Make the second creation idempotent instead",
                "CREATE TABLE IF NOT EXISTS runs on every database but silently keeps the first definition.",
                "CREATE TABLE IF NOT EXISTS " + table + " (...);   -- in " + file));
        return f.message().replace(" Remove it from one of the files.", "") + " The file that never ran should stop"
                + " creating it.";
    }

    /**
     * What seed 003's walk does: the file that creates the table, never run anywhere, moves just
     * before the file that uses it; the user keeps its name, so its recorded attempts still match.
     */
    private String dependsOnLater(Finding f, List<RecoveryOption> options) {
        Version dependent = f.versions().get(0);
        String creatorFile = f.evidence().get(0).substring(0, f.evidence().get(0).indexOf(" creates "));
        Optional<Version> creator = report.rows().stream()
                .filter(r -> r.files().stream().anyMatch(x -> x.file().equals(creatorFile)))
                .map(MigrationRow::version).findFirst();
        creator.ifPresent(c -> options.add(new RecoveryOption("Move " + c + " just before " + dependent,
                "It creates what " + dependent + " needs, and has never run here, so it can take an earlier name;"
                        + " its content is unchanged. Everywhere, the two now run in the right order.",
                true, Optional.of(RenumberAction.before(report, tool, c, dependent)), "")));
        options.add(manual("Move the statement that needs it into a new migration instead",
                "Right when " + creatorFile + " already ran somewhere and must keep its name. Only while " + dependent
                        + " never ran anywhere: take the statement out of it and add it to a new migration after "
                        + creatorFile + ".", ""));
        return f.message();
    }

    private static String after(String s, String marker) {
        int i = s.indexOf(marker);
        return i < 0 ? s : s.substring(i + marker.length());
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
        // Seed 003: a file that never ran reads as partly run when what it finds present is a table an
        // earlier file creates. Then the rewrite would silently keep that definition: the second
        // creation is the thing to fix, and the evidence does not support fixing forward.
        boolean createdEarlier = row.tracked() == null && report.findings().stream()
                .anyMatch(x -> x.code() == FindingCode.CREATED_TWICE && x.versions().contains(row.version()));
        options.add(new RecoveryOption("Fix forward: make the file idempotent, then run it again",
                "Every statement skips what exists and creates what is missing. Save the rewrite over the file"
                        + (row.tracked() != null ? ", mark the migration rolled back, and apply." : ", then apply."),
                !createdEarlier, row.tracked() != null
                        ? Optional.of(RepairAction.plan(report, writer, ActionKind.MARK_ROLLED_BACK, row.version()))
                        : Optional.empty(), rewrite));
        return "Migration " + row.version() + " (" + row.name() + ") ran only partly: some of its objects exist, others"
                + " do not. Marking it applied would hide the missing ones; running it again fails on the present ones."
                + (createdEarlier ? " But it has no tracking row, and it creates a table an earlier file creates too"
                        + " (CREATED_TWICE): what is present may be that file's work, not this one's. Resolve"
                        + " CREATED_TWICE first, then look again." : "");
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
