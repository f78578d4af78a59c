package io.migrascope.ui.task;

import java.util.function.Consumer;

/**
 * The one way the UI runs work: off the FX thread, with progress and cancel; the callbacks run on
 * the FX thread. Tests use {@link SynchronousTaskRunner}, which runs everything on the caller.
 */
public interface TaskRunner {
    <T> RunningTask run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
