package io.migrascope.ui.app;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.RenumberAction;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.Version;
import io.migrascope.ui.ConsolePanels;
import io.migrascope.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/**
 * Hands a planned action to the panels, which preview, confirm and run it. Where the user must
 * choose (which file of a duplicate to renumber) it asks first. A plan that is blocked is handed
 * over too, when it came from a finding's button: the panels explain the refusal.
 */
final class ActionLauncher {
    private final TaskRunner tasks;
    private final Supplier<ConsolePanels> panels;
    private final Supplier<Window> window;

    ActionLauncher(TaskRunner tasks, Supplier<ConsolePanels> panels, Supplier<Window> window) {
        this.tasks = tasks;
        this.panels = panels;
        this.window = window;
    }

    void launch(ActionPlanner.Plan plan) {
        ConsolePanels p = panels.get();
        if (p == null) {
            return;
        }
        if (plan.isRunnable()) {
            choose(plan.runnable()).ifPresent(action -> p.runAction(action, window.get()));
        } else if (plan.blocked() != null) {
            p.runAction(plan.blocked(), window.get());
        }
    }

    /** Plans what a finding's button asks for, in the background, then launches it. */
    void resolve(ActionPlanner planner, Finding finding, ActionKind kind) {
        Version version = finding.versions().isEmpty() ? null : finding.versions().get(0);
        if (ActionPlanner.needsVersion(kind) && version == null) {
            return;
        }
        tasks.run("Planning " + kind.command(), progress -> planner.plan(kind, version), this::launch, error -> { });
    }

    private Optional<Action> choose(List<Action> actions) {
        if (actions.size() == 1) {
            return Optional.of(actions.get(0));
        }
        // Renumbering a duplicate where no file is applied: the newer file (listed last) is the usual choice.
        List<String> names = actions.stream().map(ActionLauncher::fileName).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(names.size() - 1), names);
        dialog.initOwner(window.get());
        dialog.setTitle("Renumber which file?");
        dialog.setHeaderText("None of these files is applied yet, so either can take the next free version.");
        dialog.setContentText("File to renumber:");
        return dialog.showAndWait().map(names::indexOf).filter(i -> i >= 0).map(actions::get);
    }

    private static String fileName(Action action) {
        if (action instanceof RenumberAction r && r.move() != null) {
            return Path.of(r.move().from()).getFileName() + " → " + Path.of(r.move().to()).getFileName();
        }
        return action.preview().title();
    }
}
