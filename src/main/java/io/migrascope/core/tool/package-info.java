/**
 * The tools Migrascope speaks: one package per migration tool, each implementing
 * {@link io.migrascope.core.tool.MigrationTool}, plus what they share (folder scanning, checksums).
 */
package io.migrascope.core.tool;
