package io.migrascope.core.action;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.extract.Idempotency;
import io.migrascope.core.sql.extract.NonIdempotent;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Apply: the pending files in version order, each with its tracking row. This class is the pure
 * planner; {@link ApplyExecutor} runs a plan. Planning never writes anything, so {@code --dry-run}
 * is the preview and nothing else.
 */
public final class ApplyAction implements Action {
    private final Report report;
    private final MigrationTool tool;
    private final TrackingWriter writer;
    private final List<PlannedFile> files;
    private final List<String> blockers;

    private ApplyAction(Report report, MigrationTool tool, TrackingWriter writer, List<PlannedFile> files,
                        List<String> blockers) {
        this.report = report;
        this.tool = tool;
        this.writer = writer;
        this.files = List.copyOf(files);
        this.blockers = List.copyOf(blockers);
    }

    public static ApplyAction plan(Report report, MigrationTool tool, TrackingWriter writer, ApplyOptions options) {
        List<String> blockers = new ArrayList<>();
        List<MigrationFile> toRun = new ArrayList<>();
        List<MigrationFile> rerunnable = new ArrayList<>();
        for (MigrationRow row : report.rows()) {
            switch (row.state()) {
                case DUPLICATE -> blockers.add("version " + row.version() + " is claimed by "
                        + row.files().stream().map(MigrationFile::file).collect(Collectors.joining(" and "))
                        + "; renumber the one that is not applied, then apply");
                case FAILED -> blockers.add("migration " + row.version() + " (" + row.name() + ") is recorded as"
                        + " failed; resolve it first (repair mark-rolled-back or mark-applied)");
                case DRIFTED -> blockers.add(row.files().get(0).file() + " changed after it was applied;"
                        + " restore the applied text, then apply");
                case MISSING_FILE -> blockers.add("migration " + row.version() + " (" + row.name() + ") is applied"
                        + " but its file is gone; restore it, or delete its tracking row");
                case OUT_OF_ORDER -> {
                    if (options.outOfOrder()) {
                        toRun.add(row.files().get(0));
                    } else {
                        blockers.add(row.files().get(0).file() + " is older than migrations already applied;"
                                + " pass --out-of-order to run it anyway, or renumber it");
                    }
                }
                case PENDING -> toRun.add(row.files().get(0));
                // A rolled-back migration (Prisma resolve --rolled-back) is what the tool's deploy runs again.
                case ROLLED_BACK -> {
                    if (row.files().size() == 1) {
                        toRun.add(row.files().get(0));
                    }
                }
                case UNTRACKED, PARTIAL -> rerunnable.add(row.files().get(0));
                default -> {
                }
            }
        }
        List<PlannedFile> planned = new ArrayList<>();
        for (MigrationFile f : toRun) {
            try {
                planned.add(FilePlanner.plan(tool, f));
            } catch (FilePlanner.UnrunnableFileException e) {
                blockers.add(e.getMessage());
            }
        }
        for (MigrationFile f : rerunnable) {
            planRerun(tool, f, planned, blockers);
        }
        planned.sort(java.util.Comparator.comparing(p -> p.file().version()));
        return new ApplyAction(report, tool, writer, planned, blockers);
    }

    /**
     * A file whose objects exist already (all or some) runs only if every statement of it is
     * idempotent — the fix-forward of seed 001. Otherwise it would fail on "already exists", and the
     * blocker says which statement and what to do instead.
     */
    private static void planRerun(MigrationTool tool, MigrationFile f, List<PlannedFile> planned,
                                  List<String> blockers) {
        PlannedFile p;
        try {
            p = FilePlanner.plan(tool, f);
        } catch (FilePlanner.UnrunnableFileException e) {
            blockers.add(e.getMessage());
            return;
        }
        List<NonIdempotent> unsafe = Idempotency.find(p.statements());
        if (unsafe.isEmpty()) {
            planned.add(p);
            return;
        }
        NonIdempotent first = unsafe.get(0);
        blockers.add(f.file() + ": objects it creates exist already, and statement " + first.statementIndex()
                + " (line " + first.line() + ": " + first.excerpt() + ") would fail: " + first.why()
                + ". Mark it applied (repair sync / mark-applied) if all its work is done, or make it idempotent ("
                + first.fix() + ") and apply again.");
    }

    public List<PlannedFile> files() {
        return files;
    }

    public List<String> blockers() {
        return blockers;
    }

    public Report report() {
        return report;
    }

    TrackingWriter writer() {
        return writer;
    }

    MigrationTool tool() {
        return tool;
    }

    /**
     * The confirmed files this fresh plan leaves out because the tracking table now records them as
     * applied: another session ran them while this one waited for the lock. Running the rest is
     * still only work the preview promised. Null when this plan is not the confirmed one minus
     * such files (anything else changed), and nothing may run.
     */
    List<MigrationFile> appliedSince(ApplyAction confirmed) {
        List<String> promised = confirmed.identity();
        if (!promised.containsAll(identity())) {
            return null;
        }
        List<MigrationFile> appliedMeanwhile = new ArrayList<>();
        for (PlannedFile p : confirmed.files) {
            if (identity().contains(p.file().file() + "@" + p.file().checksum())) {
                continue;
            }
            boolean applied = report.rows().stream().anyMatch(r -> r.state() == MigrationState.APPLIED
                    && r.files().stream().anyMatch(f -> f.file().equals(p.file().file())));
            if (!applied) {
                return null;
            }
            appliedMeanwhile.add(p.file());
        }
        return appliedMeanwhile;
    }

    /** Each file with its checksum: the work a confirmed preview promised. */
    private List<String> identity() {
        return files.stream().map(p -> p.file().file() + "@" + p.file().checksum()).toList();
    }

    @Override
    public Preview preview() {
        List<Preview.Step> steps = new ArrayList<>();
        if (!files.isEmpty()) {
            steps.add(new Preview.Step("take the migration lock (" + writer.lockName() + "); create the tracking table if absent",
                    String.join(";\n", writer.createSql()) + ";"));
        }
        int i = 0;
        for (PlannedFile p : files) {
            i++;
            StringBuilder sql = new StringBuilder();
            if (p.transactional()) {
                sql.append("BEGIN;\n");
            }
            for (SqlStatement s : p.statements()) {
                sql.append(s.text()).append(";\n");
            }
            RunOutcome placeholder = new RunOutcome(true, 0, p.statements().size(), null);
            for (SqlCommand c : writer.recordRun(p.file(), placeholder)) {
                sql.append(c.render()).append(";  -- the execution time is measured\n");
            }
            if (p.transactional()) {
                sql.append("COMMIT;\n");
            }
            String how = p.transactional()
                    ? "in one transaction with its tracking row"
                    : "statement by statement in autocommit (" + String.join("; ", p.nonTransactional())
                            + "); recorded only when every statement succeeded";
            steps.add(new Preview.Step(i + "/" + files.size() + " " + p.file().file() + " — "
                    + p.statements().size() + " statement" + (p.statements().size() == 1 ? "" : "s") + ", " + how,
                    sql.toString()));
        }
        String title = files.isEmpty() ? "Apply: nothing to run"
                : "Apply " + files.size() + " migration" + (files.size() == 1 ? "" : "s");
        return new Preview(title, report.database(), steps, blockers);
    }
}
