package io.migrascope.ui.action;

import java.util.concurrent.CompletableFuture;

/**
 * The question apply asks when a file inserted its own tracking row (seed 000): keep the file's
 * work and its row, or stop. The apply thread waits on {@link #answer()}; the dialog completes it
 * from the FX thread.
 *
 * @param file   the file, as shown to users
 * @param detail what happened, with the SQLSTATE
 */
public record AlreadyTrackedQuestion(String file, String detail, CompletableFuture<Boolean> answer) {

    /** Yes: the file is meant to record itself; keep its row and its work. */
    public void keep() {
        answer.complete(true);
    }

    /** No: nothing of the file is applied and apply stops. */
    public void stop() {
        answer.complete(false);
    }
}
