package io.migrascope.ui.app;

import io.migrascope.core.db.SessionPool;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /**
     * When the application stops: waits, up to {@code limit}, for the pools handed over so far to finish
     * closing. The closer stays usable: one JVM may start the application again (the tests do).
     */
    static void drain(Duration limit) {
        try {
            // One thread, in order: the no-op runs once everything queued before it is done.
            CLOSER.submit(() -> { }).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A pool still closing after the limit closes on its own once the JVM exits.
        }
    }
}
