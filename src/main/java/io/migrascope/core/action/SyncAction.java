package io.migrascope.core.action;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.UnsupportedRepairException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sync (seed 004): where tracking is empty or behind while the schema is there, mark applied exactly
 * the files whose objects all exist (UNTRACKED), in order, with the rows the tool itself writes.
 * Files with only some objects (PARTIAL) are listed as conflicts and never marked.
 */
public final class SyncAction implements Action {
    private final Report report;
    private final TrackingWriter writer;
    private final List<Version> versions;
    private final List<SqlCommand> commands;
    private final List<String> conflicts;
    private final List<String> warnings;
    private final List<String> blockers;

    private SyncAction(Report report, TrackingWriter writer, List<Version> versions, List<SqlCommand> commands,
                       List<String> conflicts, List<String> warnings, List<String> blockers) {
        this.report = report;
        this.writer = writer;
        this.versions = List.copyOf(versions);
        this.commands = List.copyOf(commands);
        this.conflicts = List.copyOf(conflicts);
        this.warnings = List.copyOf(warnings);
        this.blockers = List.copyOf(blockers);
    }

    public static SyncAction plan(Report report, TrackingWriter writer) {
        List<Version> versions = new ArrayList<>();
        List<SqlCommand> commands = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Version> pendingBefore = new ArrayList<>();
        for (MigrationRow row : report.rows()) {
            switch (row.state()) {
                case UNTRACKED -> {
                    try {
                        commands.addAll(writer.markApplied(row, report));
                        versions.add(row.version());
                        if (!pendingBefore.isEmpty()) {
                            warnings.add(row.version() + " is marked applied while older " + pendingBefore
                                    + " stay pending; tools that keep a high-water mark (Drizzle, golang-migrate)"
                                    + " will then never run those");
                        }
                    } catch (UnsupportedRepairException e) {
                        blockers.add(e.getMessage());
                    }
                }
                case PARTIAL -> conflicts.add(fileOf(row) + ": only some of its objects exist ("
                        + row.objects().present().size() + " of " + row.objects().checked() + "); not marked — fix"
                        + " forward with an idempotent version of the file");
                case PENDING, OUT_OF_ORDER -> pendingBefore.add(row.version());
                default -> {
                }
            }
        }
        if (versions.isEmpty()) {
            blockers.add(report.rows().stream().anyMatch(r -> r.objects() != null)
                    ? "no untracked migration has all its objects in the database: there is nothing to sync"
                    : "the catalog was not probed, so no file is known to be applied already");
        }
        return new SyncAction(report, writer, versions, commands, conflicts, warnings, blockers);
    }

    private static String fileOf(MigrationRow row) {
        return row.files().stream().map(MigrationFile::file).findFirst().orElse(row.version().text());
    }

    public List<Version> versions() {
        return versions;
    }

    public List<SqlCommand> commands() {
        return commands;
    }

    public List<String> conflicts() {
        return conflicts;
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

    public boolean sameWorkAs(SyncAction other) {
        return other.commands.stream().map(SqlCommand::render).toList()
                .equals(commands.stream().map(SqlCommand::render).toList());
    }

    @Override
    public Preview preview() {
        List<Preview.Step> steps = new ArrayList<>();
        if (!commands.isEmpty()) {
            StringBuilder sql = new StringBuilder("BEGIN;\n-- the tool's tracking table, if it does not exist yet:\n");
            writer.createSql().forEach(c -> sql.append(c).append(";\n"));
            commands.forEach(c -> sql.append(c.render()).append(";\n"));
            sql.append("COMMIT;\n");
            steps.add(new Preview.Step("mark applied, without running them, the " + versions.size()
                    + " migration(s) whose objects all exist: " + versions, sql.toString()));
        }
        if (!conflicts.isEmpty()) {
            steps.add(new Preview.Step("conflicts, left as they are", String.join("\n", conflicts) + "\n"));
        }
        if (!warnings.isEmpty()) {
            steps.add(new Preview.Step("warnings", String.join("\n", warnings) + "\n"));
        }
        return new Preview("Sync " + versions.size() + " migration(s) whose schema is already there", report.database(),
                steps, blockers);
    }
}
