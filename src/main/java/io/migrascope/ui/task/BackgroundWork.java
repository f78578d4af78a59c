package io.migrascope.ui.task;

/** Work that runs off the FX thread: database and file access, never a scene-graph call. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T call(Progress progress) throws Exception;
}
