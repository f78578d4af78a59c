package io.migrascope.core.action;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.tool.RunOutcome;

/** Progress of an apply; called on the thread that runs it. */
public interface ApplyListener {
    ApplyListener NONE = new ApplyListener() {
    };

    default void waitingForLock(String holder) {
    }

    default void fileStarted(int index, int total, MigrationFile file) {
    }

    /**
     * The file wrote its own tracking row (seed 000). Return true to keep the file's work and its
     * row; the default, and every non-interactive run without explicit consent, says no.
     */
    default boolean confirmAlreadyTracked(MigrationFile file, String detail) {
        return false;
    }

    default void fileFinished(int index, int total, MigrationFile file, RunOutcome outcome) {
    }
}
