package io.migrascope.ui.app;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.ui.findings.FindingsViewModel;
import io.migrascope.ui.task.TaskRunner;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The toolbar's view-model: for each guarded action, whether it applies to the current report and
 * selection, and why not. The verdict is the core planner's, computed in the background: apply and
 * sync once per report, the repairs once per selected row. Stale answers are dropped.
 */
public final class GuardedActions {
    private static final String NO_SESSION = "Open a profile first";
    private static final String SELECT_ONE = "Select one migration in the table";
    private final TaskRunner tasks;
    private final Map<ActionKind, ReadOnlyBooleanWrapper> enabled = new EnumMap<>(ActionKind.class);
    private final Map<ActionKind, ReadOnlyStringWrapper> reasons = new EnumMap<>(ActionKind.class);
    private final Map<ActionKind, ActionPlanner.Plan> plans = new EnumMap<>(ActionKind.class);
    private final ReadOnlyBooleanWrapper recoverEnabled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sessionOpen = new ReadOnlyBooleanWrapper();
    private Report report;
    private ActionPlanner planner;
    private boolean readOnly;
    private List<MigrationRow> selection = List.of();
    private Finding recoverTarget;
    private long reportGeneration;
    private long selectionGeneration;

    public GuardedActions(TaskRunner tasks) {
        this.tasks = tasks;
        for (ActionKind kind : ActionKind.values()) {
            enabled.put(kind, new ReadOnlyBooleanWrapper(false));
            reasons.put(kind, new ReadOnlyStringWrapper(NO_SESSION));
        }
    }

    /** A new report (or none): everything is planned again. */
    public void setReport(Report report, Audit audit, String databaseName) {
        this.report = report;
        this.planner = report == null || audit == null ? null : new ActionPlanner(report, audit, databaseName);
        sessionOpen.set(planner != null);
        plans.clear();
        planReportWide();
        planSelection();
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        for (ActionKind kind : ActionKind.values()) {
            publish(kind);
        }
    }

    public void setSelection(List<MigrationRow> rows) {
        this.selection = List.copyOf(rows);
        planSelection();
    }

    private void planReportWide() {
        long mine = ++reportGeneration;
        ActionPlanner p = planner;
        for (ActionKind kind : List.of(ActionKind.APPLY, ActionKind.SYNC)) {
            plans.remove(kind);
            publish(kind);
        }
        if (p == null) {
            return;
        }
        tasks.run("Checking apply and sync", progress -> {
            Map<ActionKind, ActionPlanner.Plan> result = new LinkedHashMap<>();
            result.put(ActionKind.APPLY, withReason(p.plan(ActionKind.APPLY, null)));
            result.put(ActionKind.SYNC, withReason(p.plan(ActionKind.SYNC, null)));
            return result;
        }, result -> {
            if (mine == reportGeneration) {
                plans.putAll(result);
                result.keySet().forEach(this::publish);
            }
        }, error -> { });
    }

    private void planSelection() {
        long mine = ++selectionGeneration;
        ActionPlanner p = planner;
        List<ActionKind> rowKinds = List.of(ActionKind.MARK_APPLIED, ActionKind.MARK_ROLLED_BACK,
                ActionKind.DELETE_TRACKING_ROW, ActionKind.REALIGN_CHECKSUM, ActionKind.RENUMBER_FILE);
        rowKinds.forEach(k -> {
            plans.remove(k);
            publish(k);
        });
        recoverTarget = findingOf(selection.size() == 1 ? selection.get(0).version() : null);
        recoverEnabled.set(recoverTarget != null);
        if (p == null || selection.size() != 1) {
            return;
        }
        Version version = selection.get(0).version();
        tasks.run("Checking actions for " + version, progress -> {
            Map<ActionKind, ActionPlanner.Plan> result = new LinkedHashMap<>();
            for (ActionKind kind : rowKinds) {
                result.put(kind, withReason(p.plan(kind, version)));
            }
            return result;
        }, result -> {
            if (mine == selectionGeneration) {
                plans.putAll(result);
                result.keySet().forEach(this::publish);
            }
        }, error -> { });
    }

    /** Computes the tooltip text in the background too: a preview may render a lot of SQL. */
    private static ActionPlanner.Plan withReason(ActionPlanner.Plan plan) {
        plan.reason();
        return plan;
    }

    private void publish(ActionKind kind) {
        ActionPlanner.Plan plan = plans.get(kind);
        boolean can = plan != null && plan.isRunnable() && !readOnly;
        enabled.get(kind).set(can);
        String why;
        if (planner == null) {
            why = NO_SESSION;
        } else if (plan == null) {
            why = ActionPlanner.needsVersion(kind) && selection.size() != 1 ? SELECT_ONE : "Checking…";
        } else if (readOnly && plan.isRunnable()) {
            why = "Read-only: " + plan.reason() + " would write. Unlock the profile first.";
        } else {
            why = plan.reason();
        }
        reasons.get(kind).set(why);
    }

    /** The most severe finding about this migration that the guided recovery can walk through. */
    private Finding findingOf(Version version) {
        if (report == null || version == null) {
            return null;
        }
        return report.findings().stream()
                .filter(f -> f.versions().contains(version) && FindingsViewModel.hasGuide(f))
                .findFirst().orElse(null);
    }

    // ---- what the toolbar binds to

    public ReadOnlyBooleanProperty enabled(ActionKind kind) {
        return enabled.get(kind).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reason(ActionKind kind) {
        return reasons.get(kind).getReadOnlyProperty();
    }

    public Optional<ActionPlanner.Plan> plan(ActionKind kind) {
        return Optional.ofNullable(plans.get(kind));
    }

    public ReadOnlyBooleanProperty recoverEnabled() {
        return recoverEnabled.getReadOnlyProperty();
    }

    public Optional<Finding> recoverTarget() {
        return Optional.ofNullable(recoverTarget);
    }

    public ReadOnlyBooleanProperty sessionOpen() {
        return sessionOpen.getReadOnlyProperty();
    }

    /** A planner for other requests (a finding's button) against the same report, or empty before one arrived. */
    public Optional<ActionPlanner> planner() {
        return Optional.ofNullable(planner);
    }
}
