package io.migrascope.ui.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work at once on the calling thread: for view-model tests without a toolkit thread. */
public final class SynchronousTaskRunner implements TaskRunner {

    @Override
    public <T> RunningTask run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                               Consumer<Throwable> onFailure) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress p = new Progress() {
            @Override
            public void update(double fraction, String text) {
                progress.set(fraction);
                message.set(text);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            @Override
            public void onCancel(Runnable action) {
                // Nothing runs concurrently here, so there is never anything to interrupt.
            }
        };
        try {
            onSuccess.accept(work.call(p));
        } catch (Exception e) {
            onFailure.accept(e);
        }
        return new RunningTask() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public ReadOnlyDoubleProperty progress() {
                return progress.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty message() {
                return message.getReadOnlyProperty();
            }

            @Override
            public void cancel() {
                cancelled.set(true);
            }
        };
    }
}
