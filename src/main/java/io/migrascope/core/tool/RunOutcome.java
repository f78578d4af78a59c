package io.migrascope.core.tool;

/**
 * How running one file ended, as the tracking row must record it.
 *
 * @param success         all statements ran
 * @param executionMs     wall time of the file
 * @param statementsRun   statements that completed (all of them on success)
 * @param error           the error, with its SQLSTATE, or null
 */
public record RunOutcome(boolean success, long executionMs, int statementsRun, String error) {
}
