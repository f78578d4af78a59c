package io.migrascope.ui.recovery;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.RecoveryGuide;
import io.migrascope.core.action.RecoveryOption;
import io.migrascope.core.action.RecoveryPlanner;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.ui.ConsoleContext;
import io.migrascope.ui.action.ActionModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The guided recovery's state for one finding: the guide (planned in the background — it may read
 * the file for an idempotent rewrite), the step, the chosen option (the recommended one first), the
 * action dialog's model for it, and afterwards the verification from the report read again.
 */
public final class RecoveryModel {
    private final ConsoleContext context;
    private final Finding finding;
    private final Function<Action, ActionModel> actions;
    private final ReadOnlyObjectWrapper<RecoveryGuide> guide = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RecoveryStep> step = new ReadOnlyObjectWrapper<>(RecoveryStep.WHAT_HAPPENED);
    private final ObjectProperty<RecoveryOption> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ActionModel> action = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verification> verification = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper actionRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper actionSucceeded = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private final InvalidationListener reportListener = obs -> reportChanged();
    private boolean awaitingReport;

    public RecoveryModel(ConsoleContext context, Finding finding, Function<Action, ActionModel> actions) {
        this.context = context;
        this.finding = finding;
        this.actions = actions;
        context.report().addListener(new WeakInvalidationListener(reportListener));
        chosen.addListener((obs, old, now) -> action.set(null));
        canGoNext = Bindings.createBooleanBinding(this::computeCanGoNext, step, guide, chosen, actionRunning);
        canGoBack = Bindings.createBooleanBinding(() -> step.get() != RecoveryStep.WHAT_HAPPENED
                && !actionRunning.get() && !(step.get() == RecoveryStep.VERIFY && actionSucceeded.get()),
                step, actionRunning, actionSucceeded);
    }

    public static RecoveryModel of(ConsoleContext context, Finding finding) {
        return new RecoveryModel(context, finding, a -> ActionModel.of(context, a));
    }

    /** Plans the guide in the background from the current report. FX thread. */
    public void load() {
        Report report = context.report().get();
        if (report == null) {
            problem.set("The state has not been read yet; wait for it, then open the recovery again.");
            return;
        }
        RecoveryPlanner planner = new RecoveryPlanner(report, context.audit().tool(),
                context.audit().writer(context.database().spec().database()));
        context.tasks().run("Planning the recovery of " + finding.code(), p -> planner.guide(finding), g -> {
            guide.set(g);
            chosen.set(g.options().stream().filter(RecoveryOption::recommended).findFirst()
                    .orElse(g.options().isEmpty() ? null : g.options().get(0)));
        }, failure -> problem.set("The recovery cannot be planned: " + failure.getMessage()));
    }

    private boolean computeCanGoNext() {
        if (guide.get() == null || actionRunning.get()) {
            return false;
        }
        return switch (step.get()) {
            case WHAT_HAPPENED, EVIDENCE -> true;
            case OPTIONS -> chosen.get() != null;
            case PREVIEW -> true;
            case VERIFY -> false;
        };
    }

    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        RecoveryStep to = step.get().next();
        if (to == RecoveryStep.PREVIEW) {
            prepareAction();
        }
        step.set(to);
        if (to == RecoveryStep.VERIFY && !verifying.get() && verification.get() == null) {
            verifyNow();
        }
    }

    public void back() {
        if (canGoBack.get()) {
            step.set(step.get().previous());
        }
    }

    private void prepareAction() {
        RecoveryOption option = chosen.get();
        if (action.get() != null || option == null || option.action().isEmpty()) {
            return;
        }
        ActionModel model = actions.apply(option.action().get());
        actionSucceeded.set(false);
        model.phase().addListener((obs, old, phase) -> {
            actionRunning.set(phase == ActionModel.Phase.RUNNING);
            if (phase == ActionModel.Phase.SUCCEEDED || phase == ActionModel.Phase.FAILED) {
                // Set before the dialog's refresh starts, so the refreshed report is the one verified.
                awaitingReport = true;
                verifying.set(true);
                verification.set(null);
            }
            if (phase == ActionModel.Phase.SUCCEEDED) {
                actionSucceeded.set(true);
                step.set(RecoveryStep.VERIFY);
            }
        });
        action.set(model);
    }

    /** Reads the state again and verifies against it: after a manual step, or to check once more. */
    public void verifyNow() {
        awaitingReport = true;
        verifying.set(true);
        verification.set(null);
        context.refresh();
    }

    private void reportChanged() {
        Report now = context.report().get();
        if (awaitingReport && now != null) {
            awaitingReport = false;
            verification.set(Verification.of(now, finding));
            verifying.set(false);
        }
    }

    /** After a failed or partial recovery: plan the options again from the state as it is now. */
    public void planAgain() {
        if (actionRunning.get()) {
            return;
        }
        action.set(null);
        verification.set(null);
        verifying.set(false);
        actionSucceeded.set(false);
        guide.set(null);
        step.set(RecoveryStep.OPTIONS);
        load();
    }

    /** Saves a manual step (an idempotent rewrite) to a file, in the background. */
    public void saveManualStep(Path target, String text) {
        saved.set("Saving…");
        context.tasks().run("Saving " + target.getFileName(), p -> {
            Files.writeString(target, text.endsWith("\n") ? text : text + "\n");
            return target;
        }, path -> saved.set("Saved to " + path + ". The state is read again when you verify."),
                failure -> saved.set("Could not save to " + target + ": " + failure.getMessage()
                        + ". Choose a folder you can write to."));
    }

    /** The evidence in plain lines: the finding's facts, then what the catalog says of each version. */
    public List<String> evidence() {
        List<String> lines = new ArrayList<>();
        RecoveryGuide g = guide.get();
        if (g != null) {
            lines.addAll(g.evidence());
        }
        Report report = context.report().get();
        for (Version v : finding.versions()) {
            MigrationRow row = report == null ? null : report.row(v).orElse(null);
            if (row == null) {
                continue;
            }
            lines.add(v + " is " + row.state() + ": " + row.state().meaning() + ".");
            if (row.objects() != null) {
                row.objects().lines().stream().filter(l -> !lines.contains(l)).forEach(lines::add);
            }
        }
        return lines;
    }

    public Finding finding() {
        return finding;
    }

    public ConsoleContext context() {
        return context;
    }

    public ReadOnlyObjectProperty<RecoveryGuide> guide() {
        return guide.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecoveryStep> step() {
        return step.getReadOnlyProperty();
    }

    public ObjectProperty<RecoveryOption> chosen() {
        return chosen;
    }

    /** The action dialog's model for the chosen option, once the preview step was reached. */
    public ReadOnlyObjectProperty<ActionModel> action() {
        return action.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verification> verification() {
        return verification.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifying() {
        return verifying.getReadOnlyProperty();
    }

    /** What happened to the last "Save as…", or empty. */
    public ReadOnlyStringProperty saved() {
        return saved.getReadOnlyProperty();
    }

    public BooleanBinding canGoNext() {
        return canGoNext;
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }
}
