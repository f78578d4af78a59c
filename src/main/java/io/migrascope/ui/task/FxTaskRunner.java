package io.migrascope.ui.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

/**
 * Runs work on a small pool of daemon threads through JavaFX {@link Task}, whose progress and
 * message updates are coalesced to one per pulse. Success and failure callbacks run on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "migrascope-task");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> RunningTask run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                               Consumer<Throwable> onFailure) {
        List<Runnable> cancelHooks = new CopyOnWriteArrayList<>();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return work.call(new Progress() {
                    @Override
                    public void update(double fraction, String text) {
                        updateProgress(fraction < 0 ? -1 : fraction, fraction < 0 ? -1 : 1);
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }

                    @Override
                    public void onCancel(Runnable action) {
                        cancelHooks.add(action);
                    }
                });
            }

            @Override
            protected void cancelled() {
                onFailure.accept(new java.util.concurrent.CancellationException(title + " was cancelled"));
            }
        };
        // After close (the application stopped), late results have no window to go to.
        task.setOnSucceeded(e -> {
            if (!pool.isShutdown()) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (!pool.isShutdown()) {
                onFailure.accept(task.getException());
            }
        });
        if (pool.isShutdown()) {
            return new NothingRunning(title);
        }
        pool.execute(task);
        return new RunningTask() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public ReadOnlyDoubleProperty progress() {
                return task.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty message() {
                return task.messageProperty();
            }

            @Override
            public void cancel() {
                // Hooks first (Statement.cancel on the server), then the task itself.
                cancelHooks.forEach(Runnable::run);
                if (Platform.isFxApplicationThread()) {
                    task.cancel(false);
                } else {
                    Platform.runLater(() -> task.cancel(false));
                }
            }
        };
    }

    /** What {@link #run} returns once the runner is closed: nothing runs, nothing can be cancelled. */
    private record NothingRunning(String title) implements RunningTask {
        @Override
        public ReadOnlyDoubleProperty progress() {
            return new javafx.beans.property.ReadOnlyDoubleWrapper(0).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty message() {
            return new javafx.beans.property.ReadOnlyStringWrapper("").getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            // Nothing was started.
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
