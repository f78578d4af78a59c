/**
 * The status bar: where the console is connected and as whom, which tool, whether writing is
 * possible, who holds the migration lock, and the work in flight with its Cancel button.
 */
package io.migrascope.ui.status;
