/**
 * Knex's format: every file of the migrations directory with one of Knex's load extensions is a
 * migration keyed by its full file name, tracked in {@code knex_migrations} in batches and guarded
 * by the single row of {@code knex_migrations_lock}. Knex migrations are JavaScript or TypeScript:
 * Migrascope reads and repairs their tracking, and leaves running them to Knex.
 */
package io.migrascope.core.tool.knex;
