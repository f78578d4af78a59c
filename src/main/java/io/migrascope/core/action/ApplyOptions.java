package io.migrascope.core.action;

import java.time.Duration;

/**
 * Choices for apply.
 *
 * @param outOfOrder also run files older than the newest applied one
 * @param lockWait   how long to wait for another session's migration lock before refusing
 */
public record ApplyOptions(boolean outOfOrder, Duration lockWait) {
    public static ApplyOptions defaults() {
        return new ApplyOptions(false, Duration.ofSeconds(10));
    }
}
