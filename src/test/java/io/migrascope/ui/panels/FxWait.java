package io.migrascope.ui.panels;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting in view tests for something the background work changes. A condition on the scene graph
 * or on FX properties is read on the FX thread; a condition on the database is read on the test
 * thread. Either way, pending FX events are drained afterwards so the scene is laid out.
 */
public final class FxWait {
    private static final long SECONDS = 60;

    private FxWait() {
    }

    /** Waits until {@code condition}, read on the FX thread, holds. */
    public static void untilFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code condition}, read on the calling thread (database queries), holds. */
    public static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
