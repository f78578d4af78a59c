package io.migrascope.ui.app;

import io.migrascope.core.db.SessionPool;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Closes a session's pool off the FX thread: closing waits for connections still being made (an
 * unreachable host can hold one for the connect timeout), and switching profiles must not wait for that.
 */
final class PoolCloser {
    private static final ExecutorService CLOSER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "migrascope-pool-close");
        t.setDaemon(true);
        return t;
    });

    private PoolCloser() {
    }

    static void later(SessionPool pool) {
        CLOSER.execute(pool::close);
    }

    /** When the application stops: lets the pools handed over so far finish closing, up to {@code limit}. */
    static void drain(Duration limit) {
        CLOSER.shutdown();
        try {
            CLOSER.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
