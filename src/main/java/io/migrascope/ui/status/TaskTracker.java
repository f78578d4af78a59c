package io.migrascope.ui.status;

import io.migrascope.ui.task.BackgroundWork;
import io.migrascope.ui.task.RunningTask;
import io.migrascope.ui.task.TaskRunner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A {@link TaskRunner} that remembers what is running, so the status bar can show the progress of
 * any work (a refresh, an apply the panels started) and cancel it. Call it on the FX thread.
 */
public final class TaskTracker implements TaskRunner {
    private final TaskRunner delegate;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    // Kept: a wrapper made per call listens weakly and would lose its listeners to GC.
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);

    public TaskTracker(TaskRunner delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> RunningTask run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                               Consumer<Throwable> onFailure) {
        AtomicBoolean finished = new AtomicBoolean();
        RunningTask[] self = new RunningTask[1];
        RunningTask task = delegate.run(title, work,
                value -> {
                    finished.set(true);
                    running.remove(self[0]);
                    onSuccess.accept(value);
                },
                error -> {
                    finished.set(true);
                    running.remove(self[0]);
                    onFailure.accept(error);
                });
        self[0] = task;
        // A synchronous runner has finished before it returns: nothing is left running then.
        if (!finished.get()) {
            running.add(task);
        }
        return task;
    }

    /** The tasks in flight, oldest first; changes on the FX thread. */
    public ObservableList<RunningTask> running() {
        return runningView;
    }
}
