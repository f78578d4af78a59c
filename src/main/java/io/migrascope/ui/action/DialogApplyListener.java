package io.migrascope.ui.action;

import io.migrascope.core.action.ApplyListener;
import io.migrascope.core.action.Cancellation;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.ui.task.Progress;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Apply's progress as the dialog shows it: per file, through the runner's coalesced progress.
 * Called on the apply thread; the seed-000 question is handed to the dialog, which answers it on
 * the FX thread while this thread waits.
 */
final class DialogApplyListener implements ApplyListener {
    private final Progress progress;
    private final Predicate<AlreadyTrackedQuestion> ask;
    private final Cancellation cancellation;

    DialogApplyListener(Progress progress, Predicate<AlreadyTrackedQuestion> ask, Cancellation cancellation) {
        this.progress = progress;
        this.ask = ask;
        this.cancellation = cancellation;
    }

    @Override
    public void waitingForLock(String holder) {
        progress.update(-1, "Waiting for the migration lock, held by " + holder);
    }

    @Override
    public void fileStarted(int index, int total, MigrationFile file) {
        progress.update((index - 1) / (double) total, "Running " + index + " of " + total + ": " + file.file());
    }

    @Override
    public boolean confirmAlreadyTracked(MigrationFile file, String detail) {
        if (cancellation.isCancelled()) {
            return false;
        }
        progress.update(-1, "Waiting for your answer about " + file.file());
        return ask.test(new AlreadyTrackedQuestion(file.file(), detail, new CompletableFuture<>()));
    }

    @Override
    public void fileFinished(int index, int total, MigrationFile file, RunOutcome outcome) {
        progress.update(index / (double) total, file.file() + " done in " + outcome.executionMs() + " ms ("
                + index + " of " + total + ")");
    }
}
