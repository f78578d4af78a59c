/**
 * The journal window: every write Migrascope made to the open database, newest first, with the
 * preview that ran and the before/after row images, and undo through the guarded action dialog.
 */
package io.migrascope.ui.journal;
