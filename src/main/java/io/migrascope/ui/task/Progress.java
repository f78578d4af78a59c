package io.migrascope.ui.task;

/**
 * How background work reports and learns it was cancelled. Updates are coalesced by the runner:
 * calling {@link #update} per row is fine, the FX thread still draws at most once a pulse.
 */
public interface Progress {
    /** @param fraction 0..1, or negative when unknown */
    void update(double fraction, String message);

    boolean isCancelled();

    /** Called when cancel is requested, e.g. to {@code Statement.cancel()} the running query. */
    void onCancel(Runnable action);
}
