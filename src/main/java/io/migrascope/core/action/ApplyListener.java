package io.migrascope.core.action;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.tool.RunOutcome;
import java.util.List;

/** Progress of an apply; called on the thread that runs it. */
public interface ApplyListener {
    ApplyListener NONE = new ApplyListener() {
    };

    default void waitingForLock(String holder) {
    }

    /**
     * Files of the confirmed preview that another session applied while this one waited for the
     * lock; they are not run again, the rest of the preview runs.
     */
    default void appliedMeanwhile(List<MigrationFile> files) {
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
