/**
 * The SQL pane: a migration's SQL highlighted by the core's own PostgreSQL lexer, what a tool
 * actually runs of a file, what a tracking row stored, and for drift a side-by-side comparison of
 * the file with what was applied (stored by the tool, found in git, or the checksum-normalised text).
 */
package io.migrascope.ui.sql;
