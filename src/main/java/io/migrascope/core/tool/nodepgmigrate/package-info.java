/**
 * node-pg-migrate's format: every file of the migrations folder is a migration named by its base
 * name, ordered by its numeric prefix, tracked in {@code pgmigrations} and guarded by its
 * position-by-position order check and its advisory lock. Migrascope reads and repairs the
 * tracking exactly; it runs only the {@code -- Up Migration} part of SQL files, never JavaScript.
 */
package io.migrascope.core.tool.nodepgmigrate;
