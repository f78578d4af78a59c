package io.migrascope.core.action;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.core.tool.UnsupportedRepairException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A repair of one migration's tracking rows — mark applied, mark rolled back, delete the row,
 * realign the checksum — as the tool itself would write it. A pure planner: the commands it
 * previews are the commands {@link TrackingWriteExecutor} runs.
 */
public final class RepairAction implements Action {
    /** The states each repair may start from; anything else is refused before the tool is asked. */
    private static final java.util.Map<ActionKind, Set<MigrationState>> ALLOWED = java.util.Map.of(
            ActionKind.MARK_APPLIED, Set.of(MigrationState.PENDING, MigrationState.OUT_OF_ORDER, MigrationState.FAILED,
                    MigrationState.ROLLED_BACK, MigrationState.UNTRACKED),
            ActionKind.MARK_ROLLED_BACK, Set.of(MigrationState.FAILED, MigrationState.APPLIED,
                    MigrationState.DRIFTED, MigrationState.DRIFTED_COSMETIC, MigrationState.PARTIAL),
            ActionKind.DELETE_TRACKING_ROW, Set.of(MigrationState.APPLIED, MigrationState.FAILED, MigrationState.MISSING_FILE,
                    MigrationState.DRIFTED, MigrationState.DRIFTED_COSMETIC, MigrationState.ROLLED_BACK,
                    MigrationState.BASELINE, MigrationState.DUPLICATE, MigrationState.PARTIAL),
            ActionKind.REALIGN_CHECKSUM, Set.of(MigrationState.DRIFTED_COSMETIC));

    private final Report report;
    private final TrackingWriter writer;
    private final ActionKind kind;
    private final Version version;
    private final List<SqlCommand> commands;
    private final List<String> blockers;

    private RepairAction(Report report, TrackingWriter writer, ActionKind kind, Version version,
                         List<SqlCommand> commands, List<String> blockers) {
        this.report = report;
        this.writer = writer;
        this.kind = kind;
        this.version = version;
        this.commands = List.copyOf(commands);
        this.blockers = List.copyOf(blockers);
    }

    public static RepairAction plan(Report report, TrackingWriter writer, ActionKind kind, Version version) {
        if (!ALLOWED.containsKey(kind)) {
            throw new IllegalArgumentException(kind.command() + " is not a repair of one migration");
        }
        MigrationRow row = report.row(version).orElse(null);
        List<String> blockers = new ArrayList<>();
        List<SqlCommand> commands = List.of();
        if (row == null) {
            blockers.add("there is no migration " + version + " in the folder or the tracking table");
        } else if (!ALLOWED.get(kind).contains(row.state())) {
            blockers.add(refusal(kind, row));
        } else {
            try {
                commands = ask(writer, kind, row, report);
            } catch (UnsupportedRepairException e) {
                blockers.add(e.getMessage());
            }
        }
        return new RepairAction(report, writer, kind, version, commands, blockers);
    }

    private static List<SqlCommand> ask(TrackingWriter writer, ActionKind kind, MigrationRow row, Report report)
            throws UnsupportedRepairException {
        return switch (kind) {
            case MARK_APPLIED -> writer.markApplied(row, report);
            case MARK_ROLLED_BACK -> writer.markRolledBack(row, report);
            case DELETE_TRACKING_ROW -> writer.deleteRow(row, report);
            case REALIGN_CHECKSUM -> writer.realign(row, report);
            default -> throw new IllegalStateException(kind.name());
        };
    }

    private static String refusal(ActionKind kind, MigrationRow row) {
        String now = "migration " + row.version() + " is " + row.state();
        return switch (kind) {
            case REALIGN_CHECKSUM -> now + ": realign is only for a cosmetic change (line endings, BOM, trailing"
                    + " whitespace, blank lines). Restore the applied text, or put the change into a new migration.";
            case MARK_APPLIED -> now + ": mark applied is for a migration that is not recorded as applied"
                    + (row.state() == MigrationState.DUPLICATE ? "; renumber the duplicate files first" : "")
                    + (row.state() == MigrationState.PARTIAL ? "; only some of its objects exist — fix forward first" : "");
            case MARK_ROLLED_BACK -> now + ": there is nothing recorded to roll back";
            default -> now + ": there is no tracking row to delete";
        };
    }

    public ActionKind kind() {
        return kind;
    }

    public Version version() {
        return version;
    }

    public List<SqlCommand> commands() {
        return commands;
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

    /** Same commands with the same parameters: what the confirmed preview promised. */
    public boolean sameWorkAs(RepairAction other) {
        return other.kind == kind && other.version.text().equals(version.text())
                && render(other.commands).equals(render(commands));
    }

    private static List<String> render(List<SqlCommand> commands) {
        return commands.stream().map(SqlCommand::render).toList();
    }

    @Override
    public Preview preview() {
        List<Preview.Step> steps = new ArrayList<>();
        if (!commands.isEmpty()) {
            StringBuilder sql = new StringBuilder("BEGIN;\n-- the tool's tracking table, if it does not exist yet:\n");
            writer.createSql().forEach(c -> sql.append(c).append(";\n"));
            commands.forEach(c -> sql.append(c.render()).append(";\n"));
            sql.append("COMMIT;\n");
            steps.add(new Preview.Step("write " + writer.qualifiedTable() + " under " + writer.lockName()
                    + " (no migration SQL runs); the rows before and after are kept in the journal", sql.toString()));
        }
        String title = switch (kind) {
            case MARK_APPLIED -> "Mark " + version + " applied";
            case MARK_ROLLED_BACK -> "Mark " + version + " rolled back";
            case DELETE_TRACKING_ROW -> "Delete the tracking row of " + version;
            default -> "Realign the checksum of " + version;
        };
        return new Preview(title, report.database(), steps, blockers);
    }
}
