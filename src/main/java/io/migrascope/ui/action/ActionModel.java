package io.migrascope.ui.action;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.Cancellation;
import io.migrascope.core.action.Preview;
import io.migrascope.core.action.WriteContext;
import io.migrascope.ui.ConsoleContext;
import io.migrascope.ui.task.RunningTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The guarded-action dialog's state: the target, the exact preview, the reason, the typed
 * confirmations, and the run with its progress, cancel, seed-000 question, result or failure.
 * The guards hold here, not only in the disabled button: {@link #run()} refuses whatever
 * {@link #runnable()} refuses. Everything but the execution itself happens on the FX thread.
 */
public final class ActionModel {

    /** Where the dialog is in its life. */
    public enum Phase {
        READY,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    private final ConsoleContext context;
    private final Action action;
    private final Preview preview;
    private final ActionExecution execution;
    private final FxThread fx;
    private final ActionTarget target;
    private final Map<ActionGuard, StringProperty> guards = new LinkedHashMap<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper journalId = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AlreadyTrackedQuestion> question = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding runnable;
    private final StringBinding whyNot;
    private final List<Consumer<ActionModel>> onFinished = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicReference<AlreadyTrackedQuestion> waiting =
            new java.util.concurrent.atomic.AtomicReference<>();
    private volatile Cancellation cancellation;

    public ActionModel(ConsoleContext context, Action action, ActionExecution execution, FxThread fx) {
        this.context = context;
        this.action = action;
        this.preview = action.preview();
        this.execution = execution;
        this.fx = fx;
        this.target = ActionTarget.of(context);
        for (ActionGuard g : ActionGuard.required(action, target, context.database().spec().database())) {
            guards.put(g, new SimpleStringProperty(""));
        }
        List<ObservableValue<?>> deps = new ArrayList<>(List.of(phase, context.readOnly()));
        deps.addAll(guards.values());
        whyNot = Bindings.createStringBinding(this::computeWhyNot, deps.toArray(ObservableValue[]::new));
        runnable = Bindings.createBooleanBinding(() -> whyNot.get().isEmpty(), whyNot);
    }

    /** The console's own runner for the action. */
    public static ActionModel of(ConsoleContext context, Action action) {
        return new ActionModel(context, action, ActionExecution.of(action, context.audit()), FxThread.PLATFORM);
    }

    private String computeWhyNot() {
        if (context.readOnly().get()) {
            return "This profile is read-only: nothing can be written. Unlock it in the profile first.";
        }
        if (!preview.isRunnable()) {
            return "It cannot run until the blockers above are resolved.";
        }
        if (preview.steps().isEmpty()) {
            return "There is nothing to run.";
        }
        for (Map.Entry<ActionGuard, StringProperty> g : guards.entrySet()) {
            if (!g.getKey().satisfiedBy(g.getValue().get())) {
                return "Type " + g.getKey().expected() + " in the confirmation field to enable Run.";
            }
        }
        return switch (phase.get()) {
            case READY -> "";
            case RUNNING -> "Running…";
            default -> "It has run. The state is read again; open a new preview to do more.";
        };
    }

    /** Runs the action in the background if every guard holds; otherwise does nothing. FX thread. */
    public void run() {
        if (!runnable.get()) {
            return;
        }
        WriteContext write = context.writeContext(reason.get().strip());
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        failure.set("");
        progress.set(-1);
        progressText.set("Starting…");
        phase.set(Phase.RUNNING);
        JournalWatch journal = new JournalWatch(write.journal());
        RunningTask task = context.tasks().run(preview.title(), p -> {
            p.onCancel(cancel::cancel);
            journal.remember();
            String summary = execution.run(write, new DialogApplyListener(p, this::ask, cancel), cancel);
            return new Outcome(summary, journal.newestNewEntry());
        }, this::succeeded, this::failed);
        if (phase.get() == Phase.RUNNING) {
            progress.bind(task.progress());
            progressText.bind(task.message());
        }
    }

    /** Asks to stop: the running statement is cancelled on the server; a pending question is answered no. */
    public void cancel() {
        Cancellation c = cancellation;
        if (c != null) {
            c.cancel();
        }
        AlreadyTrackedQuestion q = waiting.get();
        if (q != null) {
            q.stop();
        }
    }

    private record Outcome(String summary, String journalId) {
    }

    private void succeeded(Outcome outcome) {
        finish();
        progress.set(1);
        progressText.set("Done.");
        result.set("Done: " + outcome.summary() + ".");
        journalId.set(outcome.journalId() == null ? "" : outcome.journalId());
        phase.set(Phase.SUCCEEDED);
        context.refresh();
        onFinished.forEach(c -> c.accept(this));
    }

    private void failed(Throwable t) {
        finish();
        progressText.set("Stopped.");
        failure.set(FailureText.of(t));
        phase.set(Phase.FAILED);
        // Apply commits file by file: what ran before the failure is real, so the table must show it.
        context.refresh();
        onFinished.forEach(c -> c.accept(this));
    }

    private void finish() {
        progress.unbind();
        progressText.unbind();
        question.set(null);
    }

    /**
     * Seed 000's question, asked from the apply thread: shown on the FX thread, answered there, while
     * this thread waits. Never called on the FX thread by the console; if it were, it answers no
     * rather than freeze the window.
     */
    private boolean ask(AlreadyTrackedQuestion q) {
        if (fx.isCurrent()) {
            return false;
        }
        waiting.set(q);
        // Set first, then check: a cancel in between sees the question and answers it.
        Cancellation c = cancellation;
        if (c != null && c.isCancelled()) {
            q.stop();
        }
        fx.run(() -> question.set(q));
        try {
            return q.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return false;
        } finally {
            waiting.compareAndSet(q, null);
            fx.run(() -> {
                if (question.get() == q) {
                    question.set(null);
                }
            });
        }
    }

    /** Called once after the run ended, either way, on the FX thread. */
    public void onFinished(Consumer<ActionModel> listener) {
        onFinished.add(listener);
    }

    public Action action() {
        return action;
    }

    public Preview preview() {
        return preview;
    }

    public ActionTarget target() {
        return target;
    }

    public ConsoleContext context() {
        return context;
    }

    public boolean isApply() {
        return action instanceof ApplyAction;
    }

    /** The typed confirmations this action needs, each with the text typed so far. */
    public Map<ActionGuard, StringProperty> guards() {
        return java.util.Collections.unmodifiableMap(guards);
    }

    public StringProperty typed(String guardId) {
        return guards.entrySet().stream().filter(e -> e.getKey().id().equals(guardId)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no guard " + guardId));
    }

    public StringProperty reason() {
        return reason;
    }

    public BooleanBinding runnable() {
        return runnable;
    }

    /** Why Run is disabled, in one sentence; empty when it is enabled. */
    public StringBinding whyNotRunnable() {
        return whyNot;
    }

    public ReadOnlyObjectProperty<Phase> phase() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressText() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty result() {
        return result.getReadOnlyProperty();
    }

    /** The journal entry the run wrote, or empty. */
    public ReadOnlyStringProperty journalId() {
        return journalId.getReadOnlyProperty();
    }

    /** The seed-000 question while apply waits for the answer, else null. */
    public ReadOnlyObjectProperty<AlreadyTrackedQuestion> question() {
        return question.getReadOnlyProperty();
    }

    /** The notification's words: "Marked 003 applied — journal entry …". */
    public String doneHeadline() {
        return DoneHeadline.of(action);
    }
}
