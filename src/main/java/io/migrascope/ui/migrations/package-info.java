/**
 * The migrations table in the centre of the main window: one row per migration with its state
 * badge, filterable by state and text, with the counts per state above it. The rows are built in
 * the background and set in one go, so 10,000 migrations do not stall the window.
 */
package io.migrascope.ui.migrations;
