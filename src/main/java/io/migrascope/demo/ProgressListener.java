package io.migrascope.demo;

/**
 * Progress of opening or resetting the demo workspace: a cold start extracts PostgreSQL, creates a
 * cluster and builds every database, which takes seconds, so a GUI wants a sentence and a bar.
 * Called on the thread that opens the workspace.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (message, fraction) -> {
    };

    /**
     * @param message  what is happening now, one short sentence
     * @param fraction how much of the whole work is done, 0 to 1
     */
    void progress(String message, double fraction);
}
