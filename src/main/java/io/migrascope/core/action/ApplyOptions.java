package io.migrascope.core.action;

/**
 * Choices for apply.
 *
 * @param outOfOrder also run files older than the newest applied one
 */
public record ApplyOptions(boolean outOfOrder) {
    public static ApplyOptions defaults() {
        return new ApplyOptions(false);
    }
}
