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

    default void fileFinished(int index, int total, MigrationFile file, RunOutcome outcome) {
    }
}
