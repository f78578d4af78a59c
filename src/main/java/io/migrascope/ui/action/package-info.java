/**
 * The guarded-action dialog: any core action's target, exact preview and blockers, a reason for
 * the journal, typed confirmations (the version for delete-row, the database name in production),
 * and the run in the background with progress, cancel, the seed-000 question and the full failure.
 */
package io.migrascope.ui.action;
