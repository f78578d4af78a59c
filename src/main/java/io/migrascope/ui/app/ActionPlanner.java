package io.migrascope.ui.app;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.action.RenumberAction;
import io.migrascope.core.action.RepairAction;
import io.migrascope.core.action.SyncAction;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.TrackingWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the core's planners whether an action applies: their blockers are the only verdict the
 * toolbar and the findings use. Runs on a background thread, because planning may read files
 * (apply reads every file it would run; renumber asks git).
 */
public final class ActionPlanner {
    private final Report report;
    private final MigrationTool tool;
    private final TrackingWriter writer;

    public ActionPlanner(Report report, Audit audit, String databaseName) {
        this.report = report;
        this.tool = audit.tool();
        this.writer = audit.writer(databaseName);
    }

    /** Whether an action needs a selected migration (every action but apply and sync). */
    public static boolean needsVersion(ActionKind kind) {
        return kind != ActionKind.APPLY && kind != ActionKind.SYNC;
    }

    /**
     * @param version the selected migration; ignored for apply and sync, required for the others
     */
    public Plan plan(ActionKind kind, Version version) {
        try {
            return switch (kind) {
                case APPLY -> Plan.of(kind, ApplyAction.plan(report, tool, writer, ApplyOptions.defaults()),
                        a -> a.blockers());
                case SYNC -> Plan.of(kind, SyncAction.plan(report, writer), SyncAction::blockers);
                case RENUMBER_FILE -> renumber(version);
                default -> Plan.of(kind, RepairAction.plan(report, writer, kind, version), RepairAction::blockers);
            };
        } catch (RuntimeException e) {
            return new Plan(kind, List.of(), null, List.of(kind.command() + " cannot be planned: " + e.getMessage()));
        }
    }

    /**
     * Renumber: the planner's own pick when there is one; when neither file of a duplicate is
     * applied the user chooses, so every file that could be renumbered is offered.
     */
    private Plan renumber(Version version) {
        RenumberAction only = RenumberAction.plan(report, tool, version, null);
        if (only.blockers().isEmpty()) {
            return new Plan(ActionKind.RENUMBER_FILE, List.of(only), null, List.of());
        }
        MigrationRow row = report.row(version).orElse(null);
        List<Action> choices = new ArrayList<>();
        if (row != null && row.files().size() > 1) {
            for (MigrationFile f : row.files()) {
                RenumberAction a = RenumberAction.plan(report, tool, version, f.file());
                if (a.blockers().isEmpty()) {
                    choices.add(a);
                }
            }
        }
        return choices.isEmpty() ? new Plan(ActionKind.RENUMBER_FILE, List.of(), only, only.blockers())
                : new Plan(ActionKind.RENUMBER_FILE, choices, null, List.of());
    }

    /**
     * A planner's verdict.
     *
     * @param runnable actions that can run (more than one only when the user must choose a file)
     * @param blocked  the refused action, whose preview explains the refusal; null when runnable
     * @param blockers why it cannot run; empty when it can
     */
    public record Plan(ActionKind kind, List<Action> runnable, Action blocked, List<String> blockers) {
        public Plan {
            runnable = List.copyOf(runnable);
            blockers = List.copyOf(blockers);
        }

        static <A extends Action> Plan of(ActionKind kind, A action, java.util.function.Function<A, List<String>> blockers) {
            List<String> why = blockers.apply(action);
            return why.isEmpty() ? new Plan(kind, List.of(action), null, List.of()) : new Plan(kind, List.of(), action, why);
        }

        public boolean isRunnable() {
            return !runnable.isEmpty();
        }

        /** One sentence for a tooltip: the first blocker, or what the action will do. */
        public String reason() {
            if (!blockers.isEmpty()) {
                return blockers.get(0) + (blockers.size() > 1 ? " (and " + (blockers.size() - 1) + " more)" : "");
            }
            return runnable.isEmpty() ? "" : runnable.get(0).preview().title();
        }
    }
}
