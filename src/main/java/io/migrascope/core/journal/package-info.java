/**
 * The append-only journal of every write Migrascope makes to a tracking table, with before- and
 * after-images of the rows, and undo from it.
 */
package io.migrascope.core.journal;
